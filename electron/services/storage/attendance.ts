import { z } from 'zod';
import { clockMinutes } from '../../../shared/model/values';
import { attendanceSchema, storedAttendanceSchema, type Attendance, type CalledPerson } from '../../../shared/model/called-person';
import { attended } from '../../../shared/format/attendance';
import { repliesBeforeMeeting, type AttendanceEvent } from '../../../shared/model/attendance';
import type { MeetingStatus } from '../../../shared/model/kinds';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { MEETING_NOT_FOUND, assertMeetingWritable, touchMeeting } from './meeting-guards';
import { reindexPlaceOf } from '../search/index-store';
import { CALLED_PERSON_COLUMNS, toCalledPerson, type CalledPersonRow } from './meeting-rows';
import { bit, parseInput, parseStoredJson, positionAfterLast, prepared } from './sql';

/**
 * Live attendance during a meeting and the called list beside the members
 * (inbjudna, gäster). Every attendance change is written together with an
 * event row (who, when, before, after), so the history can be shown and the
 * latest change taken back.
 */

const PERSON_NOT_IN_MEETING = 'Personen finns inte i det här mötet.';

/** What an event keeps in its `data_json` column. */
const eventDataSchema = z.object({
  clock: z.string(),
  before: storedAttendanceSchema,
  after: storedAttendanceSchema,
  /** The changes one action made together share it, so Undo takes them back as one step. */
  batch: z.string().optional(),
  /** The batch added the person to the called list (a Teams participant as a guest): Undo removes them again. */
  added: z.literal(true).optional(),
});

interface EventRow {
  id: number;
  personId: number;
  at: string;
  /** As written then: may be a status from before migration 5; the event's `after` holds it as today's. */
  status: string;
  dataJson: string;
}

export interface AttendanceMoment {
  /** ISO timestamp in UTC. */
  at: string;
  /** Local wall-clock time "HH.MM". */
  clock: string;
  /** The local calendar day "2026-11-12": a förhinder marked before the meeting is dated with it. */
  date?: string;
}

/**
 * Sets one called person's attendance and records the change, in one
 * transaction. What does not belong to the status is cleared (times only for
 * someone who was there, a substitute only for someone away or for the part
 * missed), so what is stored is what is printed.
 */
export function setAttendance(
  db: Db,
  meetingId: number,
  personId: number,
  input: Attendance,
  moment: AttendanceMoment,
): { person: CalledPerson; event: AttendanceEvent } {
  const after = normalise(parseInput(attendanceSchema, input));
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const person = personOf(db, meetingId, personId);
    if (person.vacant && after.status !== 'unmarked') {
      throw new AppError('validation', 'En vakant plats har ingen som kan vara närvarande eller frånvarande.', 'attendance.status');
    }
    return recordAttendance(db, meetingId, person, after, moment);
  })();
}

/**
 * Writes a person's new attendance with its event (who, when, before,
 * after). Inside the caller's transaction, after its checks; changes made by
 * one action carry the same `batch`.
 */
export function recordAttendance(
  db: Db,
  meetingId: number,
  person: CalledPerson,
  after: Attendance,
  moment: AttendanceMoment,
  batch?: string,
  added = false,
): { person: CalledPerson; event: AttendanceEvent } {
  const before = person.attendance;
  after = withReportedOn(db, meetingId, before, after, moment.date);
  writeAttendance(db, meetingId, person.id, after, moment.at);
  const data = { clock: moment.clock, before, after, ...(batch === undefined ? {} : { batch }), ...(added ? { added: true as const } : {}) };
  const id = Number(
    prepared(
      db,
      `INSERT INTO attendance_events (meeting_id, called_person_id, status, at, data_json)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(meetingId, person.id, after.status, moment.at, JSON.stringify(data)).lastInsertRowid,
  );
  return {
    person: { ...person, attendance: after },
    event: { id, personId: person.id, at: moment.at, status: after.status, ...data },
  };
}

export interface UndoneAttendance {
  /** The persons changed back, as they are now, the last one changed last; empty when there was nothing to take back. */
  persons: CalledPerson[];
  /** Persons the step had added to the called list (Teams guests), removed again. */
  removed: number[];
}

/**
 * Takes back the meeting's latest attendance change: the person gets the
 * attendance they had before it and the event is removed. A change made
 * together with others ("Markera övriga som närvarande", a pasted list, a
 * Teams report) is taken back with all of them, as one step; a person the
 * step added to the called list is removed again.
 */
export function undoAttendance(db: Db, meetingId: number, at: string): UndoneAttendance {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const latest = prepared<EventRow>(
      db,
      `SELECT id, called_person_id AS personId, at, status, data_json AS dataJson
         FROM attendance_events WHERE meeting_id = ? ORDER BY id DESC LIMIT 1`,
    ).get(meetingId);
    if (!latest) return { persons: [], removed: [] };
    const first = toEvent(latest);
    const events =
      first.batch === undefined
        ? [first]
        : prepared<EventRow>(
            db,
            `SELECT id, called_person_id AS personId, at, status, data_json AS dataJson
               FROM attendance_events WHERE meeting_id = ? AND json_extract(data_json, '$.batch') = ? ORDER BY id DESC`,
          )
            .all(meetingId, first.batch)
            .map(toEvent);
    const changed: number[] = [];
    const removed: number[] = [];
    for (const event of events) {
      if (event.added === true) {
        if (!removed.includes(event.personId)) removed.push(event.personId);
        continue;
      }
      writeAttendance(db, meetingId, event.personId, event.before, at);
      prepared(db, 'DELETE FROM attendance_events WHERE id = ?').run(event.id);
      if (!changed.includes(event.personId)) changed.push(event.personId);
    }
    for (const personId of removed) deleteCalledPerson(db, meetingId, personId, at);
    return {
      persons: changed
        .filter((id) => !removed.includes(id))
        .reverse()
        .map((personId) => personOf(db, meetingId, personId)),
      removed: removed.reverse(),
    };
  })();
}

/** The meeting's attendance changes in the order they were made. */
export function attendanceHistory(db: Db, meetingId: number): AttendanceEvent[] {
  if (!prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) {
    throw new AppError('not_found', MEETING_NOT_FOUND);
  }
  return prepared<EventRow>(
    db,
    `SELECT id, called_person_id AS personId, at, status, data_json AS dataJson
       FROM attendance_events WHERE meeting_id = ? ORDER BY at, id`,
  )
    .all(meetingId)
    .map(toEvent);
}

export interface NewInvitation {
  kind: 'invitee' | 'guest';
  /** The item a guest is invited to; null for an invitee (the whole meeting). */
  itemId: number | null;
  name: string;
  title: string;
  organisation: string;
  /** Where the kallelse goes; empty: not known. */
  email: string;
}

/** The fields of a person added to a meeting's called list after it was made. */
export type AppendedCalledPerson = Pick<
  CalledPerson,
  'kind' | 'itemId' | 'sideName' | 'categoryName' | 'name' | 'party' | 'organisation' | 'title' | 'role' | 'email'
>;

/** Adds a person at the end of the meeting's called list, attendance unmarked; returns the new id. */
export function appendCalledPerson(db: Db, meetingId: number, person: AppendedCalledPerson): number {
  const position = positionAfterLast(db, 'SELECT max(position) AS position FROM called_persons WHERE meeting_id = ?', meetingId);
  const id = Number(
    prepared(
      db,
      `INSERT INTO called_persons (meeting_id, kind, item_id, position, side_name, category_name, name, party,
         organisation, title, role, vacant, email, attendance_status)
       VALUES (@meetingId, @kind, @itemId, @position, @sideName, @categoryName, @name, @party, @organisation, @title,
         @role, 0, @email, 'unmarked')`,
    ).run({ ...person, meetingId, position }).lastInsertRowid,
  );
  reindexPlaceOf(db, meetingId, person);
  return id;
}

/** Adds an invitee (inbjuden, whole meeting) or a guest (gäst, one item) at the end of the called list. */
export function addCalledPerson(db: Db, meetingId: number, input: NewInvitation, at: string): CalledPerson {
  const name = input.name.trim();
  if (name === '') throw new AppError('validation', 'Namnet får inte vara tomt.', 'name');
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    if (input.kind === 'invitee' && input.itemId !== null) {
      throw new AppError(
        'validation',
        'En inbjuden är kallad till hela mötet. Välj gäst för den som bara kommer till en punkt.',
        'itemId',
      );
    }
    if (input.kind === 'guest') {
      if (input.itemId === null) {
        throw new AppError('validation', 'Välj vilken punkt gästen är inbjuden till.', 'itemId');
      }
      const item = prepared(db, 'SELECT 1 FROM agenda_items WHERE id = ? AND meeting_id = ?').get(input.itemId, meetingId);
      if (!item) throw new AppError('validation', 'Punkten finns inte i det här mötet.', 'itemId');
    }
    const id = appendCalledPerson(db, meetingId, {
      kind: input.kind,
      itemId: input.kind === 'guest' ? input.itemId : null,
      sideName: '',
      categoryName: input.kind === 'guest' ? 'Gäster' : 'Inbjudna',
      name,
      party: '',
      organisation: input.organisation.trim(),
      title: input.title.trim(),
      role: 'ledamot',
      email: input.email,
    });
    touchMeeting(db, meetingId, at);
    return personOf(db, meetingId, id);
  })();
}

/**
 * Removes an invitee or a guest (and their attendance history). Members stay
 * on the called list: a member who did not come is marked, not removed.
 * Returns false when the person was not (or no longer) on the list.
 */
export function removeCalledPerson(db: Db, meetingId: number, personId: number, at: string): boolean {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const row = prepared<{ kind: string; name: string; itemId: number | null }>(
      db,
      'SELECT kind, name, item_id AS itemId FROM called_persons WHERE id = ? AND meeting_id = ?',
    ).get(personId, meetingId);
    if (!row) return false;
    if (row.kind === 'member') {
      throw new AppError(
        'validation',
        `${row.name.trim() || 'En vakant plats'} hör till organets ledamöter och kan inte tas bort från mötet. Markera närvaron i stället.`,
        'personId',
      );
    }
    deleteCalledPerson(db, meetingId, personId, at);
    return true;
  })();
}

/** Removes a person from the called list with their events (the foreign key cascades), inside the caller's transaction. */
function deleteCalledPerson(db: Db, meetingId: number, personId: number, at: string): void {
  const row = prepared<{ kind: string; itemId: number | null }>(
    db,
    'SELECT kind, item_id AS itemId FROM called_persons WHERE id = ? AND meeting_id = ?',
  ).get(personId, meetingId);
  if (!row) return;
  prepared(db, 'DELETE FROM called_persons WHERE id = ? AND meeting_id = ?').run(personId, meetingId);
  reindexPlaceOf(db, meetingId, row);
  touchMeeting(db, meetingId, at);
}

/**
 * Checks that belong together and clears what does not belong to the
 * status, so what is stored is what is printed: times only for someone who
 * was there (in the room or on the link), a substitute only for someone away
 * or for the part of the meeting the person missed.
 */
function normalise(attendance: Attendance): Attendance {
  const note = attendance.note.trim();
  const { status } = attendance;
  const substituteName = attendance.substituteName.trim();
  const there = attended(status);
  const arrivedAt = there ? attendance.arrivedAt : null;
  const leftAt = there ? attendance.leftAt : null;
  if (arrivedAt !== null && leftAt !== null && clockMinutes(leftAt) <= clockMinutes(arrivedAt)) {
    throw new AppError('validation', 'Tiden då personen gick måste vara efter tiden då personen kom.', 'attendance.leftAt');
  }
  const missedPart = arrivedAt !== null || leftAt !== null;
  if (substituteName !== '' && status !== 'unmarked' && there && !missedPart) {
    throw new AppError(
      'validation',
      'En ersättare behövs bara för den tid personen inte var med: skriv när personen kom eller gick, eller markera förhinder.',
      'attendance.substituteName',
    );
  }
  const keepSubstitute = status !== 'unmarked' && substituteName !== '';
  return {
    status,
    note,
    arrivedAt,
    leftAt,
    substituteName: keepSubstitute ? substituteName : '',
    substituteRemote: keepSubstitute && attendance.substituteRemote,
    // The day a förhinder was reported belongs to the förhinder only.
    reportedOn: status === 'excused' ? attendance.reportedOn : null,
  };
}

/**
 * A förhinder keeps the day it was reported: the day given, else the day an
 * earlier förhinder of the person was reported, else — while replies are
 * still coming in before the meeting — today. Marked during or after the
 * meeting it has no such day (it is not a reply to the kallelse).
 */
function withReportedOn(db: Db, meetingId: number, before: Attendance, after: Attendance, today: string | undefined): Attendance {
  if (after.status !== 'excused' || after.reportedOn !== null) return after;
  if (before.status === 'excused' && before.reportedOn !== null) return { ...after, reportedOn: before.reportedOn };
  if (today === undefined) return after;
  const meeting = prepared<{ status: MeetingStatus; openedAt: string | null; date: string }>(
    db,
    'SELECT status, opened_at AS openedAt, date FROM meetings WHERE id = ?',
  ).get(meetingId);
  return meeting && repliesBeforeMeeting(meeting, today) ? { ...after, reportedOn: today } : after;
}

export function personOf(db: Db, meetingId: number, personId: number): CalledPerson {
  const row = prepared<CalledPersonRow>(
    db,
    `SELECT ${CALLED_PERSON_COLUMNS} FROM called_persons WHERE id = ? AND meeting_id = ?`,
  ).get(personId, meetingId);
  if (!row) throw new AppError('not_found', PERSON_NOT_IN_MEETING, 'personId');
  return toCalledPerson(row);
}

function writeAttendance(db: Db, meetingId: number, personId: number, attendance: Attendance, at: string): void {
  prepared(
    db,
    `UPDATE called_persons SET attendance_status = @status, attendance_note = @note, arrived_at = @arrivedAt,
       left_at = @leftAt, substitute_name = @substituteName, substitute_remote = @substituteRemote,
       absence_reported_on = @reportedOn
     WHERE id = @personId AND meeting_id = @meetingId`,
  ).run({ ...attendance, substituteRemote: bit(attendance.substituteRemote), personId, meetingId });
  reindexPlaceOf(db, meetingId, personOf(db, meetingId, personId));
  touchMeeting(db, meetingId, at);
}

function toEvent(row: EventRow): AttendanceEvent {
  const data = parseStoredJson(eventDataSchema, row.dataJson, 'En närvaroändring');
  return { id: row.id, personId: row.personId, at: row.at, status: data.after.status, ...data };
}
