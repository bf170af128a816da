import { useId, useState } from 'react';
import type { MeetingSummary } from '../../shared/model/domain';
import type { PastedRosterRow } from '../../shared/roster/paste';
import { formatLongDate } from '../../shared/format/date';
import { swedishCollator } from '../../shared/format/sort';
import { api } from '../api/client';
import { Field } from '../components/Field';
import { useLoad } from '../app/useLoad';
import { count } from '../app/text';
import { localDate } from '../../shared/format/clock';
import { marksSummary, meetingsForList } from './pasteMarks';

/**
 * In the roster paste: when the pasted list carries attendance ("Rolf
 * Nyström (förhindrad)"), the offer to mark it in the body's next meeting,
 * checked, with those not yet called to that meeting added to its list.
 */

/** The body's meetings a list can be for, the next one first; null while they load. */
export function useListMeetings(bodyId: number): MeetingSummary[] | null {
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null);
  useLoad(async (active) => {
    const result = await api['meetings:list']({ bodyId });
    if (active()) setMeetings(result.ok ? meetingsForList(result.value, localDate(new Date())) : []);
  }, [bodyId]);
  return meetings;
}

/** How many of the rows are not yet on the meeting's called list (they will be added to it); null while loading. */
function useMissing(meetingId: number | null, rows: readonly PastedRosterRow[]): number | null {
  const [called, setCalled] = useState<string[] | null>(null);
  useLoad(async (active) => {
    if (meetingId === null) return;
    setCalled(null);
    const result = await api['meetings:get']({ id: meetingId });
    if (active()) setCalled(result.ok ? result.value.calledPersons.filter((p) => !p.vacant).map((p) => p.name) : []);
  }, [meetingId]);
  if (called === null) return null;
  return rows.filter((row) => !called.some((name) => swedishCollator.compare(name.trim(), row.member!.name) === 0)).length;
}

export function PasteMeetingChoice({
  meetings,
  rows,
  chosen,
  apply,
  onChoose,
  onApply,
}: {
  meetings: MeetingSummary[];
  /** The pasted people who belong on the meeting's list (see `rowsForMeeting`). */
  rows: readonly PastedRosterRow[];
  chosen: MeetingSummary | null;
  apply: boolean;
  onChoose: (meeting: MeetingSummary) => void;
  onApply: (apply: boolean) => void;
}) {
  const id = useId();
  const marks = marksSummary(rows);
  const missing = useMissing(chosen?.id ?? null, rows);
  if (!marks) return null;

  if (meetings.length === 0 || !chosen) {
    return (
      <p className="paste-meeting muted" data-paste-meeting="none">
        Listan har närvaro för ett möte ({marks.replace(/ som /g, ' ')}). Organet har inget möte som inte är justerat att föra in den
        i. Skapa mötet och klistra sedan in listan här igen: namnen finns då redan, men närvaron förs in i mötet.
      </p>
    );
  }

  return (
    <fieldset className="paste-meeting" data-paste-meeting={chosen.id}>
      <legend className="visually-hidden">Närvaro i mötet</legend>
      <label className="paste-meeting-check">
        <input type="checkbox" checked={apply} onChange={(e) => onApply(e.target.checked)} aria-describedby={`${id}-hint`} />
        Markera {marks} i mötet {formatLongDate(chosen.date)}
      </label>
      {meetings.length > 1 && (
        <Field id={`${id}-meeting`} label="Möte">
          {(control) => (
            <select
              {...control}
              className="field-input"
              value={chosen.id}
              disabled={!apply}
              onChange={(e) => {
                const next = meetings.find((m) => m.id === Number(e.target.value));
                if (next) onChoose(next);
              }}
            >
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatLongDate(m.date)} – {m.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {missing === null
          ? 'Markeringarna gäller mötet, inte organets lista.'
          : missing === 0
            ? 'Markeringarna gäller mötet, inte organets lista. Alla på listan är redan kallade till mötet.'
            : `Markeringarna gäller mötet, inte organets lista. ${count(missing, 'person', 'personer')} på listan är inte kallade till mötet och läggs till bland dess kallade.`}
      </p>
    </fieldset>
  );
}
