import { useSyncExternalStore } from 'react';
import type { NotesDocument } from '../../shared/notes/schema';
import type { IpcError } from '../../shared/ipc/result';
import { isNotesEmpty } from '../../shared/notes/text';
import { api } from '../api/client';

/**
 * Autosave of the notes editors. No save button: every change is saved after
 * a short pause, at most one request per item is in flight, the latest text
 * always wins, and a failed save is retried with backoff until it succeeds
 * while the text stays in the editor (and in memory here). Two refusals are
 * not retried, since trying again cannot help: 'frozen' (the minutes are
 * approved) and 'conflict' (an empty document would replace stored text);
 * the text stays and the message is shown until the next change.
 *
 * An empty document is sent with `replaceWithEmpty` only when the notes had
 * text in this editor session (loaded or typed) and the secretary emptied
 * them; an editor that failed to load can therefore never wipe stored notes.
 *
 * The store lives outside React so typing never re-renders the meeting view;
 * only the small status components subscribe to it.
 */

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveStatus {
  state: SaveState;
  /** Swedish text for the secretary; for `error` it includes the cause. */
  message: string;
}

/** Anything that turns into the stored notes JSON (a Lexical EditorState does). */
export interface NotesSnapshot {
  toJSON(): unknown;
}

export const DEBOUNCE_MS = 300;
/**
 * Longest a change waits while the secretary keeps typing: the debounce is
 * not pushed past this, so text is durable within a second even mid-sentence.
 */
export const MAX_WAIT_MS = 400;
/**
 * In very long notes one save holds the page up long enough to delay a
 * keystroke: reading the notes out of the editor, serialising them and handing
 * them over took 35 ms for 9,000 pasted paragraphs in the browser host here,
 * and more notes, a slower computer or another way to the host cost more.
 * There the longest wait grows with what the item's last save cost, so saving
 * takes at most a tenth of the page's time, up to LONG_NOTES_MAX_WAIT_MS: with
 * the idle wait and the save itself, still on disk within a second.
 */
const SAVE_TIME_SHARE = 0.1;
export const LONG_NOTES_MAX_WAIT_MS = 700;

/** The longest a change waits while typing goes on, given what the item's last save cost the page. */
export function longestWait(lastSaveCostMs: number): number {
  return Math.min(LONG_NOTES_MAX_WAIT_MS, Math.max(MAX_WAIT_MS, lastSaveCostMs / SAVE_TIME_SHARE));
}
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 15_000];
/**
 * Longest a due save waits for a moment between two frames. Serialising the
 * notes and sending them takes a few ms; done between a keystroke and its
 * frame it delayed the letter on screen (the slowest keystrokes in the
 * benchmark were those that met a save).
 */
const IDLE_WAIT_MS = 100;

/** A save is scheduled: the debounce runs, or the save waits for an idle moment. */
function isWaiting(entry: Entry): boolean {
  return entry.debounce !== null || entry.dueWhenIdle;
}

function stopWaiting(entry: Entry): void {
  if (entry.debounce !== null) clearTimeout(entry.debounce);
  entry.debounce = null;
  entry.dueWhenIdle = false;
}

/**
 * A status change that does not come from a keystroke (a save committed, a
 * retry timer) is shown once typing has paused this long; while typing goes
 * on, the next keystroke carries it to the screen in its own frame. Drawn at
 * once it makes a frame of its own, and a keystroke right after such a frame
 * waits for the next frame interval (an A/B run that drew every status change
 * in a frame of its own doubled the typing p95). The indicator also stays on
 * "Sparar…" while the secretary types instead of flickering.
 */
export const TYPING_PAUSE_MS = 500;

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 0);
}

interface Entry {
  meetingId: number;
  itemId: number;
  /** The newest content the editor has produced. */
  latest: NotesSnapshot | null;
  /** Bumped on every change; compared with `committed` to know what is unsaved. */
  version: number;
  committed: number;
  debounce: ReturnType<typeof setTimeout> | null;
  /** The debounce has run out and the save waits for an idle moment; changes meanwhile go with it. */
  dueWhenIdle: boolean;
  /** When the oldest change not yet sent was made (ms), or null. */
  pendingSince: number | null;
  /** How long the last save held the page (ms): reading the notes out and handing them over. */
  saveCostMs: number;
  retry: ReturnType<typeof setTimeout> | null;
  inFlight: boolean;
  attempts: number;
  error: string | null;
  /** The error is final for this text (frozen, conflict, validation): no retry timer. */
  errorFinal: boolean;
  /** The notes had text at some point in this editor session. */
  hadText: boolean;
  status: SaveStatus;
}

const SAVED: SaveStatus = { state: 'saved', message: 'Sparat' };
const SAVING: SaveStatus = { state: 'saving', message: 'Sparar…' };

function keyOf(meetingId: number, itemId: number): string {
  return `${meetingId}:${itemId}`;
}

function toDocument(snapshot: NotesSnapshot): NotesDocument {
  // A Lexical EditorState's full (non-compact) JSON, which is the stored form.
  return snapshot.toJSON() as NotesDocument;
}

class NotesAutosaver {
  private readonly entries = new Map<string, Entry>();
  /** The status components (see TYPING_PAUSE_MS for when they are told). */
  private readonly listeners = new Set<() => void>();
  /** Told of every change at once (settle waits on them). */
  private readonly watchers = new Set<() => void>();
  /** A status change the status components have not been told of yet. */
  private statusUntold = false;
  private statusTimer: ReturnType<typeof setTimeout> | null = null;
  private lastKeystrokeAt = -Infinity;
  private global: SaveStatus = SAVED;

  // --- editor side -------------------------------------------------------

  /** An editor opened on these notes; `hasText` is whether what it loaded has text. */
  begin(meetingId: number, itemId: number, hasText: boolean): void {
    // Each editor session starts from what it loaded (an earlier session's unsaved text included).
    this.entry(meetingId, itemId).hadText = hasText;
  }

  /** Saves one item now (its editor lost focus). */
  flushItem(meetingId: number, itemId: number): void {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    if (!entry || !isWaiting(entry)) return;
    stopWaiting(entry);
    this.send(entry);
  }

  /** Records a change and saves it after the debounce. */
  change(meetingId: number, itemId: number, snapshot: NotesSnapshot): void {
    const entry = this.entry(meetingId, itemId);
    entry.latest = snapshot;
    entry.version += 1;
    const now = Date.now();
    entry.pendingSince ??= now;
    // While a retry is waiting, it will save the latest text; don't hammer a failing host.
    // Once a save is due it is not put off again: it takes this change along.
    if (entry.retry === null && !entry.dueWhenIdle) {
      if (entry.debounce !== null) clearTimeout(entry.debounce);
      const delay = Math.max(0, Math.min(DEBOUNCE_MS, longestWait(entry.saveCostMs) - (now - entry.pendingSince)));
      entry.debounce = setTimeout(() => {
        entry.debounce = null;
        entry.dueWhenIdle = true;
        whenIdle(() => {
          // Flushed meanwhile (focus left the editor, the page was hidden).
          if (!entry.dueWhenIdle) return;
          entry.dueWhenIdle = false;
          this.send(entry);
        });
      }, delay);
    }
    this.lastKeystrokeAt = now;
    this.update(entry, true);
  }

  /** Saves everything pending now (page hidden or closing, or leaving a meeting). */
  flush(meetingId?: number): void {
    for (const entry of this.entries.values()) {
      if (meetingId !== undefined && entry.meetingId !== meetingId) continue;
      stopWaiting(entry);
      if (entry.retry !== null) {
        clearTimeout(entry.retry);
        entry.retry = null;
      }
      this.send(entry);
    }
  }

  /**
   * Flushes a meeting's pending saves and waits until they are committed (or
   * the timeout passes), so reopening a meeting never shows older text than
   * the secretary typed.
   */
  settle(meetingId: number, timeoutMs = 4_000): Promise<void> {
    this.flush(meetingId);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      };
      const check = () => {
        if (!this.hasUnsaved(meetingId) || this.hasError(meetingId)) done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.watchers.add(check);
      const unsubscribe = () => this.watchers.delete(check);
      check();
    });
  }

  /**
   * The newest notes this session has for an item, saved or not, to seed an
   * editor that is mounted again (live mode moving between items) instead of
   * the copy fetched when the view opened.
   */
  current(meetingId: number, itemId: number): NotesDocument | null {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    if (!entry || entry.latest === null) return null;
    return toDocument(entry.latest);
  }

  /** Text typed but not yet committed (after a failed save), to seed a re-opened editor. */
  unsaved(meetingId: number, itemId: number): NotesDocument | null {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    if (!entry || entry.latest === null || entry.version === entry.committed) return null;
    return toDocument(entry.latest);
  }

  /** Retries every failed save at once (e.g. when the network comes back). */
  retryNow(): void {
    for (const entry of this.entries.values()) {
      if (entry.retry !== null) {
        clearTimeout(entry.retry);
        entry.retry = null;
        this.send(entry);
      }
    }
  }

  // --- status side -------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  globalStatus = (): SaveStatus => this.global;

  itemStatus(meetingId: number, itemId: number): SaveStatus {
    return this.entries.get(keyOf(meetingId, itemId))?.status ?? SAVED;
  }

  // --- internals ---------------------------------------------------------

  private entry(meetingId: number, itemId: number): Entry {
    const key = keyOf(meetingId, itemId);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        meetingId,
        itemId,
        latest: null,
        version: 0,
        committed: 0,
        debounce: null,
        dueWhenIdle: false,
        pendingSince: null,
        saveCostMs: 0,
        retry: null,
        inFlight: false,
        attempts: 0,
        error: null,
        errorFinal: false,
        hadText: false,
        status: SAVED,
      };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private hasUnsaved(meetingId: number): boolean {
    for (const e of this.entries.values()) {
      if (e.meetingId === meetingId && (e.version !== e.committed || e.inFlight)) return true;
    }
    return false;
  }

  private hasError(meetingId: number): boolean {
    for (const e of this.entries.values()) {
      if (e.meetingId === meetingId && e.error !== null) return true;
    }
    return false;
  }

  private send(entry: Entry): void {
    if (entry.inFlight || entry.latest === null || entry.version === entry.committed) {
      this.update(entry);
      return;
    }
    const version = entry.version;
    const started = performance.now();
    let notes: NotesDocument;
    try {
      notes = toDocument(entry.latest);
    } catch {
      this.fail(entry, 'Anteckningarna kunde inte läsas ut ur redigeraren.');
      return;
    }
    const empty = isNotesEmpty(notes);
    if (!empty) entry.hadText = true;
    const request = {
      meetingId: entry.meetingId,
      itemId: entry.itemId,
      notes,
      ...(empty && entry.hadText ? { replaceWithEmpty: true } : {}),
    };
    entry.inFlight = true;
    entry.pendingSince = null;
    const saved = api['notes:save'](request);
    entry.saveCostMs = performance.now() - started;
    this.update(entry);
    void saved.then((result) => {
      entry.inFlight = false;
      if (result.ok) {
        entry.committed = Math.max(entry.committed, version);
        entry.attempts = 0;
        entry.error = null;
        entry.errorFinal = false;
        // Edits that arrived while saving: save the latest now unless a debounce will.
        if (entry.version !== entry.committed && !isWaiting(entry) && entry.retry === null) {
          this.send(entry);
          return;
        }
        this.update(entry);
      } else if (isFinal(result.error)) {
        this.refuse(entry, result.error, version);
      } else {
        this.fail(entry, result.error.message);
      }
    });
  }

  /** A refusal that trying again cannot change: keep the text, show why, wait for the next change. */
  private refuse(entry: Entry, error: IpcError, version: number): void {
    entry.error = finalMessage(error);
    entry.errorFinal = true;
    entry.attempts = 0;
    if (entry.retry !== null) {
      clearTimeout(entry.retry);
      entry.retry = null;
    }
    // Newer text typed while this was in flight gets its own try (it may differ, e.g. no longer empty).
    if (entry.version !== version && !isWaiting(entry)) {
      this.send(entry);
      return;
    }
    this.update(entry);
  }

  private fail(entry: Entry, message: string): void {
    entry.error = message;
    entry.errorFinal = false;
    const delay = RETRY_DELAYS_MS[Math.min(entry.attempts, RETRY_DELAYS_MS.length - 1)] ?? 15_000;
    entry.attempts += 1;
    stopWaiting(entry);
    if (entry.retry !== null) clearTimeout(entry.retry);
    entry.retry = setTimeout(() => {
      entry.retry = null;
      this.send(entry);
    }, delay);
    this.update(entry);
  }

  private statusOf(entry: Entry): SaveStatus {
    if (entry.error !== null) {
      if (entry.errorFinal) return { state: 'error', message: entry.error };
      return { state: 'error', message: `Kunde inte spara – försöker igen … ${entry.error}` };
    }
    if (entry.inFlight || isWaiting(entry) || entry.version !== entry.committed) return SAVING;
    return SAVED;
  }

  private update(entry: Entry, fromKeystroke = false): void {
    let changed = false;
    const next = this.statusOf(entry);
    if (next.state !== entry.status.state || next.message !== entry.status.message) {
      entry.status = next;
      changed = true;
    }

    let global: SaveStatus = SAVED;
    for (const e of this.entries.values()) {
      if (e.status.state === 'error') {
        global = e.status;
        break;
      }
      if (e.status.state === 'saving') global = SAVING;
    }
    if (global.state !== this.global.state || global.message !== this.global.message) {
      this.global = global;
      changed = true;
    }
    for (const watcher of this.watchers) watcher();
    if (changed) this.statusUntold = true;
    if (fromKeystroke || global.state === 'error') this.tellStatus();
    else this.tellStatusWhenTypingPauses();
  }

  private tellStatusWhenTypingPauses(): void {
    if (this.statusTimer !== null) clearTimeout(this.statusTimer);
    this.statusTimer = null;
    if (!this.statusUntold) return;
    const wait = TYPING_PAUSE_MS - (Date.now() - this.lastKeystrokeAt);
    if (wait <= 0) {
      this.tellStatus();
      return;
    }
    this.statusTimer = setTimeout(() => {
      this.statusTimer = null;
      this.tellStatusWhenTypingPauses();
    }, wait);
  }

  private tellStatus(): void {
    if (!this.statusUntold) return;
    this.statusUntold = false;
    for (const listener of this.listeners) listener();
  }
}

function isFinal(error: IpcError): boolean {
  return error.code === 'frozen' || error.code === 'conflict' || error.code === 'validation';
}

function finalMessage(error: IpcError): string {
  switch (error.code) {
    case 'frozen':
      return 'Sparades inte: mötesanteckningen är justerad och kan inte ändras. Lås upp den för att ändra.';
    case 'conflict':
      return `Sparades inte: ${error.message}`;
    default:
      return `Sparades inte: ${error.message}`;
  }
}

export const notesAutosaver = new NotesAutosaver();

let lifecycleInstalled = false;

/** Saves pending notes when the window is hidden or closed, and retries when back online. */
export function installAutosaveLifecycle(): void {
  if (lifecycleInstalled) return;
  lifecycleInstalled = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') notesAutosaver.flush();
  });
  window.addEventListener('pagehide', () => notesAutosaver.flush());
  window.addEventListener('online', () => notesAutosaver.retryNow());
}

/** The status shown in the header: saved only when every item's latest text is committed. */
export function useGlobalSaveStatus(): SaveStatus {
  return useSyncExternalStore(notesAutosaver.subscribe, notesAutosaver.globalStatus);
}

/** One item's status (for the line under its editor). */
export function useItemSaveStatus(meetingId: number, itemId: number): SaveStatus {
  return useSyncExternalStore(notesAutosaver.subscribe, () => notesAutosaver.itemStatus(meetingId, itemId));
}
