import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { CalledPerson, Meeting } from '../../shared/model/domain';
import { markableCount, meetingHeld, unmarkedCalledPersons } from '../../shared/model/attendance';
import { api } from '../api/client';
import { attendanceHref } from '../app/router';
import { count } from '../app/text';
import { localDate } from '../../shared/format/clock';
import './attendance.css';
import { FormError } from '../components/Field';

/**
 * "23 av 30 kallade har ingen närvaro markerad" with the one action that
 * fixes the usual case, "Markera övriga som närvarande": the secretary
 * marked the exceptions during the meeting and everyone else was there.
 * Shown where the minutes leave her hands: at "Skicka för justering", at
 * approval and at export. After the action it says what it did and offers
 * to take it back.
 */

export type NoticePlace = 'review' | 'approve' | 'export';

interface Props {
  meeting: Pick<Meeting, 'id' | 'status' | 'date' | 'openedAt' | 'calledPersons'>;
  where: NoticePlace;
  /** The persons the action (or its undo) changed, as stored. */
  onMarked: (persons: CalledPerson[]) => void;
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; marked: number } | { kind: 'error'; message: string };

/** Whether the notice has something to say here: nobody is missing, or the meeting has not been held yet. */
export function unmarkedNoticeDue(meeting: Props['meeting'], where: NoticePlace, today = localDate(new Date())): boolean {
  if (meeting.status === 'approved') return false;
  if (unmarkedCalledPersons(meeting.calledPersons).length === 0) return false;
  return where === 'approve' || meetingHeld(meeting, today);
}

export function UnmarkedNotice({ meeting, where, onMarked }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const undoRef = useRef<HTMLButtonElement>(null);
  const markRef = useRef<HTMLButtonElement>(null);
  // The button that took focus is replaced by the other one: focus follows once it is on the page
  // (after React's commit, which a busy machine may put after the next animation frame).
  const focusNext = useRef<'undo' | 'mark' | null>(null);
  useEffect(() => {
    const target = focusNext.current === 'undo' ? undoRef.current : focusNext.current === 'mark' ? markRef.current : null;
    if (target && !target.disabled) {
      focusNext.current = null;
      target.focus();
    }
  });
  const unmarked = unmarkedCalledPersons(meeting.calledPersons).length;
  const total = markableCount(meeting.calledPersons);

  const mark = async () => {
    setState({ kind: 'busy' });
    const result = await api['attendance:markUnmarkedPresent']({ meetingId: meeting.id });
    if (!result.ok) {
      setState({ kind: 'error', message: `Kunde inte markera de övriga: ${result.error.message}` });
      return;
    }
    onMarked(result.value.persons);
    // The action's button is gone: focus goes to the way back.
    focusNext.current = 'undo';
    setState({ kind: 'done', marked: result.value.persons.length });
  };

  const undo = async () => {
    setState({ kind: 'busy' });
    const result = await api['attendance:undo']({ meetingId: meeting.id });
    if (!result.ok) {
      setState({ kind: 'error', message: `Kunde inte ångra: ${result.error.message}` });
      return;
    }
    onMarked(result.value.persons);
    focusNext.current = 'mark';
    setState({ kind: 'idle' });
  };

  if (state.kind === 'done') {
    return (
      <div className="unmarked-notice is-done" data-unmarked-notice={where}>
        <p role="status" className="unmarked-text">
          {count(state.marked, 'kallad', 'kallade')} markerade som närvarande.
        </p>
        <button ref={undoRef} type="button" className="button button-small button-quiet" onClick={() => void undo()}>
          Ångra
        </button>
      </div>
    );
  }
  if (state.kind === 'idle' && !unmarkedNoticeDue(meeting, where)) return null;

  return (
    <div className="unmarked-notice" data-unmarked-notice={where} data-unmarked-count={unmarked}>
      <p className="unmarked-text">
        <a href={attendanceHref(meeting.id)}>
          {unmarked} av {count(total, 'kallad', 'kallade')}
        </a>{' '}
        har ingen närvaro markerad.
        {where === 'approve' && ' Efter justeringen kan närvaron inte ändras.'}
      </p>
      <button
        ref={markRef}
        type="button"
        className="button button-small"
        disabled={state.kind === 'busy' || unmarked === 0}
        onClick={() => void mark()}
      >
        Markera övriga som närvarande
      </button>
      {state.kind === 'error' && <FormError className="unmarked-error" error={state.message} />}
    </div>
  );
}

/**
 * The notice for each place of a meeting's screen, kept in step with the
 * meeting: the persons the action changed are put into the meeting shown.
 */
export function useUnmarkedNotice(
  meeting: Meeting,
  setMeeting: (update: (meeting: Meeting) => Meeting) => void,
): (where: NoticePlace) => ReactNode {
  const onMarked = useCallback(
    (persons: CalledPerson[]) => {
      const byId = new Map(persons.map((p) => [p.id, p]));
      setMeeting((m) => ({ ...m, calledPersons: m.calledPersons.map((p) => byId.get(p.id) ?? p) }));
    },
    [setMeeting],
  );
  // A new status (sent for review, approved) starts the notice afresh: the confirmation has done its job.
  return (where) => <UnmarkedNotice key={`${where}-${meeting.status}`} meeting={meeting} where={where} onMarked={onMarked} />;
}
