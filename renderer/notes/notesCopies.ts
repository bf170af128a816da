import { useCallback, useSyncExternalStore } from 'react';
import type { NotesCopy } from '../../shared/notes/copies';
import { api } from '../api/client';
import { whenIdle } from './saveTiming';

/**
 * The copies kept when conflicts were settled ("Tidigare text" under an
 * item), read once per meeting in an idle moment after its first editor
 * opens (a meeting has none unless two windows wrote to it), and again after
 * a conflict is settled or another window let go of an item.
 */

const NO_COPIES: readonly NotesCopy[] = [];

interface MeetingCopies {
  /** Per item, the same array until the copies change (what React compares). */
  byItem: Map<number, readonly NotesCopy[]>;
  loading: boolean;
  /** Asked again while loading: read once more when the answer comes. */
  stale: boolean;
}

class NotesCopiesStore {
  private readonly meetings = new Map<number, MeetingCopies>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  ofItem(meetingId: number, itemId: number): readonly NotesCopy[] {
    return this.meetings.get(meetingId)?.byItem.get(itemId) ?? NO_COPIES;
  }

  /** Reads the meeting's copies unless they have been read already. */
  want(meetingId: number): void {
    if (this.meetings.has(meetingId)) return;
    this.meetings.set(meetingId, { byItem: new Map(), loading: false, stale: false });
    whenIdle(() => this.load(meetingId));
  }

  /** Reads the meeting's copies again (a conflict was settled here or in another window). */
  refresh(meetingId: number): void {
    const copies = this.meetings.get(meetingId);
    if (!copies) return this.want(meetingId);
    if (copies.loading) copies.stale = true;
    else this.load(meetingId);
  }

  private load(meetingId: number): void {
    const copies = this.meetings.get(meetingId);
    if (!copies) return;
    copies.loading = true;
    void api['notes:copies']({ meetingId }).then((result) => {
      copies.loading = false;
      // Not shown when they cannot be read: the notes themselves are unaffected, and the next refresh tries again.
      if (result.ok) {
        const byItem = new Map<number, NotesCopy[]>();
        for (const copy of result.value) byItem.set(copy.itemId, [...(byItem.get(copy.itemId) ?? []), copy]);
        copies.byItem = byItem;
        for (const listener of this.listeners) listener();
      }
      if (copies.stale) {
        copies.stale = false;
        this.load(meetingId);
      }
    });
  }
}

export const notesCopies = new NotesCopiesStore();

/** An item's kept copies, oldest first; read when the first editor of the meeting asks. */
export function useItemCopies(meetingId: number, itemId: number, wanted: boolean): readonly NotesCopy[] {
  const subscribe = useCallback(
    (listener: () => void) => {
      if (wanted) notesCopies.want(meetingId);
      return notesCopies.subscribe(listener);
    },
    [meetingId, wanted],
  );
  return useSyncExternalStore(subscribe, () => (wanted ? notesCopies.ofItem(meetingId, itemId) : NO_COPIES));
}
