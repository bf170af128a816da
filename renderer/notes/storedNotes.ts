import { $createParagraphNode, $getRoot, CLEAR_HISTORY_COMMAND, type LexicalEditor } from 'lexical';
import { notesAutosaver, type NotesSeed } from './autosave';

/** Tags the update that puts stored text in the editor: not a change of hers, so not saved again. */
export const STORED_NOTES_TAG = 'anteckna-stored-notes';

/**
 * Shows stored notes in an open editor (the saved text she took in a
 * conflict, or the newest text once another window let go of the item) and
 * tells the autosave that this is the stored revision. Undo history is
 * cleared: an undo back to the text she set aside would save it over the
 * stored one, which is what "keep mine" is for.
 */
export function showStoredNotes(editor: LexicalEditor, meetingId: number, itemId: number, stored: NotesSeed): void {
  const notes = stored.notes;
  if (notes && notes.root.children.length > 0) {
    editor.setEditorState(editor.parseEditorState(JSON.stringify(notes)), { tag: STORED_NOTES_TAG });
  } else {
    // Lexical refuses a root without children: an empty paragraph is what an empty editor holds.
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode());
      },
      { tag: STORED_NOTES_TAG, discrete: true },
    );
  }
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
  notesAutosaver.loaded(meetingId, itemId, editor.getEditorState(), stored.revision);
}
