import { z } from 'zod';
import {
  agendaItemSchema,
  clockTimeSchema,
  isoDateSchema,
  meetingHeaderSchema,
  meetingStatusSchema,
  reviewerSchema,
  storedAttendanceSchema,
  bodySettingsOf,
  meetingHeaderOf,
  type AgendaItem,
  type Body,
  type Meeting,
  type Task,
} from '../model/domain';
import { asNewCalledPerson, newBodySchema, newCalledPersonSchema, newTaskSchema, plainAgendaItem } from '../model/new-meeting';
import { MAX_JSON_DEPTH, NOTES_MAX_TEXT, jsonShapeProblem, notesDocumentSchema } from '../notes/schema';
import { safeParseSwedish } from '../format/validationMessages';

/**
 * The meeting file ("mötesfil"): one meeting with its body's settings and
 * roster as a JSON document, for moving minutes between computers and for
 * writing a meeting by hand or by another program. Ids are left out; nesting
 * replaces them (sub-items under their item, guests and tasks under the item
 * they belong to). An item's notes are either Anteckna's stored Lexical JSON
 * (`notes`) or Markdown (`notesMarkdown`), converted on import.
 */

export const MEETING_FILE_FORMAT = 'anteckna-mötesfil';
export const MEETING_FILE_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MEETING_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** Notes sit a few levels further in than in a save, so any notes the app stored fit. */
export const MEETING_FILE_MAX_DEPTH = MAX_JSON_DEPTH + 16;

/** A called person in a file; files written before times and substitutes combined with a status still read. */
const fileCalledPersonSchema = newCalledPersonSchema.extend({ attendance: storedAttendanceSchema });

const fileItemBase = agendaItemSchema
  .omit({ id: true, parentId: true, position: true, notesRevision: true, notes: true })
  .extend({
    standing: z.boolean().default(false),
    notes: notesDocumentSchema.nullable().default(null),
    /** Notes as Markdown, converted to Lexical JSON on import (only when `notes` is null); at most as long as an item's notes may be. */
    notesMarkdown: z.string().max(NOTES_MAX_TEXT).optional(),
    guests: z.array(fileCalledPersonSchema).default([]),
    tasks: z.array(newTaskSchema).default([]),
  });

/** An item with nothing but its title, as a meeting file writes it (an importer fills in the rest). */
export function blankFileItem(title: string): MeetingFileSubItem {
  return fileItemBase.parse(plainAgendaItem(title));
}

export const meetingFileItemSchema = fileItemBase.extend({
  children: z.array(fileItemBase).default([]),
});
export type MeetingFileItem = z.infer<typeof meetingFileItemSchema>;
export type MeetingFileSubItem = z.infer<typeof fileItemBase>;

export const meetingFileMeetingSchema = meetingHeaderSchema.extend({
  status: meetingStatusSchema.default('draft'),
  reviewers: z.array(reviewerSchema).default([]),
  approvedOn: isoDateSchema.nullable().default(null),
  openedAt: clockTimeSchema.nullable().default(null),
  closedAt: clockTimeSchema.nullable().default(null),
  secretaryName: z.string().max(200).default(''),
  calledPersons: z.array(fileCalledPersonSchema).default([]),
  agenda: z.array(meetingFileItemSchema).default([]),
  /** Tasks not tied to one item. */
  tasks: z.array(newTaskSchema).default([]),
});
export type MeetingFileMeeting = z.infer<typeof meetingFileMeetingSchema>;

export const meetingFileSchema = z.object({
  format: z.literal(MEETING_FILE_FORMAT),
  version: z.literal(MEETING_FILE_VERSION),
  exportedAt: z.string().max(100).default(''),
  body: newBodySchema,
  meeting: meetingFileMeetingSchema,
});
export type MeetingFile = z.infer<typeof meetingFileSchema>;

export type MeetingFileCheck = { ok: true; file: MeetingFile } | { ok: false; field: string; message: string };

/**
 * Validates a parsed meeting file; the error names the first wrong field the
 * way it is written in the file: "Mötesfilen är ogiltig: fältet
 * "meeting.agenda.2.kind" …".
 */
export function checkMeetingFile(value: unknown): MeetingFileCheck {
  const shape = jsonShapeProblem(value, MEETING_FILE_MAX_DEPTH);
  if (shape !== null) {
    const message =
      shape === 'depth'
        ? `Mötesfilen är ogiltig: innehållet är nästlat i fler än ${MEETING_FILE_MAX_DEPTH} nivåer.`
        : 'Mötesfilen är ogiltig: innehållet är för stort.';
    return { ok: false, field: '', message };
  }
  // The path is the one written in the file (for whoever wrote it by hand or by program); the rest is Swedish.
  const parsed = safeParseSwedish(meetingFileSchema, value);
  if (parsed.success) {
    const both = findNotesConflict(parsed.data);
    if (both) return { ok: false, field: both, message: `Mötesfilen är ogiltig: fältet "${both}" kan inte anges när "notes" också är ifyllt.` };
    return { ok: true, file: parsed.data };
  }
  const issue = parsed.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  return { ok: false, field, message: `Mötesfilen är ogiltig: ${describeIssue(issue, field, valueAt(value, issue?.path ?? []))}` };
}

function findNotesConflict(file: MeetingFile): string | null {
  for (const [i, item] of file.meeting.agenda.entries()) {
    if (item.notes !== null && item.notesMarkdown !== undefined) return `meeting.agenda.${i}.notesMarkdown`;
    for (const [j, child] of item.children.entries()) {
      if (child.notes !== null && child.notesMarkdown !== undefined) return `meeting.agenda.${i}.children.${j}.notesMarkdown`;
    }
  }
  return null;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeIssue(issue: z.core.$ZodIssue | undefined, field: string, input: unknown): string {
  if (!issue) return 'okänt fel.';
  const where = field ? `fältet "${field}"` : 'filen';
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${where} saknas.`;
      return `${where} har fel typ (ska vara ${typeName(issue.expected)}).`;
    case 'invalid_value':
      return `${where} har ett otillåtet värde (tillåtna: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}).`;
    case 'too_big':
      return `${where} är för långt eller för stort (högst ${String(issue.maximum)}).`;
    case 'too_small':
      return `${where} är för kort eller för litet (minst ${String(issue.minimum)}).`;
    case 'invalid_union':
      return `${where} har ett okänt innehåll.`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'true eller false';
    case 'array':
      return 'en lista';
    case 'object':
      return 'ett objekt';
    default:
      return expected;
  }
}

/** The body part of a meeting file: settings, planned dates and roster, without ids. */
export function bodyToFile(body: Body): z.infer<typeof newBodySchema> {
  return {
    ...bodySettingsOf(body),
    standingItems: body.standingItems.map((i) => ({ ...i, children: [...i.children] })),
    plannedDates: body.plannedDates.map((d) => ({ date: d.date, note: d.note })),
    sides: body.sides.map((side) => ({
      name: side.name,
      categories: side.categories.map((category) => ({
        name: category.name,
        members: category.members.map((m) => ({
          name: m.name,
          party: m.party,
          organisation: m.organisation,
          title: m.title,
          role: m.role,
          vacant: m.vacant,
          email: m.email,
        })),
      })),
    })),
  };
}

function taskToFile(t: Task): MeetingFileMeeting['tasks'][number] {
  return { what: t.what, owner: t.owner, deadline: t.deadline, done: t.done };
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) =>
  a.position - b.position || a.id - b.id;

/** A whole meeting as a meeting file (pure; `now` only stamps `exportedAt`). */
export function exportMeetingFile(meeting: Meeting, body: Body, now: Date = new Date()): MeetingFile {
  const persons = [...meeting.calledPersons].sort(byPosition);
  const tasks = [...meeting.tasks].sort((a, b) => a.id - b.id);
  const itemIds = new Set(meeting.agenda.map((i) => i.id));
  const item = (i: AgendaItem): MeetingFileSubItem => ({
    title: i.title,
    standing: i.standing,
    topics: [...i.topics],
    kind: i.kind,
    minutes: i.minutes,
    attachment: i.attachment,
    links: i.links.map((l) => ({ ...l })),
    presenters: i.presenters.map((p) => ({ ...p })),
    standpoint: i.standpoint,
    notes: i.notes,
    guests: persons.filter((p) => p.itemId === i.id).map(asNewCalledPerson),
    tasks: tasks.filter((t) => t.itemId === i.id).map(taskToFile),
  });
  const top = meeting.agenda.filter((i) => i.parentId === null).sort(byPosition);
  return {
    format: MEETING_FILE_FORMAT,
    version: MEETING_FILE_VERSION,
    exportedAt: now.toISOString(),
    body: bodyToFile(body),
    meeting: {
      ...meetingHeaderOf(meeting),
      status: meeting.status,
      reviewers: meeting.reviewers.map((r) => ({ ...r })),
      approvedOn: meeting.approvedOn,
      openedAt: meeting.openedAt,
      closedAt: meeting.closedAt,
      calledPersons: persons.filter((p) => p.itemId === null || !itemIds.has(p.itemId)).map(asNewCalledPerson),
      agenda: top.map((t) => ({
        ...item(t),
        children: meeting.agenda
          .filter((c) => c.parentId === t.id)
          .sort(byPosition)
          .map(item),
      })),
      tasks: tasks.filter((t) => t.itemId === null || !itemIds.has(t.itemId)).map(taskToFile),
    },
  };
}
