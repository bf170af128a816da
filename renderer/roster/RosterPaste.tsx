import { useRef, useState } from 'react';
import type { NewMember } from '../../shared/model/new-meeting';
import { formatLongDate } from '../../shared/format/date';
import { api } from '../api/client';
import { attendanceHref } from '../app/router';
import { PasteRosterDialog, type PasteOutcome } from './PasteRosterDialog';
import type { PasteCategory } from './pasteMarks';
import './roster-paste.css';

/**
 * "Klistra in från Excel eller Word" in the roster editor: the button, the
 * dialog, and the attendance the list carried, marked in the meeting it is
 * for. Also for a body with no categories yet: the paste makes one.
 */

type Result = { kind: 'done'; meetingId: number; text: string } | { kind: 'error'; text: string };

export function RosterPaste({
  bodyId,
  categories,
  existingNames,
  onAdd,
}: {
  bodyId: number;
  categories: PasteCategory[];
  existingNames: readonly string[];
  /** Puts the members into the roster (a new category when `category` is not one of `categories`). */
  onAdd: (category: PasteCategory, members: NewMember[]) => void;
}) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const toMeeting = async (meeting: NonNullable<PasteOutcome['meeting']>) => {
    const sent = await api['attendance:applyPasted']({ meetingId: meeting.id, persons: meeting.persons });
    const date = formatLongDate(meeting.date);
    if (!sent.ok) {
      setResult({ kind: 'error', text: `Närvaron kunde inte föras in i mötet ${date}: ${sent.error.message}` });
      return;
    }
    const { added, persons } = sent.value;
    const parts: string[] = [];
    if (persons.length > 0) parts.push(`${persons.length} markerade`);
    if (added.length > 0) parts.push(`${added.length} tillagda bland de kallade`);
    const text = parts.length > 0 ? `I mötet ${date}: ${parts.join(', ')}.` : `I mötet ${date} var närvaron redan markerad så.`;
    setResult({ kind: 'done', meetingId: meeting.id, text });
  };

  return (
    <div className="roster-paste">
      <button ref={buttonRef} type="button" className="button" onClick={() => setOpen(true)}>
        Klistra in från Excel eller Word
      </button>
      {result?.kind === 'done' && (
        <p className="roster-paste-result" role="status">
          {result.text} <a href={attendanceHref(result.meetingId)}>Visa närvaron</a>
        </p>
      )}
      {result?.kind === 'error' && (
        <p className="field-error" role="alert">
          {result.text}
        </p>
      )}
      {open && (
        <PasteRosterDialog
          bodyId={bodyId}
          categories={categories}
          existingNames={existingNames}
          onCancel={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
          onConfirm={(outcome) => {
            setOpen(false);
            setResult(null);
            if (outcome.members.length > 0) onAdd(outcome.category, outcome.members);
            else buttonRef.current?.focus();
            if (outcome.meeting) void toMeeting(outcome.meeting);
          }}
        />
      )}
    </div>
  );
}
