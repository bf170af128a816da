import { useCallback, useSyncExternalStore } from 'react';
import { api } from '../api/client';

/**
 * One writer per item among the tabs of one browser: an editable notes
 * editor holds a Web Lock named by the database, the meeting and the item.
 * A second tab that opens the same item finds the lock taken, shows the
 * notes read-only, and queues for the lock; when the first tab lets go
 * (the editor closes, the tab is closed, the meeting is left) the second
 * gets it and becomes editable with the newest saved text.
 *
 * Editors of the same item within one tab (live mode moving on and back,
 * React mounting a component twice) share the tab's lock, and it is let go a
 * moment after its last editor closes, so a remount never sees its own tab
 * as "another window". Without Web Locks (an old browser, a page that is not
 * a secure context) every tab stays editable and the host's revision check
 * alone keeps either text from being overwritten.
 *
 * Requests are made when an editor opens, never per keystroke.
 */

export type ItemLockState =
  /** Asking (a few ms): the editor stays editable, so a key typed at once is not lost. */
  | 'asking'
  | 'held'
  /** Another tab writes to the item: read-only here. */
  | 'elsewhere'
  /** No Web Locks, or the editor is read-only anyway. */
  | 'none';

export interface ItemLockStatus {
  state: ItemLockState;
  /** Counts the times the lock came here after another tab held it: each time, the newest saved text is shown. */
  takenOver: number;
}

interface TabLock {
  status: ItemLockStatus;
  editors: number;
  listeners: Set<() => void>;
  letGo: (() => void) | null;
  stopQueueing: AbortController;
  dropTimer: ReturnType<typeof setTimeout> | null;
}

const NONE: ItemLockStatus = { state: 'none', takenOver: 0 };
/** How long the tab keeps an item's lock after its last editor closed, for a remount to take it over. */
const LET_GO_AFTER_MS = 50;

const tabLocks = new Map<string, TabLock>();
let databaseKey: Promise<string> | null = null;

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** The database this page writes to: two databases never share an item's lock, whatever their ids. */
function database(): Promise<string> {
  databaseKey ??= api['app:info']({}).then((result) => (result.ok ? result.value.databasePath : ''));
  return databaseKey;
}

function lockName(database: string, meetingId: number, itemId: number): string {
  return `anteckna:notes:${database}:${meetingId}:${itemId}`;
}

function set(lock: TabLock, status: ItemLockStatus): void {
  lock.status = status;
  for (const listener of lock.listeners) listener();
}

/** Holds the lock until the tab lets go of the item (at once if it already has). */
function hold(key: string, lock: TabLock, takenOver: boolean): Promise<void> | undefined {
  if (tabLocks.get(key) !== lock) return undefined;
  set(lock, { state: 'held', takenOver: lock.status.takenOver + (takenOver ? 1 : 0) });
  return new Promise((resolve) => {
    lock.letGo = resolve;
  });
}

function request(locks: LockManager, key: string, meetingId: number, itemId: number, lock: TabLock): void {
  void database().then((db) => {
    if (tabLocks.get(key) !== lock) return;
    const name = lockName(db, meetingId, itemId);
    void locks.request(name, { ifAvailable: true }, (granted) => {
      if (granted) return hold(key, lock, false);
      if (tabLocks.get(key) !== lock) return undefined;
      set(lock, { state: 'elsewhere', takenOver: lock.status.takenOver });
      locks
        .request(name, { signal: lock.stopQueueing.signal }, () => hold(key, lock, true))
        // Aborted: the tab let go of the item before its turn came.
        .catch(() => undefined);
      return undefined;
    });
  });
}

function take(meetingId: number, itemId: number): TabLock | null {
  const locks = lockManager();
  if (!locks) return null;
  const key = `${meetingId}:${itemId}`;
  let lock = tabLocks.get(key);
  if (lock) {
    if (lock.dropTimer !== null) clearTimeout(lock.dropTimer);
    lock.dropTimer = null;
  } else {
    lock = {
      status: { state: 'asking', takenOver: 0 },
      editors: 0,
      listeners: new Set(),
      letGo: null,
      stopQueueing: new AbortController(),
      dropTimer: null,
    };
    tabLocks.set(key, lock);
    request(locks, key, meetingId, itemId, lock);
  }
  lock.editors += 1;
  return lock;
}

function release(meetingId: number, itemId: number, lock: TabLock): void {
  lock.editors -= 1;
  if (lock.editors > 0) return;
  lock.dropTimer = setTimeout(() => {
    const key = `${meetingId}:${itemId}`;
    if (lock.editors > 0 || tabLocks.get(key) !== lock) return;
    tabLocks.delete(key);
    lock.stopQueueing.abort();
    lock.letGo?.();
  }, LET_GO_AFTER_MS);
}

/**
 * The lock of one item for an editor that wants to write (`wanted`); the
 * status changes only when the lock does. `none` when not wanted or without
 * Web Locks.
 */
export function useItemLock(meetingId: number, itemId: number, wanted: boolean): ItemLockStatus {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!wanted) return () => undefined;
      const lock = take(meetingId, itemId);
      if (!lock) return () => undefined;
      lock.listeners.add(listener);
      return () => {
        lock.listeners.delete(listener);
        release(meetingId, itemId, lock);
      };
    },
    [meetingId, itemId, wanted],
  );
  return useSyncExternalStore(subscribe, () => (wanted ? (tabLocks.get(`${meetingId}:${itemId}`)?.status ?? NONE) : NONE));
}
