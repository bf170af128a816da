import { randomUUID } from 'node:crypto';
import { UNMARKED_ATTENDANCE, type Attendance, type CalledPerson } from '../../../shared/model/called-person';
import { unmarkedCalledPersons, type AttendanceEvent, type PastedCalledPerson } from '../../../shared/model/attendance';

import { swedishCollator } from '../../../shared/format/sort';
import type { Db } from './db';
import { assertMeetingWritable, touchMeeting } from './meeting-guards';
import { CALLED_PERSON_COLUMNS, toCalledPerson, type CalledPersonRow } from './meeting-rows';
import { appendCalledPerson, personOf, recordAttendance, type AttendanceMoment } from './attendance';
import { prepared } from './sql';

/**
 * Attendance changes made together by one action, each recorded as its own
 * event but with a shared batch, so that Undo takes the whole action back in
 * one step: "Markera övriga som närvarande" and a pasted "Kallade" list.
 */

export interface AttendanceBatch {
  /** The persons changed, as they are now, in the order of the called list. */
  persons: CalledPerson[];
  events: AttendanceEvent[];
}

function calledPersons(db: Db, meetingId: number): CalledPerson[] {
  return prepared<CalledPersonRow>(
    db,
    `SELECT ${CALLED_PERSON_COLUMNS} FROM called_persons WHERE meeting_id = ? ORDER BY position, id`,
  )
    .all(meetingId)
    .map(toCalledPerson);
}

/**
 * Marks everyone still unmarked whose attendance is printed (members in a
 * seat, invitees) as present, in one transaction: what the secretary means
 * when the meeting is over and only the exceptions were marked. Refused for
 * approved minutes; with nobody unmarked nothing changes.
 */
export function markUnmarkedPresent(db: Db, meetingId: number, moment: AttendanceMoment): AttendanceBatch {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const batch = randomUUID();
    const present: Attendance = { ...UNMARKED_ATTENDANCE, status: 'present' };
    const changes = unmarkedCalledPersons(calledPersons(db, meetingId)).map((person) =>
      recordAttendance(db, meetingId, person, present, moment, batch),
    );
    return { persons: changes.map((c) => c.person), events: changes.map((c) => c.event) };
  })();
}

export interface PastedOutcome extends AttendanceBatch {
  /** Those of the pasted list who were not yet called to the meeting and were added to it. */
  added: CalledPerson[];
}

/**
 * A pasted "Kallade" list, applied to one meeting in one transaction: a
 * person not yet among the meeting's called persons (matched by name, the
 * Swedish way: case and accents aside) is added as a member, and each mark
 * ("förhindrad", "med på länk" …) becomes that person's attendance. A mark
 * that is already the person's status leaves the person (and any times or
 * substitute) as they are. The marks are one batch: Undo takes them all back.
 */
export function applyPastedCalled(
  db: Db,
  meetingId: number,
  pasted: readonly PastedCalledPerson[],
  moment: AttendanceMoment,
): PastedOutcome {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const known = calledPersons(db, meetingId).filter((p) => !p.vacant && p.kind !== 'guest');
    const batch = randomUUID();
    const added: CalledPerson[] = [];
    const changes: { person: CalledPerson; event: AttendanceEvent }[] = [];
    for (const entry of pasted) {
      let person = known.find((p) => swedishCollator.compare(p.name.trim(), entry.name.trim()) === 0);
      if (!person) {
        person = addMember(db, meetingId, entry);
        known.push(person);
        added.push(person);
      }
      if (entry.status === 'unmarked' || entry.status === person.attendance.status) continue;
      const change = recordAttendance(db, meetingId, person, { ...UNMARKED_ATTENDANCE, status: entry.status }, moment, batch);
      known[known.indexOf(person)] = change.person;
      changes.push(change);
    }
    if (added.length > 0) touchMeeting(db, meetingId, moment.at);
    return {
      added: added.map((p) => personOf(db, meetingId, p.id)),
      persons: changes.map((c) => c.person),
      events: changes.map((c) => c.event),
    };
  })();
}

/** A member at the end of the meeting's called list, in the side and category the list was pasted into. */
function addMember(db: Db, meetingId: number, entry: PastedCalledPerson): CalledPerson {
  const id = appendCalledPerson(db, meetingId, {
    kind: 'member',
    itemId: null,
    sideName: entry.sideName.trim(),
    categoryName: entry.categoryName.trim(),
    name: entry.name.trim(),
    party: entry.party.trim(),
    organisation: entry.organisation.trim(),
    title: entry.title.trim(),
    role: entry.role,
    email: entry.email,
  });
  return personOf(db, meetingId, id);
}
