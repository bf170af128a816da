import { useSyncExternalStore } from 'react';
import type { NotesConflict } from './autosaveEntry';
import { notesAutosaver } from './autosaver';
import type { SaveStatus } from '../app/saveState';
import type { AgendaItem } from '../../shared/model/domain';
import type { NotesDocument } from '../../shared/notes/schema';

/**
 * The notes autosave as the rest of the app uses it: the saver (see
 * autosaver.ts), its status for React, and the page's lifecycle.
 */

export { notesAutosaver, type NotesSeed } from './autosaver';
export type { NotesConflict, NotesSnapshot } from './autosaveEntry';
export { DEBOUNCE_MS, LONG_NOTES_MAX_WAIT_MS, MAX_WAIT_MS, TYPING_PAUSE_MS, longestWait } from './saveTiming';

let lifecycleInstalled = false;

/** Saves pending notes when the window is hidden or closed, and retries when back online. */
export function installAutosaveLifecycle(): void {
  if (lifecycleInstalled) return;
  lifecycleInstalled = true;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') notesAutosaver.flush();
  });
  window.addEventListener('pagehide', () => {
    notesAutosaver.flush();
    notesAutosaver.setAsideConflicts();
  });
  window.addEventListener('online', () => notesAutosaver.retryNow());
}

/** The status shown in the header: saved only when every item's latest text is committed and no conflict is open. */
export function useGlobalSaveStatus(): SaveStatus {
  return useSyncExternalStore(notesAutosaver.subscribe, notesAutosaver.globalStatus);
}

/** One item's status (for the line under its editor). */
export function useItemSaveStatus(meetingId: number, itemId: number): SaveStatus {
  return useSyncExternalStore(notesAutosaver.subscribe, () => notesAutosaver.itemStatus(meetingId, itemId));
}

/** One item's open conflict, or null. */
export function useItemConflict(meetingId: number, itemId: number): NotesConflict | null {
  return useSyncExternalStore(notesAutosaver.subscribe, () => notesAutosaver.conflictOf(meetingId, itemId));
}

/**
 * The props an editor opening on an item starts from: the newest text this
 * session has for it, or the stored one, with its revision (see notesAutosaver.seed).
 */
export function editorSeed(
  meetingId: number,
  item: Pick<AgendaItem, 'id' | 'notes' | 'notesRevision'>,
): { initialNotes: NotesDocument | null; notesRevision: number } {
  const seed = notesAutosaver.seed(meetingId, item.id, { notes: item.notes, revision: item.notesRevision });
  return { initialNotes: seed.notes, notesRevision: seed.revision };
}
