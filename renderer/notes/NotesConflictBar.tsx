import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NotesChoice } from '../../shared/notes/copies';
import { notesToPlainText } from '../../shared/notes/text';
import { api } from '../api/client';
import { notesAutosaver, type NotesConflict } from './autosave';
import { focusEditorNow } from './focusNotes';
import { notesCopies } from './notesCopies';
import { showStoredNotes } from './storedNotes';
import { WarningIcon } from './WarningIcon';

type SavedPreview = { kind: 'loading' } | { kind: 'shown'; text: string } | { kind: 'failed'; message: string };

/**
 * At an item whose save was refused because another window saved it since:
 * her text stays in the editor, and she chooses which text is kept. The
 * other is kept as a copy under the item ("Tidigare text"). The editor keeps
 * the focus while she types (the header's save status tells of the
 * conflict); the choices follow the toolbar in tab order, and after a
 * choice the caret is back in the notes.
 */
export function NotesConflictBar({
  meetingId,
  itemId,
  conflict,
  messageId,
}: {
  meetingId: number;
  itemId: number;
  conflict: NotesConflict;
  /** The id of the explanation, which the editor is described by. */
  messageId: string;
}) {
  const [editor] = useLexicalComposerContext();
  const [saved, setSaved] = useState<SavedPreview | null>(null);
  const busy = conflict.resolving;

  const choose = async (keep: NotesChoice) => {
    if (busy) return;
    const stored = await notesAutosaver.resolve(meetingId, itemId, keep);
    if (!stored) return;
    if (keep === 'saved') showStoredNotes(editor, meetingId, itemId, stored);
    notesCopies.refresh(meetingId);
    focusEditorNow(editor);
  };

  const toggleSaved = () => {
    if (saved !== null) {
      setSaved(null);
      return;
    }
    setSaved({ kind: 'loading' });
    void api['notes:get']({ meetingId, itemId }).then((result) => {
      setSaved((current) => {
        if (current === null) return null;
        return result.ok
          ? { kind: 'shown', text: notesToPlainText(result.value.notes).trim() }
          : { kind: 'failed', message: result.error.message };
      });
    });
  };

  const previewId = `notes-saved-${meetingId}-${itemId}`;
  return (
    <div className="notes-conflict" role="group" aria-labelledby={messageId} data-notes-conflict={busy ? 'resolving' : 'open'}>
      <p id={messageId} className="notes-conflict-message">
        <WarningIcon />
        <span>
          {conflict.message} Den text du inte väljer sparas som tidigare text under punkten.
        </span>
      </p>
      <div className="notes-conflict-actions">
        <button
          type="button"
          className="button button-primary button-small"
          aria-disabled={busy || undefined}
          onClick={() => void choose('mine')}
        >
          Behåll min text
        </button>
        <button
          type="button"
          className="button button-small"
          aria-disabled={busy || undefined}
          onClick={() => void choose('saved')}
        >
          Använd den sparade texten
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={saved !== null}
          aria-controls={previewId}
          onClick={toggleSaved}
        >
          {saved === null ? 'Visa den sparade texten' : 'Dölj den sparade texten'}
        </button>
        {busy && <span className="notes-conflict-busy">Sparar valet …</span>}
      </div>
      {conflict.failure !== null && (
        <p className="notes-conflict-failure" role="alert">
          Valet kunde inte sparas: {conflict.failure} Båda texterna finns kvar; försök igen.
        </p>
      )}
      <div id={previewId} hidden={saved === null}>
        {saved !== null && (
          <figure className="notes-copy">
            <figcaption className="notes-copy-meta">Den sparade texten (från det andra fönstret)</figcaption>
            <div className="notes-copy-text">
              {saved.kind === 'loading'
                ? 'Hämtar …'
                : saved.kind === 'failed'
                  ? `Kunde inte hämtas: ${saved.message}`
                  : saved.text || '(Inga anteckningar)'}
            </div>
          </figure>
        )}
      </div>
    </div>
  );
}
