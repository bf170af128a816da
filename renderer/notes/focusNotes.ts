import { $getRoot, $getSelection, $setSelection, type LexicalEditor } from 'lexical';

/**
 * Putting the caret in an item's notes *now*, before the handler that asked
 * returns: the secretary types the moment she has clicked "Starta mötet" or
 * pressed Enter in a heading, and a key that arrives before the caret does is
 * lost. Lexical's own `editor.focus()` places its selection in a later update,
 * so here the DOM element is focused and the selection committed at once.
 */

type Focuser = () => boolean;

const focusers = new Map<string, Focuser>();
const key = (meetingId: number, itemId: number) => `${meetingId}:${itemId}`;

/** An item's notes say how to focus them (the editor, or its not yet mounted stand-in); returns the unregistration. */
export function registerNotesFocus(meetingId: number, itemId: number, focus: Focuser): () => void {
  const k = key(meetingId, itemId);
  focusers.set(k, focus);
  return () => {
    if (focusers.get(k) === focus) focusers.delete(k);
  };
}

/** Focuses an item's notes synchronously, caret where it was or else at the end; false if they are not on the page. */
export function focusItemNotes(meetingId: number, itemId: number): boolean {
  return focusers.get(key(meetingId, itemId))?.() ?? false;
}

/** Focuses a mounted editor synchronously: the element first, then a committed selection. */
export function focusEditorNow(editor: LexicalEditor): boolean {
  const root = editor.getRootElement();
  if (!root || !editor.isEditable()) return false;
  root.focus({ preventScroll: true });
  // discrete: committed (and the DOM selection set) before update() returns.
  editor.update(
    () => {
      const selection = $getSelection();
      if (selection !== null) $setSelection(selection.clone());
      else $getRoot().selectEnd();
    },
    { discrete: true },
  );
  return true;
}
