import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { api } from '../api/client';
import { notesAutosaver } from './autosave';
import { notesCopies } from './notesCopies';
import { showStoredNotes } from './storedNotes';

/** Above notes that another tab or window is writing to (see itemLock.ts): why they cannot be written here. */
export function ItemLockNote({ id }: { id: string }) {
  return (
    <p id={id} className="notes-lock-note" data-notes-locked="">
      <LockIcon />
      <span>
        Punkten är öppen för skrivning i ett annat fönster eller en annan flik. Här kan du läsa texten; den går att
        skriva i när det andra fönstret har stängt punkten.
      </span>
    </p>
  );
}

/**
 * The lock came here after another tab held it: shows the newest saved text
 * (the other tab wrote meanwhile), then lets the editor be written to. Text
 * typed here before (the lock was still being asked for) is never replaced:
 * it stays, and the host's revision check makes its save a conflict to settle.
 */
export function TakeOverPlugin({
  meetingId,
  itemId,
  takenOver,
  onShown,
}: {
  meetingId: number;
  itemId: number;
  takenOver: number;
  onShown: (takenOver: number) => void;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let current = true;
    void api['notes:get']({ meetingId, itemId }).then((result) => {
      if (!current) return;
      if (result.ok && notesAutosaver.isClean(meetingId, itemId)) showStoredNotes(editor, meetingId, itemId, result.value);
      // Unreadable now: the text shown stays, and a save over newer text is refused as a conflict.
      onShown(takenOver);
    });
    notesCopies.refresh(meetingId);
    return () => {
      current = false;
    };
  }, [editor, meetingId, itemId, takenOver, onShown]);
  return null;
}

function LockIcon() {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false" className="inline-icon">
      <rect x="4" y="9" width="12" height="8.5" rx="1.6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
