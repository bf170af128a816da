import type { NotesDocument } from '../../shared/notes/schema';
import type { NotesChoice } from '../../shared/notes/copies';
import type { IpcError } from '../../shared/ipc/result';
import { isNotesEmpty } from '../../shared/notes/text';
import { api } from '../api/client';
import {
  finalMessage,
  hasUnsavedText,
  isFinal,
  isStaleBase,
  isWaiting,
  keyOf,
  newEntry,
  statusOf,
  stopRetry,
  stopWaiting,
  toDocument,
  type Entry,
  type NotesConflict,
  type NotesSnapshot,
} from './autosaveEntry';
import { DEBOUNCE_MS, longestWait, retryDelay, whenIdle } from './saveTiming';
import { SAVED, sameStatus, type SaveStatus } from '../app/saveState';
import { SaveStatusBoard } from './saveStatus';

/**
 * Autosave of the notes editors. No save button: every change is saved after
 * a short pause, at most one request per item is in flight, the latest text
 * always wins, and a failed save is retried with backoff until it succeeds
 * while the text stays in the editor (and in memory here). Refusals that
 * trying again cannot help are not retried: 'frozen' (the minutes are
 * approved), 'validation', and 'conflict' (an empty document would replace
 * stored text); the text stays and the message is shown until the next change.
 *
 * Each save carries the stored revision its text started from. When another
 * window saved the item since, the host refuses with a conflict on
 * `baseRevision`: that item then sends nothing more, even as typing goes on,
 * until the secretary chooses her text or the saved one (`resolve`); the one
 * not chosen is kept as a copy by the host. If the page is closed first, her
 * text is set aside as such a copy.
 *
 * An empty document is sent with `replaceWithEmpty` only when the notes had
 * text in this editor session (loaded or typed) and the secretary emptied
 * them; an editor that failed to load can therefore never wipe stored notes.
 */

/** The stored notes of an item with their revision, as the meeting was read. */
export interface NotesSeed {
  notes: NotesDocument | null;
  revision: number;
}

class NotesAutosaver {
  private readonly entries = new Map<string, Entry>();
  private readonly board = new SaveStatusBoard();

  // --- editor side -------------------------------------------------------

  /**
   * What an editor opening on an item starts from: the newest text this
   * session has for it when that is unsaved or newer than the stored copy the
   * view read (live mode moving between items), else the stored copy.
   */
  seed(meetingId: number, itemId: number, stored: NotesSeed): NotesSeed {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    if (!entry || entry.latest === null || entry.base === null) return stored;
    if (hasUnsavedText(entry) || entry.base >= stored.revision) return { notes: toDocument(entry.latest), revision: entry.base };
    return stored;
  }

  /**
   * An editor opened on these notes: `hasText` is whether what it loaded has
   * text, `revision` the stored revision that text started from (see `seed`).
   */
  begin(meetingId: number, itemId: number, hasText: boolean, revision: number): void {
    const entry = this.entry(meetingId, itemId);
    // Each editor session starts from what it loaded (an earlier session's unsaved text included).
    entry.hadText = hasText;
    // A save answered between `seed` and now has moved the base on; never go back.
    entry.base = Math.max(entry.base ?? revision, revision);
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
    // In a conflict nothing is sent until the secretary chooses.
    if (entry.retry === null && !entry.dueWhenIdle && entry.conflict === null) {
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
    this.board.keystroke(now);
    this.update(entry, true);
  }

  /**
   * The editor now shows the stored text of `revision` (the saved text the
   * secretary took, or the newest text once another window let go of the
   * item): nothing to save, and the next save goes on from that revision.
   */
  loaded(meetingId: number, itemId: number, snapshot: NotesSnapshot, revision: number): void {
    const entry = this.entry(meetingId, itemId);
    stopWaiting(entry);
    stopRetry(entry);
    entry.latest = snapshot;
    entry.version += 1;
    entry.committed = entry.version;
    entry.pendingSince = null;
    entry.base = revision;
    entry.error = null;
    entry.errorFinal = false;
    entry.attempts = 0;
    entry.hadText = !isNotesEmpty(toDocument(snapshot));
    this.update(entry);
  }

  /** Nothing typed here waits to be saved or chosen: the editor may show newer stored text. */
  isClean(meetingId: number, itemId: number): boolean {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    return !entry || (!hasUnsavedText(entry) && entry.error === null);
  }

  /**
   * Ends a conflict: `mine` stores her text (the saved one is kept as a
   * copy), `saved` keeps the stored text (hers is kept as a copy). Answers
   * with what is stored then, which the editor shows for `saved`; null when
   * the choice could not be saved (the conflict stays, with the reason).
   */
  async resolve(meetingId: number, itemId: number, keep: NotesChoice): Promise<NotesSeed | null> {
    const entry = this.entries.get(keyOf(meetingId, itemId));
    if (!entry?.conflict || entry.conflict.resolving || entry.latest === null) return null;
    const version = entry.version;
    const { message } = entry.conflict;
    this.setConflict(entry, { message, resolving: true, failure: null });
    const result = await api['notes:resolve']({ meetingId, itemId, keep, notes: toDocument(entry.latest) });
    if (!result.ok) {
      this.setConflict(entry, { message, resolving: false, failure: result.error.message });
      return null;
    }
    const stored = result.value;
    entry.conflict = null;
    entry.error = null;
    entry.errorFinal = false;
    entry.base = stored.revision;
    switch (keep) {
      case 'mine':
        entry.committed = version;
        // Typed while the choice was on its way: saved on from the new revision.
        if (entry.version !== version) {
          this.send(entry);
          return stored;
        }
        break;
      case 'saved': {
        // Her text is a copy now; until the editor shows the saved text, this session holds it.
        const notes = stored.notes;
        this.loaded(meetingId, itemId, { toJSON: () => notes ?? { root: { type: 'root', children: [] } } }, stored.revision);
        return stored;
      }
      default: {
        const never: never = keep;
        return never;
      }
    }
    this.update(entry);
    return stored;
  }

  /** An item's open conflict, or null (the same object until it changes). */
  conflictOf(meetingId: number, itemId: number): NotesConflict | null {
    return this.entries.get(keyOf(meetingId, itemId))?.conflict ?? null;
  }

  /** Saves everything pending now (page hidden or closing, or leaving a meeting). */
  flush(meetingId?: number): void {
    for (const entry of this.entries.values()) {
      if (meetingId !== undefined && entry.meetingId !== meetingId) continue;
      stopWaiting(entry);
      stopRetry(entry);
      this.send(entry);
    }
  }

  /**
   * The page is closing with conflicts open: her text is kept as a copy
   * under the item (the stored text stays), so closing never drops it.
   */
  setAsideConflicts(): void {
    for (const entry of this.entries.values()) {
      if (entry.conflict === null || entry.conflict.resolving || entry.latest === null) continue;
      void api['notes:resolve']({ meetingId: entry.meetingId, itemId: entry.itemId, keep: 'saved', notes: toDocument(entry.latest) });
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
        unwatch();
        resolve();
      };
      const check = () => {
        if (!this.hasUnsaved(meetingId) || this.hasError(meetingId)) done();
      };
      const timer = setTimeout(done, timeoutMs);
      const unwatch = this.board.watch(check);
      check();
    });
  }

  /** Retries every failed save at once (e.g. when the network comes back). */
  retryNow(): void {
    for (const entry of this.entries.values()) {
      if (entry.retry !== null) {
        stopRetry(entry);
        this.send(entry);
      }
    }
  }

  // --- status side -------------------------------------------------------

  subscribe = this.board.subscribe;

  globalStatus = this.board.globalStatus;

  itemStatus(meetingId: number, itemId: number): SaveStatus {
    return this.entries.get(keyOf(meetingId, itemId))?.status ?? SAVED;
  }

  // --- internals ---------------------------------------------------------

  private entry(meetingId: number, itemId: number): Entry {
    const key = keyOf(meetingId, itemId);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = newEntry(meetingId, itemId);
      this.entries.set(key, entry);
    }
    return entry;
  }

  private hasUnsaved(meetingId: number): boolean {
    for (const e of this.entries.values()) {
      if (e.meetingId === meetingId && hasUnsavedText(e)) return true;
    }
    return false;
  }

  private hasError(meetingId: number): boolean {
    for (const e of this.entries.values()) {
      if (e.meetingId === meetingId && (e.error !== null || e.conflict !== null)) return true;
    }
    return false;
  }

  private send(entry: Entry): void {
    if (entry.inFlight || entry.conflict !== null || entry.latest === null || entry.version === entry.committed) {
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
      ...(entry.base !== null ? { baseRevision: entry.base } : {}),
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
        entry.base = result.value.revision;
        entry.attempts = 0;
        entry.error = null;
        entry.errorFinal = false;
        // Edits that arrived while saving: save the latest now unless a debounce will.
        if (entry.version !== entry.committed && !isWaiting(entry) && entry.retry === null) {
          this.send(entry);
          return;
        }
        this.update(entry);
      } else if (isStaleBase(result.error)) {
        stopWaiting(entry);
        stopRetry(entry);
        entry.error = null;
        entry.attempts = 0;
        this.setConflict(entry, { message: result.error.message, resolving: false, failure: null });
      } else if (isFinal(result.error)) {
        this.refuse(entry, result.error, version);
      } else {
        this.fail(entry, result.error.message);
      }
    });
  }

  private setConflict(entry: Entry, conflict: NotesConflict): void {
    entry.conflict = conflict;
    this.update(entry);
    // The conflict bar follows at once, not when typing pauses.
    this.board.tellNow();
  }

  /** A refusal that trying again cannot change: keep the text, show why, wait for the next change. */
  private refuse(entry: Entry, error: IpcError, version: number): void {
    entry.error = finalMessage(error);
    entry.errorFinal = true;
    entry.attempts = 0;
    stopRetry(entry);
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
    const delay = retryDelay(entry.attempts);
    entry.attempts += 1;
    stopWaiting(entry);
    stopRetry(entry);
    entry.retry = setTimeout(() => {
      entry.retry = null;
      this.send(entry);
    }, delay);
    this.update(entry);
  }

  private update(entry: Entry, fromKeystroke = false): void {
    const next = statusOf(entry);
    const changed = !sameStatus(next, entry.status);
    if (changed) entry.status = next;
    this.board.publish(changed, this.entries.values(), fromKeystroke);
  }
}

export const notesAutosaver = new NotesAutosaver();

