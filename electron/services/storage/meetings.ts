import { reindexMeeting, reindexMeetingOwn } from '../search/index-store';
import type { MeetingStatus } from '../../../shared/model/kinds';
import type { Task, TaskDoneVia } from '../../../shared/model/agenda-item';
import { meetingHeaderInputSchema, meetingHeaderOf, type Meeting, type MeetingHeader, type MeetingSummary, type Reviewer } from '../../../shared/model/meeting';
import { newMeetingSchema, type NewCalledPerson, type NewMeeting, type NewTask } from '../../../shared/model/new-meeting';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { MEETING_NOT_FOUND, assertMeetingWritable } from './meeting-guards';
import { CALLED_PERSON_COLUMNS, agendaOf, reviewersSchema, toCalledPerson, type CalledPersonRow } from './meeting-rows';
import { bit, parseInput, parseStoredJson, prepared } from './sql';
import { attachmentsOf, dropUnusedBlobs } from './attachments';
import { sentInvitationSchema, type InvitationState } from '../../../shared/model/invitation';

/** The invitation columns as one value: none until the first invitation was written. */
function invitationOf(uid: string | null, sequence: number, sentJson: string | null): InvitationState | null {
  if (uid === null || sentJson === null) return null;
  const { sentAt, ...sent } = parseStoredJson(sentInvitationSchema, sentJson, 'Kallelsen som skickades');
  return { uid, sequence, sentAt, sent };
}

/** Meetings with their called persons, agenda items and tasks: listed, read whole, created, changed, removed. */

/**
 * A notes save stamps only its item (the autosave path is one UPDATE), so a
 * meeting was last changed at the later of its own stamp and its items'.
 * ISO strings in UTC compare correctly as text.
 */
const MEETING_UPDATED_AT = `max(m.updated_at,
  coalesce((SELECT max(notes_updated_at) FROM agenda_items WHERE meeting_id = m.id), ''))`;

interface MeetingRow {
  id: number;
  bodyId: number;
  title: string;
  subtitle: string;
  date: string;
  startTime: string;
  endTime: string;
  meetingForm: string;
  place: string;
  calledText: string;
  diaryNumber: string;
  status: MeetingStatus;
  reviewersJson: string;
  approvedOn: string | null;
  version: number;
  openedAt: string | null;
  closedAt: string | null;
  secretaryName: string;
  meetingLink: string;
  cancelledAt: string | null;
  inviteUid: string | null;
  inviteSequence: number;
  inviteSentJson: string | null;
  updatedAt: string;
}

interface TaskRow {
  id: number;
  itemId: number | null;
  what: string;
  owner: string;
  deadline: string | null;
  done: 0 | 1;
  doneAt: string | null;
  doneVia: TaskDoneVia | null;
}

/** A MeetingSummary's columns and where they come from; the caller adds WHERE and ORDER BY. */
export const MEETING_SUMMARY_COLUMNS = `m.id, m.body_id AS bodyId, b.short_name AS bodyShortName, m.title, m.date, m.status,
       m.cancelled_at AS cancelledAt,
       (SELECT count(*) FROM agenda_items WHERE meeting_id = m.id AND parent_id IS NULL) AS itemCount
     FROM meetings m JOIN bodies b ON b.id = m.body_id`;

/** Meetings, newest first; only one body's when `bodyId` is given. */
export function listMeetings(db: Db, bodyId?: number): MeetingSummary[] {
  return prepared<MeetingSummary>(
    db,
    `SELECT ${MEETING_SUMMARY_COLUMNS}
     WHERE @bodyId IS NULL OR m.body_id = @bodyId
     ORDER BY m.date DESC, m.start_time DESC, m.id DESC`,
  ).all({ bodyId: bodyId ?? null });
}

export function getMeeting(db: Db, id: number): Meeting {
  const row = prepared<MeetingRow>(
    db,
    `SELECT m.id, m.body_id AS bodyId, m.title, m.subtitle, m.date, m.start_time AS startTime, m.end_time AS endTime,
       m.meeting_form AS meetingForm, m.place, m.called_text AS calledText, m.diary_number AS diaryNumber,
       m.status, m.reviewers_json AS reviewersJson, m.approved_on AS approvedOn, m.version,
       m.opened_at AS openedAt, m.closed_at AS closedAt, m.secretary_name AS secretaryName,
       m.meeting_link AS meetingLink, m.cancelled_at AS cancelledAt, m.invite_uid AS inviteUid,
       m.invite_sequence AS inviteSequence, m.invite_sent_json AS inviteSentJson, ${MEETING_UPDATED_AT} AS updatedAt
     FROM meetings m WHERE m.id = ?`,
  ).get(id);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
  const { reviewersJson, inviteUid, inviteSequence, inviteSentJson, ...meeting } = row;
  const reviewers = parseStoredJson(reviewersSchema, reviewersJson, 'Justerarna');
  const invitation = invitationOf(inviteUid, inviteSequence, inviteSentJson);

  const calledPersons = prepared<CalledPersonRow>(
    db,
    `SELECT ${CALLED_PERSON_COLUMNS} FROM called_persons WHERE meeting_id = ? ORDER BY position, id`,
  )
    .all(id)
    .map(toCalledPerson);

  const agenda = agendaOf(db, id);

  const tasks = prepared<TaskRow>(
    db,
    `SELECT id, item_id AS itemId, what, owner, deadline, done, done_at AS doneAt, done_via AS doneVia
     FROM tasks WHERE meeting_id = ? ORDER BY position, id`,
  )
    .all(id)
    // When and where only once known, so tasks never marked done read as before.
    .map(({ doneAt, doneVia, ...t }): Task => ({ ...t, done: t.done === 1, ...(doneAt === null ? {} : { doneAt, doneVia }) }));

  return { ...meeting, reviewers, calledPersons, agenda, tasks, attachments: attachmentsOf(db, id), invitation };
}

/** "Justerat av": who checked the minutes and on which day (only approved minutes have a day). */
export interface MeetingReview {
  reviewers: Reviewer[];
  approvedOn: string | null;
}
const NO_REVIEW: MeetingReview = { reviewers: [], approvedOn: null };

/**
 * Creates a whole meeting (header, called persons, agenda with sub-items,
 * guests and tasks) in one transaction; returns its id.
 */
export function createMeeting(
  db: Db,
  bodyId: number,
  input: NewMeeting,
  review: MeetingReview = NO_REVIEW,
  at: string,
): number {
  const meeting = parseInput(newMeetingSchema, input);
  const reviewers = parseInput(reviewersSchema, review.reviewers);

  const bodyExists = prepared(db, 'SELECT 1 FROM bodies WHERE id = ?').get(bodyId);
  if (!bodyExists) throw new AppError('not_found', 'Organet finns inte.');

  const insertMeeting = prepared(
    db,
    `INSERT INTO meetings (body_id, title, subtitle, date, start_time, end_time, meeting_form, place, called_text,
       diary_number, status, reviewers_json, approved_on, opened_at, closed_at, secretary_name, meeting_link,
       created_at, updated_at)
     VALUES (@bodyId, @title, @subtitle, @date, @startTime, @endTime, @meetingForm, @place, @calledText,
       @diaryNumber, @status, @reviewersJson, @approvedOn, @openedAt, @closedAt, @secretaryName, @meetingLink, @now, @now)`,
  );
  const insertItem = prepared(
    db,
    `INSERT INTO agenda_items (meeting_id, parent_id, position, title, standing, topics_json, kind, minutes, attachment,
       links_json, presenters_json, standpoint, notes_json, notes_revision, notes_updated_at)
     VALUES (@meetingId, @parentId, @position, @title, @standing, @topicsJson, @kind, @minutes, @attachment,
       @linksJson, @presentersJson, @standpoint, @notesJson, 0, @notesUpdatedAt)`,
  );
  const insertPerson = prepared(
    db,
    `INSERT INTO called_persons (meeting_id, kind, item_id, position, side_name, category_name, name, party,
       organisation, title, role, vacant, email, attendance_status, attendance_note, arrived_at, left_at,
       substitute_name, substitute_remote, absence_reported_on)
     VALUES (@meetingId, @kind, @itemId, @position, @sideName, @categoryName, @name, @party,
       @organisation, @title, @role, @vacant, @email, @status, @note, @arrivedAt, @leftAt, @substituteName,
       @substituteRemote, @reportedOn)`,
  );
  const insertTask = prepared(
    db,
    `INSERT INTO tasks (meeting_id, item_id, position, what, owner, deadline, done, carried_from_task_id, created_at, updated_at)
     VALUES (@meetingId, @itemId, @position, @what, @owner, @deadline, @done, @carriedFromTaskId, @now, @now)`,
  );

  return db.transaction(() => {
    const now = at;
    const meetingId = Number(
      insertMeeting.run({
        bodyId,
        ...meetingHeaderOf(meeting),
        status: meeting.status,
        reviewersJson: JSON.stringify(reviewers),
        approvedOn: meeting.status === 'approved' ? review.approvedOn : null,
        openedAt: meeting.openedAt,
        closedAt: meeting.closedAt,
        now,
      }).lastInsertRowid,
    );

    let personPosition = 0;
    const addPerson = (person: NewCalledPerson, itemId: number | null) => {
      insertPerson.run({
        meetingId,
        // A person tied to one item is by definition that item's guest.
        kind: itemId === null ? person.kind : 'guest',
        itemId,
        position: personPosition++,
        sideName: person.sideName,
        categoryName: person.categoryName,
        name: person.name,
        party: person.party,
        organisation: person.organisation,
        title: person.title,
        role: person.role,
        vacant: bit(person.vacant),
        email: person.email,
        ...person.attendance,
        substituteRemote: bit(person.attendance.substituteRemote),
      });
    };
    let taskPosition = 0;
    const addTask = (task: NewTask, itemId: number | null, carriedFromTaskId: number | null = null) => {
      const { what, owner, deadline } = task;
      insertTask.run({ meetingId, itemId, position: taskPosition++, what, owner, deadline, done: bit(task.done), carriedFromTaskId, now });
    };

    for (const person of meeting.calledPersons) addPerson(person, null);

    type ParsedItem = (typeof meeting.agenda)[number] | (typeof meeting.agenda)[number]['children'][number];
    const addItem = (item: ParsedItem, parentId: number | null, position: number): number => {
      const itemId = Number(
        insertItem.run({
          meetingId,
          parentId,
          position,
          title: item.title,
          standing: bit(item.standing),
          topicsJson: JSON.stringify(item.topics),
          kind: item.kind,
          minutes: item.minutes,
          attachment: bit(item.attachment),
          linksJson: JSON.stringify(item.links),
          presentersJson: JSON.stringify(item.presenters),
          standpoint: item.standpoint,
          notesJson: item.notes === null ? null : JSON.stringify(item.notes),
          notesUpdatedAt: item.notes === null ? null : now,
        }).lastInsertRowid,
      );
      for (const guest of item.guests) addPerson(guest, itemId);
      for (const task of item.tasks) addTask(task, itemId);
      return itemId;
    };

    meeting.agenda.forEach((item, position) => {
      const itemId = addItem(item, null, position);
      item.children.forEach((child, childPosition) => addItem(child, itemId, childPosition));
    });
    for (const task of meeting.tasks) addTask(task, null, task.carriedFromTaskId);

    reindexMeeting(db, meetingId);
    return meetingId;
  })();
}

/** Saves the header fields (date, time, place …) of a meeting. */
export function updateMeetingHeader(
  db: Db,
  id: number,
  input: MeetingHeader,
  at: string,
): { header: MeetingHeader; updatedAt: string } {
  const header = parseInput(meetingHeaderInputSchema, input);
  const updatedAt = at;
  return db.transaction(() => {
    assertMeetingWritable(db, id);
    const before = prepared<{ date: string }>(db, 'SELECT date FROM meetings WHERE id = ?').get(id)?.date;
    prepared(
      db,
      `UPDATE meetings SET title = @title, subtitle = @subtitle, date = @date, start_time = @startTime,
         end_time = @endTime, meeting_form = @meetingForm, place = @place, called_text = @calledText,
         diary_number = @diaryNumber, secretary_name = @secretaryName, meeting_link = @meetingLink,
         updated_at = @updatedAt
       WHERE id = @id`,
    ).run({ ...header, updatedAt, id });
    // The index rows of a meeting begin with its date: a new date moves every one of them.
    if (header.date !== before) reindexMeeting(db, id);
    else reindexMeetingOwn(db, id);
    return { header, updatedAt };
  })();
}

/**
 * Deletes a meeting for good: its agenda, notes, attendance, tasks and
 * versions go with it (ON DELETE CASCADE). The secretary confirms with the
 * meeting's date, so a stray call cannot remove the wrong one. Approved
 * minutes are an archival record and must be unlocked (which is recorded)
 * before they can be removed.
 *
 * With secure_delete the freed pages are overwritten, and the checkpoint
 * folds the WAL into the file and empties it, so the text does not linger in
 * the database file's free space. Backups keep it until their retention ends.
 */
export function removeMeeting(db: Db, meetingId: number, confirmDate: string): { removed: true } {
  assertMeetingWritable(db, meetingId);
  const date = prepared<{ date: string }>(db, 'SELECT date FROM meetings WHERE id = ?').get(meetingId)?.date;
  if (confirmDate !== date) {
    throw new AppError('validation', 'Datumet stämmer inte med mötets datum. Skriv mötets datum för att radera det.', 'confirmDate');
  }
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      prepared(db, 'DELETE FROM meetings WHERE id = ?').run(meetingId);
      dropUnusedBlobs(db);
    })();
  } finally {
    db.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { removed: true };
}
