import { z } from 'zod';
import type { AttendanceStyle, DateStyle, MarkerPlacement, NameForm, PersonDetailOrder, Role, StandpointPlacement } from '../../../shared/model/kinds';
import { bodySettingsInputSchema, bodySettingsOf, bodyStandingItemSchema, plannedDateSchema, type Body, type BodySettings, type BodySummary, type Category, type Member, type PlannedDate, type Side } from '../../../shared/model/body';
import { newBodySchema, type NewBody } from '../../../shared/model/new-meeting';
import { formatLongDate } from '../../../shared/format/date';
import { compareSwedish } from '../../../shared/format/sort';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { bit, groupBy, parseInput, parseStoredJson, prepared } from './sql';
import { seedDefaultTemplates } from './templates';
import { defaultStandingItems } from '../../../shared/model/standing-agenda';

/**
 * Bodies (organ): their settings, planned meeting dates and Word template,
 * read together with their roster (sides → categories → members), which is
 * saved in body-roster.ts.
 */

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
  numberedItems: 0 | 1;
  agendaHeading: 0 | 1;
  personDetailOrder: PersonDetailOrder;
  markerPlacement: MarkerPlacement;
  nameForm: NameForm;
  definiteName: string;
  minutesPageUrl: string;
  minutesFilePattern: string;
  secretaryEmail: string;
  kallelseTitle: string;
  absenceInstruction: string;
  standingItemsJson: string;
  docxTemplateName: string | null;
}

/** What the roster stores of a person; a meeting's called person keeps a copy of the same columns. */
export interface RosterPersonRow {
  name: string;
  party: string;
  organisation: string;
  title: string;
  role: Role;
  vacant: 0 | 1;
  email: string;
}

interface MemberRow extends RosterPersonRow {
  id: number;
  categoryId: number;
}

/** All bodies, in Swedish alphabetical order of their names (å, ä, ö after z). */
export function listBodies(db: Db, today: string): BodySummary[] {
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
       attendance_style AS attendanceStyle, numbered_items AS numberedItems, agenda_heading AS agendaHeading,
       person_detail_order AS personDetailOrder, marker_placement AS markerPlacement, name_form AS nameForm,
       definite_name AS definiteName, minutes_page_url AS minutesPageUrl, minutes_file_pattern AS minutesFilePattern,
       secretary_email AS secretaryEmail, kallelse_title AS kallelseTitle, absence_instruction AS absenceInstruction,
       standing_items_json AS standingItemsJson, docx_template_name AS docxTemplateName
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
    `SELECT m.id, m.category_id AS categoryId, m.name, m.party, m.organisation, m.title, m.role, m.vacant, m.email
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
            email: m.email,
          }),
        ),
      }),
    ),
  }));

  const { standingItemsJson, ...settings } = row;
  return {
    ...settings,
    summaryOfStandpoints: row.summaryOfStandpoints === 1,
    numberedItems: row.numberedItems === 1,
    agendaHeading: row.agendaHeading === 1,
    plannedDates,
    sides,
    standingItems: parseStoredJson(z.array(bodyStandingItemSchema), standingItemsJson, 'Organets stående punkter'),
  };
}

/** Creates a body with its whole roster in one transaction; returns its id. */
export function createBody(db: Db, input: NewBody, at: string): number {
  const body = parseInput(newBodySchema, input);
  const insertBody = prepared(
    db,
    `INSERT INTO bodies (name, short_name, formal_name, document_title, default_place, default_meeting_form,
       default_start_time, default_end_time, date_style, standpoint_placement, summary_of_standpoints,
       attendance_style, numbered_items, agenda_heading, person_detail_order, marker_placement, name_form,
       definite_name, minutes_page_url, minutes_file_pattern, secretary_email, kallelse_title, absence_instruction,
       standing_items_json, created_at, updated_at)
     VALUES (@name, @shortName, @formalName, @documentTitle, @defaultPlace, @defaultMeetingForm,
       @defaultStartTime, @defaultEndTime, @dateStyle, @standpointPlacement, @summaryOfStandpoints,
       @attendanceStyle, @numberedItems, @agendaHeading, @personDetailOrder, @markerPlacement, @nameForm,
       @definiteName, @minutesPageUrl, @minutesFilePattern, @secretaryEmail, @kallelseTitle, @absenceInstruction,
       @standingItemsJson, @now, @now)`,
  );
  const insertDate = prepared(db, 'INSERT INTO planned_dates (body_id, date, note) VALUES (?, ?, ?)');
  const insertSide = prepared(db, 'INSERT INTO sides (body_id, position, name) VALUES (?, ?, ?)');
  const insertCategory = prepared(db, 'INSERT INTO categories (side_id, position, name) VALUES (?, ?, ?)');
  const insertMember = memberInsert(db);

  return db.transaction(() => {
    const bodyId = Number(
      insertBody.run({
        ...bodySettingsOf(body),
        summaryOfStandpoints: bit(body.summaryOfStandpoints),
        numberedItems: bit(body.numberedItems),
        agendaHeading: bit(body.agendaHeading),
        definiteName: body.definiteName.trim(),
        standingItemsJson: JSON.stringify(
          body.standingItems ?? defaultStandingItems({ summaryOfStandpoints: body.summaryOfStandpoints }),
        ),
        now: at,
      }).lastInsertRowid,
    );
    for (const planned of body.plannedDates) insertDate.run(bodyId, planned.date, planned.note);
    body.sides.forEach((side, sidePosition) => {
      const sideId = Number(insertSide.run(bodyId, sidePosition, side.name).lastInsertRowid);
      side.categories.forEach((category, categoryPosition) => {
        const categoryId = Number(insertCategory.run(sideId, categoryPosition, category.name).lastInsertRowid);
        category.members.forEach((member, position) => {
          insertMember.run({ ...member, vacant: bit(member.vacant), email: member.email, categoryId, position });
        });
      });
    });
    seedDefaultTemplates(db, bodyId);
    return bodyId;
  })();
}

const BODY_NOT_FOUND = 'Organet finns inte.';

/** Creates a body from its settings alone: no roster and no planned dates yet. Returns it as stored. */
export function createBodyFromSettings(db: Db, input: BodySettings, at: string): Body {
  const settings = parseInput(bodySettingsInputSchema, input);
  const id = createBody(db, { ...settings, plannedDates: [], sides: [] }, at);
  return getBody(db, id);
}

/** Saves a body's settings (names, defaults for new meetings, how its minutes are printed). */
export function updateBodySettings(db: Db, id: number, input: BodySettings, at: string): Body {
  const settings = parseInput(bodySettingsInputSchema, input);
  const result = prepared(
    db,
    `UPDATE bodies SET name = @name, short_name = @shortName, formal_name = @formalName,
       document_title = @documentTitle, default_place = @defaultPlace, default_meeting_form = @defaultMeetingForm,
       default_start_time = @defaultStartTime, default_end_time = @defaultEndTime, date_style = @dateStyle,
       standpoint_placement = @standpointPlacement, summary_of_standpoints = @summaryOfStandpoints,
       attendance_style = @attendanceStyle, numbered_items = @numberedItems, agenda_heading = @agendaHeading,
       person_detail_order = @personDetailOrder, marker_placement = @markerPlacement, name_form = @nameForm,
       definite_name = @definiteName, minutes_page_url = @minutesPageUrl,
       minutes_file_pattern = @minutesFilePattern, secretary_email = @secretaryEmail,
       kallelse_title = @kallelseTitle, absence_instruction = @absenceInstruction, updated_at = @now
     WHERE id = @id`,
  ).run({
    ...settings,
    summaryOfStandpoints: bit(settings.summaryOfStandpoints),
    numberedItems: bit(settings.numberedItems),
    agendaHeading: bit(settings.agendaHeading),
    definiteName: settings.definiteName.trim(),
    now: at,
    id,
  });
  if (result.changes === 0) throw new AppError('not_found', BODY_NOT_FOUND);
  return getBody(db, id);
}

/**
 * Replaces the body's planned meeting dates with `input`, stored in date
 * order. The same date twice is refused (with the field of the second one)
 * and nothing changes.
 */
export function setPlannedDates(db: Db, id: number, input: readonly PlannedDate[], at: string): Body {
  const dates = parseInput(z.array(plannedDateSchema).max(100), input);
  const seen = new Map<string, number>();
  dates.forEach((planned, index) => {
    if (seen.has(planned.date)) {
      throw new AppError(
        'validation',
        `Datumet ${formatLongDate(planned.date)} finns redan bland de planerade mötesdatumen.`,
        `dates.${index}.date`,
      );
    }
    seen.set(planned.date, index);
  });
  const sorted = [...dates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  db.transaction(() => {
    assertBodyExists(db, id);
    prepared(db, 'DELETE FROM planned_dates WHERE body_id = ?').run(id);
    const insert = prepared(db, 'INSERT INTO planned_dates (body_id, date, note) VALUES (?, ?, ?)');
    for (const planned of sorted) insert.run(id, planned.date, planned.note.trim());
    touchBody(db, id, at);
  })();
  return getBody(db, id);
}

/**
 * Stores (or, with null, removes) the organisation's .docx template whose
 * styles the body's DOCX exports take. The caller has checked that the bytes
 * are a readable template; the name is what the secretary chose it as.
 */
export function setDocxTemplate(
  db: Db,
  id: number,
  template: { name: string; bytes: Uint8Array } | null,
  at: string,
): Body {
  const result = prepared(
    db,
    'UPDATE bodies SET docx_template = ?, docx_template_name = ?, updated_at = ? WHERE id = ?',
  ).run(template === null ? null : Buffer.from(template.bytes), template?.name ?? null, at, id);
  if (result.changes === 0) throw new AppError('not_found', BODY_NOT_FOUND);
  return getBody(db, id);
}

/** The bytes of the body's .docx template, or null when it has none. */
export function getDocxTemplate(db: Db, id: number): Uint8Array | null {
  const row = prepared<{ bytes: Buffer | null }>(db, 'SELECT docx_template AS bytes FROM bodies WHERE id = ?').get(id);
  if (!row) throw new AppError('not_found', BODY_NOT_FOUND);
  return row.bytes === null ? null : new Uint8Array(row.bytes);
}

/** The statement that adds a member to a category (`vacant` as 0/1), for a new body and a saved roster. */
export function memberInsert(db: Db): ReturnType<typeof prepared> {
  return prepared(
    db,
    `INSERT INTO members (category_id, position, name, party, organisation, title, role, vacant, email)
     VALUES (@categoryId, @position, @name, @party, @organisation, @title, @role, @vacant, @email)`,
  );
}

export function assertBodyExists(db: Db, id: number): void {
  if (!prepared(db, 'SELECT 1 FROM bodies WHERE id = ?').get(id)) throw new AppError('not_found', BODY_NOT_FOUND);
}

/** Records a change of the body's roster or dates, which live in tables of their own. */
export function touchBody(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE bodies SET updated_at = ? WHERE id = ?').run(at, id);
}
