import { z } from 'zod';
import type { AttendanceStatus, CalledKind, ItemKind } from '../../../shared/model/kinds';
import type { CalledPerson } from '../../../shared/model/called-person';
import { documentLinkSchema, presenterSchema, type AgendaItem } from '../../../shared/model/agenda-item';
import { reviewerSchema } from '../../../shared/model/meeting';
import { notesDocumentSchema } from '../../../shared/notes/schema';
import type { RosterPersonRow } from './bodies';
import type { Db } from './db';
import { parseStoredJson, prepared } from './sql';

/**
 * How a meeting's called persons and agenda items are read from their rows:
 * the columns to select and the turn from row to model, shared by every
 * storage module that returns them.
 */

const topicsSchema = z.array(z.string().max(500));
const linksSchema = z.array(documentLinkSchema);
const presentersSchema = z.array(presenterSchema);
export const reviewersSchema = z.array(reviewerSchema);

const CALLED_PERSON_INDEXED = `id, kind, item_id AS itemId, position, side_name AS sideName,
  category_name AS categoryName, name, party, organisation, title, role, vacant, attendance_status AS status,
  attendance_note AS note, arrived_at AS arrivedAt, left_at AS leftAt, substitute_name AS substituteName,
  substitute_remote AS substituteRemote`;

/** The columns of a called person, named as `CalledPersonRow` expects. */
export const CALLED_PERSON_COLUMNS = `${CALLED_PERSON_INDEXED}, email, absence_reported_on AS reportedOn`;

/**
 * The same for the search index, which migration 8 builds before the
 * columns of later migrations exist: the address and the day a förhinder was
 * reported are not searched, so they are read as empty.
 */
export const CALLED_PERSON_SEARCH_COLUMNS = `${CALLED_PERSON_INDEXED}, '' AS email, NULL AS reportedOn`;

export interface CalledPersonRow extends RosterPersonRow {
  id: number;
  kind: CalledKind;
  itemId: number | null;
  position: number;
  sideName: string;
  categoryName: string;
  status: AttendanceStatus;
  note: string;
  arrivedAt: string | null;
  leftAt: string | null;
  substituteName: string;
  substituteRemote: 0 | 1;
  reportedOn: string | null;
}

export interface AgendaItemRow {
  id: number;
  parentId: number | null;
  position: number;
  title: string;
  standing: 0 | 1;
  topicsJson: string;
  kind: ItemKind;
  minutes: number | null;
  attachment: 0 | 1;
  linksJson: string;
  presentersJson: string;
  standpoint: string;
  notesJson: string | null;
  notesRevision: number;
}

/** The columns of an agenda item, named as `AgendaItemRow` expects (table alias `i`). */
export const AGENDA_ITEM_COLUMNS = `i.id, i.parent_id AS parentId, i.position, i.title, i.standing, i.topics_json AS topicsJson,
  i.kind, i.minutes, i.attachment, i.links_json AS linksJson, i.presenters_json AS presentersJson, i.standpoint,
  i.notes_json AS notesJson, i.notes_revision AS notesRevision`;

/** A meeting's agenda in document order: each top-level item followed by its sub-items. */
export function agendaOf(db: Db, meetingId: number): AgendaItem[] {
  return prepared<AgendaItemRow>(
    db,
    `SELECT ${AGENDA_ITEM_COLUMNS}
     FROM agenda_items i LEFT JOIN agenda_items p ON p.id = i.parent_id
     WHERE i.meeting_id = ?
     ORDER BY coalesce(p.position, i.position), coalesce(p.id, i.id), i.parent_id IS NOT NULL, i.position, i.id`,
  )
    .all(meetingId)
    .map(toAgendaItem);
}

export function toCalledPerson(row: CalledPersonRow): CalledPerson {
  return {
    id: row.id,
    kind: row.kind,
    sideName: row.sideName,
    categoryName: row.categoryName,
    position: row.position,
    name: row.name,
    party: row.party,
    organisation: row.organisation,
    title: row.title,
    role: row.role,
    vacant: row.vacant === 1,
    email: row.email,
    itemId: row.itemId,
    attendance: {
      status: row.status,
      note: row.note,
      arrivedAt: row.arrivedAt,
      leftAt: row.leftAt,
      substituteName: row.substituteName,
      substituteRemote: row.substituteRemote === 1,
      reportedOn: row.reportedOn,
    },
  };
}

export function toAgendaItem(row: AgendaItemRow): AgendaItem {
  const title = row.title.trim().slice(0, 80);
  const item = title ? `punkten "${title}"` : 'en punkt på dagordningen';
  return {
    id: row.id,
    parentId: row.parentId,
    position: row.position,
    title: row.title,
    standing: row.standing === 1,
    topics: parseStoredJson(topicsSchema, row.topicsJson, `Underrubrikerna till ${item}`),
    kind: row.kind,
    minutes: row.minutes,
    attachment: row.attachment === 1,
    links: parseStoredJson(linksSchema, row.linksJson, `Länkarna till ${item}`),
    presenters: parseStoredJson(presentersSchema, row.presentersJson, `Föredragande för ${item}`),
    standpoint: row.standpoint,
    notes: row.notesJson === null ? null : parseStoredJson(notesDocumentSchema, row.notesJson, `Anteckningarna till ${item}`),
    notesRevision: row.notesRevision,
  };
}

