import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { NotesDocument } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';
import { registerNotesFocus } from './focusNotes';
import { isOnScreen, notesMountScheduler } from './mountScheduler';
import { notesSizeStyle } from './notesHeight';

// A meeting's thirty editors mount when near the screen or in idle time; until
// then each item shows its notes as plain text in the editor's frame.

type MountState = 'waiting' | 'mounted' | 'wanted';

/** Defers mounting until the placeholder is on or near the screen, or idle time comes (see mountScheduler). */
export function useMountWhenNear(deferred: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<MountState>(deferred ? 'waiting' : 'mounted');
  useLayoutEffect(() => {
    const element = ref.current;
    if (state !== 'waiting' || !element) return;
    // On screen: mount before the first paint, so the visible editors never flash as placeholders.
    if (isOnScreen(element)) {
      setState('mounted');
      return;
    }
    // Rendered at once, so the mount's cost falls in the idle period that was measured for it.
    return notesMountScheduler().add(element, () => flushSync(() => setState((s) => (s === 'waiting' ? 'mounted' : s))));
  }, [state]);
  const mountForUser = useCallback(() => setState('wanted'), []);
  return { ref, state, mountForUser };
}

/** An editor not yet mounted: its text, plain, in the editor's frame (a click mounts it with the caret in it). */
export function PendingNotes({
  placeholderRef,
  notes,
  meetingId,
  itemId,
  readOnly,
  onWanted,
}: {
  placeholderRef: RefObject<HTMLDivElement | null>;
  notes: NotesDocument | null;
  meetingId: number;
  itemId: number;
  readOnly: boolean;
  onWanted: () => void;
}) {
  const text = useMemo(() => notesToPlainText(notes), [notes]);
  // Asked for focus (Enter in the item's heading): mount now; the editor takes focus as it mounts.
  useLayoutEffect(() => {
    if (readOnly) return;
    return registerNotesFocus(meetingId, itemId, () => {
      flushSync(onWanted);
      return true;
    });
  }, [meetingId, itemId, readOnly, onWanted]);
  return (
    <div
      ref={placeholderRef}
      className={`notes-editor notes-pending${readOnly ? ' is-readonly' : ''}`}
      data-notes-pending={itemId}
      style={notesSizeStyle(notes, readOnly)}
      aria-busy="true"
      onMouseDown={readOnly ? undefined : onWanted}
    >
      <div className="notes-surface">
        <div className="notes-content notes-pending-text">{text}</div>
      </div>
    </div>
  );
}

