import { useState } from 'react';
import type { NotesCopy } from '../../shared/notes/copies';
import { formatLocalTimestamp, toLocalTimestamp } from '../../shared/format/datetime';
import { notesToPlainText } from '../../shared/notes/text';
import { useDisclosure } from '../components/Disclosure';
import { useItemCopies } from './notesCopies';

/**
 * "Tidigare text (2)" under an item: the texts not chosen when two windows
 * wrote to it, read-only, to read and copy from. Nothing is shown for an
 * item without copies.
 */
export function NotesCopiesList({ meetingId, itemId, itemLabel }: { meetingId: number; itemId: number; itemLabel: string }) {
  const copies = useItemCopies(meetingId, itemId, true);
  const { open, contentId, toggle } = useDisclosure(`notes-copies-${meetingId}-${itemId}`);
  if (copies.length === 0) return null;
  return (
    <div className="notes-copies" data-notes-copies={copies.length}>
      <button className="button button-quiet button-small notes-copies-toggle" {...toggle}>
        Tidigare text ({copies.length})
      </button>
      <ol id={contentId} className="notes-copies-list" aria-label={`Tidigare text för punkt ${itemLabel}`} hidden={!open}>
        {open && copies.map((copy) => <CopyEntry key={copy.id} copy={copy} />)}
      </ol>
    </div>
  );
}

function copyTitle(copy: NotesCopy): string {
  const when = formatLocalTimestamp(toLocalTimestamp(new Date(copy.keptAt)));
  switch (copy.why) {
    case 'replacedByMine':
      return `Från ett annat fönster – ersattes av din text ${when}`;
    case 'setAsideForSaved':
      return `Din text – lades åt sidan ${when}, när du valde den sparade`;
    default: {
      const never: never = copy.why;
      return never;
    }
  }
}

function CopyEntry({ copy }: { copy: NotesCopy }) {
  const text = notesToPlainText(copy.notes).trim();
  const [copied, setCopied] = useState<string | null>(null);
  const copyText = () => {
    const fallback = 'Kunde inte kopiera här: markera texten och tryck Ctrl+C.';
    if (!navigator.clipboard) {
      setCopied(fallback);
      return;
    }
    navigator.clipboard.writeText(text).then(
      () => setCopied('Texten är kopierad.'),
      () => setCopied(fallback),
    );
  };
  return (
    <li className="notes-copy" data-notes-copy={copy.why}>
      <p className="notes-copy-meta">{copyTitle(copy)}</p>
      <div className="notes-copy-text">{text || '(Tom)'}</div>
      <div className="notes-copy-actions">
        <button type="button" className="button button-quiet button-small" onClick={copyText}>
          Kopiera texten
        </button>
        <span role="status" className="notes-copy-status">
          {copied}
        </span>
      </div>
    </li>
  );
}
