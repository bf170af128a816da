import type { NotesDocument } from '../../shared/notes/schema';
import type { IpcError } from '../../shared/ipc/result';
import { SAVED, SAVING, type SaveStatus } from '../app/saveState';

/**
 * What the autosave knows of one item's notes: the newest text, what of it
 * is committed, the stored revision that text started from, and why the
 * last save failed or was refused.
 */

/** Anything that turns into the stored notes JSON (a Lexical EditorState does). */
export interface NotesSnapshot {
  toJSON(): unknown;
}

/**
 * Another window saved the item after this editor's text started: the text
 * stays here, unsent, until the secretary chooses which text is kept.
 */
export interface NotesConflict {
  /** The host's Swedish explanation. */
  message: string;
  /** Her choice is on its way. */
  resolving: boolean;
  /** Why the last choice could not be saved (it can be tried again). */
  failure: string | null;
}

export interface Entry {
  meetingId: number;
  itemId: number;
  /** The newest content the editor has produced. */
  latest: NotesSnapshot | null;
  /** Bumped on every change; compared with `committed` to know what is unsaved. */
  version: number;
  committed: number;
  /** The stored revision the text started from, sent with each save; each save's answer is the next. */
  base: number | null;
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
  /** The error is final for this text (frozen, empty over text, validation): no retry timer. */
  errorFinal: boolean;
  /** Unresolved: nothing is sent until the secretary chooses. A new object on every change. */
  conflict: NotesConflict | null;
  /** The notes had text at some point in this editor session. */
  hadText: boolean;
  status: SaveStatus;
}

export function newEntry(meetingId: number, itemId: number): Entry {
  return {
    meetingId,
    itemId,
    latest: null,
    version: 0,
    committed: 0,
    base: null,
    debounce: null,
    dueWhenIdle: false,
    pendingSince: null,
    saveCostMs: 0,
    retry: null,
    inFlight: false,
    attempts: 0,
    error: null,
    errorFinal: false,
    conflict: null,
    hadText: false,
    status: SAVED,
  };
}

export function keyOf(meetingId: number, itemId: number): string {
  return `${meetingId}:${itemId}`;
}

export function toDocument(snapshot: NotesSnapshot): NotesDocument {
  // A Lexical EditorState's full (non-compact) JSON, which is the stored form.
  return snapshot.toJSON() as NotesDocument;
}

/** A save is scheduled: the debounce runs, or the save waits for an idle moment. */
export function isWaiting(entry: Entry): boolean {
  return entry.debounce !== null || entry.dueWhenIdle;
}

export function stopWaiting(entry: Entry): void {
  if (entry.debounce !== null) clearTimeout(entry.debounce);
  entry.debounce = null;
  entry.dueWhenIdle = false;
}

export function stopRetry(entry: Entry): void {
  if (entry.retry !== null) clearTimeout(entry.retry);
  entry.retry = null;
}

export function hasUnsavedText(entry: Entry): boolean {
  return entry.version !== entry.committed || entry.inFlight || entry.conflict !== null;
}

/** What the header shows while a conflict is open: never "Sparat". */
export const CONFLICT_STATUS = 'Inte sparat: en punkt har ändrats i ett annat fönster. Välj vilken text som ska gälla vid punkten.';

export function statusOf(entry: Entry): SaveStatus {
  if (entry.conflict !== null) return { state: 'error', message: CONFLICT_STATUS };
  if (entry.error !== null) {
    if (entry.errorFinal) return { state: 'error', message: entry.error };
    return { state: 'error', message: `Kunde inte spara – försöker igen … ${entry.error}` };
  }
  if (entry.inFlight || isWaiting(entry) || entry.version !== entry.committed) return SAVING;
  return SAVED;
}

/** Another window saved the item after this text started: a conflict she must settle, not a refusal of her text. */
export function isStaleBase(error: IpcError): boolean {
  return error.code === 'conflict' && error.field === 'baseRevision';
}

export function isFinal(error: IpcError): boolean {
  return error.code === 'frozen' || error.code === 'conflict' || error.code === 'validation';
}

export function finalMessage(error: IpcError): string {
  switch (error.code) {
    case 'frozen':
      return 'Sparades inte: mötesanteckningen är justerad och kan inte ändras. Lås upp den för att ändra.';
    default:
      return `Sparades inte: ${error.message}`;
  }
}
