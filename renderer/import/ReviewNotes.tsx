import type { ImportLine, ReviewNote } from '../../shared/import/reading';
import { lineKindId } from './ReviewLineRow';
import { shortText } from './review-model';

/** "Att titta på": what the reading guessed or could not place, each linked to its line. */
export function ReviewNotes({ notes, lines }: { notes: readonly ReviewNote[]; lines: readonly ImportLine[] }) {
  if (notes.length === 0) return <p className="muted">Inget särskilt att titta på.</p>;
  return (
    <ul className="import-notes">
      {notes.map((note, i) => (
        <li key={i}>
          {note.line === null ? (
            note.message
          ) : (
            <button type="button" className="import-note-link" onClick={() => goToLine(note.line ?? 0)}>
              Rad {note.line + 1}
              {lines[note.line] ? ` (${shortText(lines[note.line]?.text ?? '', 40)})` : ''}: {note.message}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

function goToLine(index: number): void {
  const target = document.getElementById(lineKindId(index));
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
