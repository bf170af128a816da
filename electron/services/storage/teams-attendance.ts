import { randomUUID } from 'node:crypto';
import { UNMARKED_ATTENDANCE, type Attendance, type CalledPerson } from '../../../shared/model/called-person';
import type { AttendanceEvent } from '../../../shared/model/attendance';
import { AppError } from '../../../shared/ipc/result';
import { meetingWindow, remoteTimes, type TeamsApplyInput } from '../../../shared/import/teams/plan';
import type { LocalStamp } from '../../../shared/import/teams/stamps';
import type { Db } from './db';
import { MEETING_NOT_FOUND, assertMeetingWritable } from './meeting-guards';
import { appendCalledPerson, personOf, recordAttendance, type AttendanceMoment } from './attendance';
import { prepared } from './sql';

/**
 * A Teams attendance report applied to a meeting, as one step Undo takes
 * back: each confirmed called person is marked "Med på länk" (with the time
 * they came or left when it was well after the start or before the end), and
 * report persons nobody was called as are added as invitees on the link.
 */

export interface TeamsApplied {
  /** Marked "Med på länk" (or given new times), as they are now. */
  marked: CalledPerson[];
  /** Added to the called list from the report. */
  added: CalledPerson[];
  /** Already marked present in the room: left as they were. */
  keptInRoom: CalledPerson[];
  /** Already on the link with the same times: nothing to change. */
  unchanged: CalledPerson[];
  events: AttendanceEvent[];
}

interface Joined {
  firstJoin: LocalStamp | null;
  lastLeave: LocalStamp | null;
}

/** One called person chosen for two report persons (a phone and a laptop): the first join and the last leave. */
function mergeByPerson(matches: TeamsApplyInput['matches']): Map<number, Joined> {
  const byPerson = new Map<number, Joined>();
  for (const m of matches) {
    const known = byPerson.get(m.personId);
    if (!known) {
      byPerson.set(m.personId, { firstJoin: m.firstJoin, lastLeave: m.lastLeave });
      continue;
    }
    if (known.firstJoin === null || (m.firstJoin !== null && m.firstJoin < known.firstJoin)) known.firstJoin = m.firstJoin;
    if (known.lastLeave === null || (m.lastLeave !== null && m.lastLeave > known.lastLeave)) known.lastLeave = m.lastLeave;
  }
  return byPerson;
}

/** On the link with these times; a substitute stays only for a part the person missed, note as it was. */
function onTheLink(before: Attendance, times: { arrivedAt: string | null; leftAt: string | null }): Attendance {
  const missedPart = times.arrivedAt !== null || times.leftAt !== null;
  return {
    status: 'remote',
    note: before.note,
    ...times,
    substituteName: missedPart ? before.substituteName : '',
    substituteRemote: missedPart && before.substituteRemote,
    reportedOn: null,
  };
}

export function applyTeamsAttendance(db: Db, input: Omit<TeamsApplyInput, 'meetingId'> & { meetingId: number }, moment: AttendanceMoment): TeamsApplied {
  const { meetingId } = input;
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const meeting = prepared<{ date: string; startTime: string; endTime: string }>(
      db,
      'SELECT date, start_time AS startTime, end_time AS endTime FROM meetings WHERE id = ?',
    ).get(meetingId);
    if (!meeting) throw new AppError('not_found', MEETING_NOT_FOUND);
    const window = meetingWindow(meeting, { meetingStart: input.reportStart, meetingEnd: input.reportEnd });
    const batch = randomUUID();
    const applied: TeamsApplied = { marked: [], added: [], keptInRoom: [], unchanged: [], events: [] };

    for (const [personId, joined] of mergeByPerson(input.matches)) {
      const person = personOf(db, meetingId, personId);
      if (person.vacant) throw new AppError('validation', 'En vakant plats kan inte markeras som med på länk.', 'personId');
      if (person.attendance.status === 'present') {
        applied.keptInRoom.push(person);
        continue;
      }
      const after = onTheLink(person.attendance, remoteTimes(window, joined.firstJoin, joined.lastLeave));
      if (JSON.stringify(after) === JSON.stringify(person.attendance)) {
        applied.unchanged.push(person);
        continue;
      }
      const change = recordAttendance(db, meetingId, person, after, moment, batch);
      applied.marked.push(change.person);
      applied.events.push(change.event);
    }

    for (const guest of input.guests) {
      const id = appendCalledPerson(db, meetingId, {
        kind: 'invitee',
        itemId: null,
        sideName: '',
        categoryName: 'Inbjudna',
        name: guest.name.trim(),
        party: '',
        organisation: guest.organisation.trim(),
        title: '',
        role: 'ledamot',
        email: '',
      });
      const person = personOf(db, meetingId, id);
      const after = onTheLink(UNMARKED_ATTENDANCE, remoteTimes(window, guest.firstJoin, guest.lastLeave));
      const change = recordAttendance(db, meetingId, person, after, moment, batch, true);
      applied.added.push(change.person);
      applied.events.push(change.event);
    }
    return applied;
  })();
}
