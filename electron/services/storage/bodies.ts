import type {
  AttendanceStyle,
  Body,
  BodySummary,
  Category,
  DateStyle,
  Member,
  Role,
  Side,
  StandpointPlacement,
} from '../../../shared/model/domain';
import { newBodySchema, type NewBody } from '../../../shared/model/new-meeting';
import { compareSwedish } from '../../../shared/format/sort';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './database';
import { bit, groupBy, nowIso, parseInput, prepared } from './sql';

/** Bodies (organ) and their roster: sides → categories → members, plus planned meeting dates. */

interface BodyRow {
  id: number;
  name: string;
  shortName: string;
  formalName: string;
  documentTitle: string;
  defaultPlace: string;
  defaultMeetingForm: string;
  defaultStartTime: string;
  defaultEndTime: string;
  dateStyle: DateStyle;
  standpointPlacement: StandpointPlacement;
  summaryOfStandpoints: 0 | 1;
  attendanceStyle: AttendanceStyle;
}

interface MemberRow {
  id: number;
  categoryId: number;
  name: string;
  party: string;
  organisation: string;
  title: string;
  role: Role;
  vacant: 0 | 1;
}

/** All bodies, in Swedish alphabetical order of their names (å, ä, ö after z). */
export function listBodies(db: Db, today: string = localToday()): BodySummary[] {
  const rows = prepared<BodySummary>(
    db,
    `SELECT b.id, b.name, b.short_name AS shortName,
       (SELECT count(*) FROM members m
          JOIN categories c ON c.id = m.category_id
          JOIN sides s ON s.id = c.side_id
         WHERE s.body_id = b.id AND m.vacant = 0) AS memberCount,
       (SELECT count(*) FROM meetings WHERE body_id = b.id) AS meetingCount,
       (SELECT min(date) FROM planned_dates WHERE body_id = b.id AND date >= @today) AS nextPlannedDate
     FROM bodies b`,
  ).all({ today });
  return rows.sort((a, b) => compareSwedish(a.name, b.name) || compareSwedish(a.shortName, b.shortName) || a.id - b.id);
}

export function getBody(db: Db, id: number): Body {
  const row = prepared<BodyRow>(
    db,
    `SELECT id, name, short_name AS shortName, formal_name AS formalName, document_title AS documentTitle,
       default_place AS defaultPlace, default_meeting_form AS defaultMeetingForm,
       default_start_time AS defaultStartTime, default_end_time AS defaultEndTime, date_style AS dateStyle,
       standpoint_placement AS standpointPlacement, summary_of_standpoints AS summaryOfStandpoints,
       attendance_style AS attendanceStyle
     FROM bodies WHERE id = ?`,
  ).get(id);
  if (!row) throw new AppError('not_found', 'Organet finns inte.');

  const plannedDates = prepared<{ date: string; note: string }>(
    db,
    'SELECT date, note FROM planned_dates WHERE body_id = ? ORDER BY date, id',
  ).all(id);
  const sideRows = prepared<{ id: number; name: string }>(
    db,
    'SELECT id, name FROM sides WHERE body_id = ? ORDER BY position, id',
  ).all(id);
  const categoryRows = prepared<{ id: number; sideId: number; name: string }>(
    db,
    `SELECT c.id, c.side_id AS sideId, c.name FROM categories c
       JOIN sides s ON s.id = c.side_id
      WHERE s.body_id = ? ORDER BY c.position, c.id`,
  ).all(id);
  const memberRows = prepared<MemberRow>(
    db,
    `SELECT m.id, m.category_id AS categoryId, m.name, m.party, m.organisation, m.title, m.role, m.vacant
       FROM members m
       JOIN categories c ON c.id = m.category_id
       JOIN sides s ON s.id = c.side_id
      WHERE s.body_id = ? ORDER BY m.position, m.id`,
  ).all(id);

  const membersByCategory = groupBy(memberRows, (m) => m.categoryId);
  const categoriesBySide = groupBy(categoryRows, (c) => c.sideId);
  const sides: Side[] = sideRows.map((side) => ({
    id: side.id,
    name: side.name,
    categories: (categoriesBySide.get(side.id) ?? []).map(
      (category): Category => ({
        id: category.id,
        name: category.name,
        members: (membersByCategory.get(category.id) ?? []).map(
          (m): Member => ({
            id: m.id,
            name: m.name,
            party: m.party,
            organisation: m.organisation,
            title: m.title,
            role: m.role,
            vacant: m.vacant === 1,
          }),
        ),
      }),
    ),
  }));

  return {
    ...row,
    summaryOfStandpoints: row.summaryOfStandpoints === 1,
    plannedDates,
    sides,
  };
}

/** Creates a body with its whole roster in one transaction; returns its id. */
export function createBody(db: Db, input: NewBody): number {
  const body = parseInput(newBodySchema, input);
  const insertBody = prepared(
    db,
    `INSERT INTO bodies (name, short_name, formal_name, document_title, default_place, default_meeting_form,
       default_start_time, default_end_time, date_style, standpoint_placement, summary_of_standpoints,
       attendance_style, created_at, updated_at)
     VALUES (@name, @shortName, @formalName, @documentTitle, @defaultPlace, @defaultMeetingForm,
       @defaultStartTime, @defaultEndTime, @dateStyle, @standpointPlacement, @summaryOfStandpoints,
       @attendanceStyle, @now, @now)`,
  );
  const insertDate = prepared(db, 'INSERT INTO planned_dates (body_id, date, note) VALUES (?, ?, ?)');
  const insertSide = prepared(db, 'INSERT INTO sides (body_id, position, name) VALUES (?, ?, ?)');
  const insertCategory = prepared(db, 'INSERT INTO categories (side_id, position, name) VALUES (?, ?, ?)');
  const insertMember = prepared(
    db,
    `INSERT INTO members (category_id, position, name, party, organisation, title, role, vacant)
     VALUES (@categoryId, @position, @name, @party, @organisation, @title, @role, @vacant)`,
  );

  return db.transaction(() => {
    const now = nowIso();
    const bodyId = Number(
      insertBody.run({
        name: body.name,
        shortName: body.shortName,
        formalName: body.formalName,
        documentTitle: body.documentTitle,
        defaultPlace: body.defaultPlace,
        defaultMeetingForm: body.defaultMeetingForm,
        defaultStartTime: body.defaultStartTime,
        defaultEndTime: body.defaultEndTime,
        dateStyle: body.dateStyle,
        standpointPlacement: body.standpointPlacement,
        summaryOfStandpoints: bit(body.summaryOfStandpoints),
        attendanceStyle: body.attendanceStyle,
        now,
      }).lastInsertRowid,
    );
    for (const planned of body.plannedDates) insertDate.run(bodyId, planned.date, planned.note);
    body.sides.forEach((side, sidePosition) => {
      const sideId = Number(insertSide.run(bodyId, sidePosition, side.name).lastInsertRowid);
      side.categories.forEach((category, categoryPosition) => {
        const categoryId = Number(insertCategory.run(sideId, categoryPosition, category.name).lastInsertRowid);
        category.members.forEach((member, position) => {
          insertMember.run({ ...member, vacant: bit(member.vacant), categoryId, position });
        });
      });
    });
    return bodyId;
  })();
}

/** Today's date on the secretary's own calendar (local time, not UTC). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
