import { z } from 'zod';
import {
  bodySettingsInputSchema,
  bodyStandingItemSchema,
  plannedDateSchema,
  type AttendanceStyle,
  type Body,
  type BodySettings,
  type BodySummary,
  type Category,
  type DateStyle,
  type MarkerPlacement,
  type Member,
  type NameForm,
  type PersonDetailOrder,
  type PlannedDate,
  type Role,
  type Side,
  type StandpointPlacement,
} from '../../../shared/model/domain';
import { newBodySchema, type NewBody } from '../../../shared/model/new-meeting';
import { rosterInputSchema, type RosterSideInput } from '../../../shared/model/roster';
import { formatLongDate } from '../../../shared/format/date';
import { compareSwedish } from '../../../shared/format/sort';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './database';
import { bit, groupBy, nowIso, parseInput, parseStoredJson, prepared } from './sql';
import { seedDefaultTemplates } from './templates';
import { defaultStandingItems } from '../../../shared/model/standing-agenda';

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
  numberedItems: 0 | 1;
  agendaHeading: 0 | 1;
  personDetailOrder: PersonDetailOrder;
  markerPlacement: MarkerPlacement;
  nameForm: NameForm;
  definiteName: string;
  standingItemsJson: string;
  docxTemplateName: string | null;
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
       attendance_style AS attendanceStyle, numbered_items AS numberedItems, agenda_heading AS agendaHeading,
       person_detail_order AS personDetailOrder, marker_placement AS markerPlacement, name_form AS nameForm,
       definite_name AS definiteName, standing_items_json AS standingItemsJson, docx_template_name AS docxTemplateName
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
export function createBody(db: Db, input: NewBody): number {
  const body = parseInput(newBodySchema, input);
  const insertBody = prepared(
    db,
    `INSERT INTO bodies (name, short_name, formal_name, document_title, default_place, default_meeting_form,
       default_start_time, default_end_time, date_style, standpoint_placement, summary_of_standpoints,
       attendance_style, numbered_items, agenda_heading, person_detail_order, marker_placement, name_form,
       definite_name, standing_items_json, created_at, updated_at)
     VALUES (@name, @shortName, @formalName, @documentTitle, @defaultPlace, @defaultMeetingForm,
       @defaultStartTime, @defaultEndTime, @dateStyle, @standpointPlacement, @summaryOfStandpoints,
       @attendanceStyle, @numberedItems, @agendaHeading, @personDetailOrder, @markerPlacement, @nameForm,
       @definiteName, @standingItemsJson, @now, @now)`,
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
        numberedItems: bit(body.numberedItems),
        agendaHeading: bit(body.agendaHeading),
        personDetailOrder: body.personDetailOrder,
        markerPlacement: body.markerPlacement,
        nameForm: body.nameForm,
        definiteName: body.definiteName.trim(),
        standingItemsJson: JSON.stringify(
          body.standingItems ?? defaultStandingItems({ summaryOfStandpoints: body.summaryOfStandpoints }),
        ),
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
    seedDefaultTemplates(db, bodyId);
    return bodyId;
  })();
}

/** Today's date on the secretary's own calendar (local time, not UTC). */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const BODY_NOT_FOUND = 'Organet finns inte.';

/** Creates a body from its settings alone: no roster and no planned dates yet. Returns it as stored. */
export function createBodyFromSettings(db: Db, input: BodySettings): Body {
  const settings = parseInput(bodySettingsInputSchema, input);
  const id = createBody(db, { ...settings, plannedDates: [], sides: [] });
  return getBody(db, id);
}

/** Saves a body's settings (names, defaults for new meetings, how its minutes are printed). */
export function updateBodySettings(db: Db, id: number, input: BodySettings): Body {
  const settings = parseInput(bodySettingsInputSchema, input);
  const result = prepared(
    db,
    `UPDATE bodies SET name = @name, short_name = @shortName, formal_name = @formalName,
       document_title = @documentTitle, default_place = @defaultPlace, default_meeting_form = @defaultMeetingForm,
       default_start_time = @defaultStartTime, default_end_time = @defaultEndTime, date_style = @dateStyle,
       standpoint_placement = @standpointPlacement, summary_of_standpoints = @summaryOfStandpoints,
       attendance_style = @attendanceStyle, numbered_items = @numberedItems, agenda_heading = @agendaHeading,
       person_detail_order = @personDetailOrder, marker_placement = @markerPlacement, name_form = @nameForm,
       definite_name = @definiteName, updated_at = @now
     WHERE id = @id`,
  ).run({
    ...settings,
    summaryOfStandpoints: bit(settings.summaryOfStandpoints),
    numberedItems: bit(settings.numberedItems),
    agendaHeading: bit(settings.agendaHeading),
    definiteName: settings.definiteName.trim(),
    now: nowIso(),
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
export function setPlannedDates(db: Db, id: number, input: readonly PlannedDate[]): Body {
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
    touchBody(db, id);
  })();
  return getBody(db, id);
}

/**
 * Saves the whole ordered roster of a body in one transaction: entries that
 * came with an id keep it (and may move to another category or side of the
 * same body), entries without one are added, entries left out are removed,
 * and positions follow the array order. An id that does not belong to this
 * body is refused and nothing changes. Meetings keep their own copy of who
 * was called, so this never touches a meeting.
 */
export function saveRoster(db: Db, bodyId: number, input: readonly RosterSideInput[]): Body {
  const sides = parseInput(rosterInputSchema, input);

  // Vacant seats have no name; everyone else needs one.
  sides.forEach((side, s) =>
    side.categories.forEach((category, c) =>
      category.members.forEach((member, m) => {
        if (!member.vacant && member.name.trim() === '') {
          throw new AppError(
            'validation',
            `Ledamot ${m + 1} i kategorin "${category.name.trim()}" saknar namn. Skriv ett namn eller markera platsen som vakant.`,
            `sides.${s}.categories.${c}.members.${m}.name`,
          );
        }
      }),
    ),
  );

  db.transaction(() => {
    assertBodyExists(db, bodyId);
    const ownSides = idSet(db, 'SELECT id FROM sides WHERE body_id = ?', bodyId);
    const ownCategories = idSet(
      db,
      'SELECT c.id FROM categories c JOIN sides s ON s.id = c.side_id WHERE s.body_id = ?',
      bodyId,
    );
    const ownMembers = idSet(
      db,
      `SELECT m.id FROM members m JOIN categories c ON c.id = m.category_id JOIN sides s ON s.id = c.side_id
        WHERE s.body_id = ?`,
      bodyId,
    );
    const keptSides = new Set<number>();
    const keptCategories = new Set<number>();
    const keptMembers = new Set<number>();

    const claim = (id: number, own: Set<number>, kept: Set<number>, field: string, what: string) => {
      if (!own.has(id)) {
        throw new AppError('validation', `${what} hör inte till det här organet. Ladda om och försök igen.`, field);
      }
      if (kept.has(id)) {
        throw new AppError('validation', `${what} förekommer två gånger i listan.`, field);
      }
      kept.add(id);
    };

    const insertSide = prepared(db, 'INSERT INTO sides (body_id, position, name) VALUES (?, ?, ?)');
    const updateSide = prepared(db, 'UPDATE sides SET position = ?, name = ? WHERE id = ?');
    const insertCategory = prepared(db, 'INSERT INTO categories (side_id, position, name) VALUES (?, ?, ?)');
    const updateCategory = prepared(db, 'UPDATE categories SET side_id = ?, position = ?, name = ? WHERE id = ?');
    const insertMember = prepared(
      db,
      `INSERT INTO members (category_id, position, name, party, organisation, title, role, vacant)
       VALUES (@categoryId, @position, @name, @party, @organisation, @title, @role, @vacant)`,
    );
    const updateMember = prepared(
      db,
      `UPDATE members SET category_id = @categoryId, position = @position, name = @name, party = @party,
         organisation = @organisation, title = @title, role = @role, vacant = @vacant
       WHERE id = @id`,
    );

    sides.forEach((side, s) => {
      let sideId: number;
      if (side.id === undefined) {
        sideId = Number(insertSide.run(bodyId, s, side.name.trim()).lastInsertRowid);
      } else {
        claim(side.id, ownSides, keptSides, `sides.${s}.id`, `Sidan "${side.name.trim()}"`);
        sideId = side.id;
        updateSide.run(s, side.name.trim(), sideId);
      }
      side.categories.forEach((category, c) => {
        let categoryId: number;
        if (category.id === undefined) {
          categoryId = Number(insertCategory.run(sideId, c, category.name.trim()).lastInsertRowid);
        } else {
          claim(category.id, ownCategories, keptCategories, `sides.${s}.categories.${c}.id`, `Kategorin "${category.name.trim()}"`);
          categoryId = category.id;
          updateCategory.run(sideId, c, category.name.trim(), categoryId);
        }
        category.members.forEach((member, m) => {
          const values = {
            categoryId,
            position: m,
            name: member.name.trim(),
            party: member.party.trim(),
            organisation: member.organisation.trim(),
            title: member.title.trim(),
            role: member.role,
            vacant: bit(member.vacant),
          };
          if (member.id === undefined) {
            insertMember.run(values);
          } else {
            const label = member.vacant ? 'En vakant plats' : `Ledamoten ${member.name.trim()}`;
            claim(member.id, ownMembers, keptMembers, `sides.${s}.categories.${c}.members.${m}.id`, label);
            updateMember.run({ ...values, id: member.id });
          }
        });
      });
    });

    // Everything that moved has moved; what is left over was removed in the editor.
    const deleteMember = prepared(db, 'DELETE FROM members WHERE id = ?');
    const deleteCategory = prepared(db, 'DELETE FROM categories WHERE id = ?');
    const deleteSide = prepared(db, 'DELETE FROM sides WHERE id = ?');
    for (const id of ownMembers) if (!keptMembers.has(id)) deleteMember.run(id);
    for (const id of ownCategories) if (!keptCategories.has(id)) deleteCategory.run(id);
    for (const id of ownSides) if (!keptSides.has(id)) deleteSide.run(id);
    touchBody(db, bodyId);
  })();
  return getBody(db, bodyId);
}

/**
 * Stores (or, with null, removes) the organisation's .docx template whose
 * styles the body's DOCX exports take. The caller has checked that the bytes
 * are a readable template; the name is what the secretary chose it as.
 */
export function setDocxTemplate(db: Db, id: number, template: { name: string; bytes: Uint8Array } | null): Body {
  const result = prepared(
    db,
    'UPDATE bodies SET docx_template = ?, docx_template_name = ?, updated_at = ? WHERE id = ?',
  ).run(template === null ? null : Buffer.from(template.bytes), template?.name ?? null, nowIso(), id);
  if (result.changes === 0) throw new AppError('not_found', BODY_NOT_FOUND);
  return getBody(db, id);
}

/** The bytes of the body's .docx template, or null when it has none. */
export function getDocxTemplate(db: Db, id: number): Uint8Array | null {
  const row = prepared<{ bytes: Buffer | null }>(db, 'SELECT docx_template AS bytes FROM bodies WHERE id = ?').get(id);
  if (!row) throw new AppError('not_found', BODY_NOT_FOUND);
  return row.bytes === null ? null : new Uint8Array(row.bytes);
}

function assertBodyExists(db: Db, id: number): void {
  if (!prepared(db, 'SELECT 1 FROM bodies WHERE id = ?').get(id)) throw new AppError('not_found', BODY_NOT_FOUND);
}

function touchBody(db: Db, id: number): void {
  prepared(db, 'UPDATE bodies SET updated_at = ? WHERE id = ?').run(nowIso(), id);
}

function idSet(db: Db, source: string, bodyId: number): Set<number> {
  return new Set(prepared<{ id: number }>(db, source).all(bodyId).map((row) => row.id));
}
