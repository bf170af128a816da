import { z } from 'zod';
import { attendanceEventSchema, pastedCalledPersonSchema } from '../model/attendance';
import { rosterInputSchema } from '../model/roster';
import {
  agendaItemPatchSchema,
  agendaItemSchema,
  clockTimeSchema,
  meetingStatusSchema,
  meetingVersionSchema,
  reviewerSchema,
  standpointTemplateSchema,
  taskSchema,
  attendanceSchema,
  bodySchema,
  bodySettingsInputSchema,
  calledPersonSchema,
  isoDateSchema,
  plannedDateSchema,
  bodySummarySchema,
  idSchema,
  meetingHeaderInputSchema,
  meetingHeaderSchema,
  meetingSchema,
  meetingSummarySchema,
} from '../model/domain';
import { emailSchema } from '../model/values';
import { archivePageSchema, archiveYearNumberSchema, bodyMeetingsOverviewSchema } from '../model/archive';
import { carryOverSchema } from '../model/new-meeting';
import { taskListEntrySchema, taskListPageSchema, taskListQuerySchema } from '../model/task-list';
import { standingItemsInputSchema } from '../model/standing-agenda';
import { notesDocumentSchema } from '../notes/schema';
import { notesChoiceSchema, notesCopySchema, storedNotesSchema } from '../notes/copies';
import { searchRequestSchema, searchResultSchema } from '../search/schema';
import { MAX_IMPORT_BYTES, sourceDocumentSchema } from '../import/source';
import { teamsAppliedSchema, teamsReadingSchema, teamsReadRequestSchema } from '../import/teams/channels';
import { teamsApplyInputSchema } from '../import/teams/plan';
import type { ChannelName } from './channels';
import { beforeMeetingContract } from './contract-before-meeting';
import { afterMeetingContract } from './contract-after-meeting';
import { spellingContract } from './contract-spelling';

/**
 * The IPC contract: one declaration per channel with the runtime schema of
 * its request and response. Main validates every request against it; the
 * renderer's client and main's handler table take their types from it.
 */

interface ChannelSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  /** Changes data; the browser host and tests use this to know which calls write. */
  writes: boolean;
}

function query<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response, writes: false };
}
function command<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response, writes: true };
}

const none = z.strictObject({});

/** DOCX, PDF, PDF/A-2b for the archive, the print HTML, and the meeting file (JSON). */
export const EXPORT_FORMATS = ['docx', 'pdf', 'pdfa', 'html', 'json'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof exportFormatSchema>;
const byId = z.strictObject({ id: idSchema });

/** One backup file; `takenAt` is local wall-clock time ("2026-11-22T07:15:03") read from its name. */
export const backupEntrySchema = z.object({
  fileName: z.string(),
  takenAt: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

/** The largest .docx template a body can keep, in bytes, and the same as base64 text. */
export const DOCX_TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;
const DOCX_TEMPLATE_MAX_BASE64 = Math.ceil(DOCX_TEMPLATE_MAX_BYTES / 3) * 4;

export const contract = {
  'app:info': query(
    none,
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      databasePath: z.string(),
      /** Set when the database was damaged at start and replaced by a backup: shown once as a banner. */
      startupNotice: z.string().nullable().optional(),
    }),
  ),
  'bodies:list': query(none, z.array(bodySummarySchema)),
  'bodies:get': query(byId, bodySchema),
  'meetings:list': query(z.strictObject({ bodyId: idSchema.optional() }), z.array(meetingSummarySchema)),
  'meetings:get': query(byId, meetingSchema),
  'meetings:updateHeader': command(
    z.strictObject({ id: idSchema, header: meetingHeaderInputSchema }),
    z.object({ header: meetingHeaderSchema, updatedAt: z.string() }),
  ),
  'notes:save': command(
    z.strictObject({
      meetingId: idSchema,
      itemId: idSchema,
      notes: notesDocumentSchema,
      /**
       * Set only when the secretary emptied notes that had text. Without it an
       * empty document never replaces stored text (a failed load must not wipe notes).
       */
      replaceWithEmpty: z.boolean().optional(),
      /**
       * The stored revision the editor's text started from (the item's
       * `notesRevision`, then each save's answer). A save whose base is no
       * longer the stored revision is refused with a conflict (field
       * `baseRevision`): another window wrote to the item meanwhile. The app
       * always sends it; absent, as from a script, the last write wins.
       */
      baseRevision: z.number().int().nonnegative().optional(),
    }),
    z.object({ revision: z.number().int().nonnegative(), savedAt: z.string() }),
  ),
  /** What is stored for one item now, with its revision (the text another window saved). */
  'notes:get': query(z.strictObject({ meetingId: idSchema, itemId: idSchema }), storedNotesSchema),
  /**
   * Ends a notes conflict in one transaction: `keep: 'mine'` stores the
   * editor's text and keeps the stored one as a copy; `keep: 'saved'` keeps
   * the stored text and the editor's as a copy. Answers with what is stored.
   */
  'notes:resolve': command(
    z.strictObject({ meetingId: idSchema, itemId: idSchema, keep: notesChoiceSchema, notes: notesDocumentSchema }),
    storedNotesSchema,
  ),
  /** The copies kept when conflicts were settled, of a meeting or one of its items, oldest first. */
  'notes:copies': query(
    z.strictObject({ meetingId: idSchema, itemId: idSchema.optional() }),
    z.array(notesCopySchema),
  ),
  'bodies:create': command(z.strictObject({ settings: bodySettingsInputSchema }), bodySchema),
  'bodies:updateSettings': command(z.strictObject({ id: idSchema, settings: bodySettingsInputSchema }), bodySchema),
  'bodies:setPlannedDates': command(
    z.strictObject({ id: idSchema, dates: z.array(plannedDateSchema).max(100) }),
    bodySchema,
  ),
  /** The standing items every new meeting of the body starts with, in order; replaces the list. */
  'bodies:setStandingItems': command(z.strictObject({ id: idSchema, items: standingItemsInputSchema }), bodySchema),
  /**
   * The organisation's own .docx template for the body's DOCX exports, read
   * and checked before it is stored; `contentBase64: null` removes it.
   */
  'bodies:setDocxTemplate': command(
    z.strictObject({
      id: idSchema,
      fileName: z
        .string()
        .trim()
        .min(1, 'Mallen saknar filnamn.')
        .max(200, 'Filnamnet är för långt (högst 200 tecken).')
        .refine((name) => name.toLowerCase().endsWith('.docx'), 'Välj ett Word-dokument som slutar på .docx.'),
      contentBase64: z
        .string()
        .max(DOCX_TEMPLATE_MAX_BASE64, 'Mallen är för stor (högst 10 MB).')
        .nullable(),
    }),
    bodySchema,
  ),
  /** Saves the whole ordered roster of a body; past meetings keep their own copy. */
  'roster:save': command(z.strictObject({ bodyId: idSchema, sides: rosterInputSchema }), bodySchema),
  /** Roster copied into the called list, header from the body's defaults, standing items. */
  'meetings:createFromBody': command(
    z.strictObject({ bodyId: idSchema, date: isoDateSchema.optional() }),
    z.object({ id: idSchema }),
  ),
  /**
   * The next meeting after an earlier one: the body's standing items, the
   * earlier meeting's open tasks and called list. `carryOver` says which of
   * them the secretary chose; without it, all of them.
   */
  'meetings:createFromPrevious': command(
    z.strictObject({ meetingId: idSchema, date: isoDateSchema.optional(), carryOver: carryOverSchema.optional() }),
    z.object({ id: idSchema }),
  ),
  /** `reportedOn` may be left out: main dates a förhinder marked before the meeting itself (see setAttendance). */
  'attendance:set': command(
    z.strictObject({ meetingId: idSchema, personId: idSchema, attendance: attendanceSchema.extend({ reportedOn: isoDateSchema.nullable().default(null) }) }),
    z.object({ person: calledPersonSchema, event: attendanceEventSchema }),
  ),
  /**
   * Takes back the meeting's latest attendance change (Ctrl+Z / "Ångra"); a
   * change made together with others (one batch) with all of them. `persons`:
   * everyone changed back; `person`: the last of them, or null with nothing to undo;
   * `removed`: persons the step had added to the called list (Teams guests), removed again.
   */
  'attendance:undo': command(
    z.strictObject({ meetingId: idSchema }),
    z.object({ person: calledPersonSchema.nullable(), persons: z.array(calledPersonSchema), removed: z.array(idSchema) }),
  ),
  'attendance:history': query(z.strictObject({ meetingId: idSchema }), z.array(attendanceEventSchema)),
  /** "Markera övriga som närvarande": every unmarked member in a seat and invitee becomes present, as one undo step. */
  'attendance:markUnmarkedPresent': command(
    z.strictObject({ meetingId: idSchema }),
    z.object({ persons: z.array(calledPersonSchema), events: z.array(attendanceEventSchema) }),
  ),
  /**
   * A pasted "Kallade" list applied to a meeting: those not yet called are
   * added as members, the marks ("förhindrad" …) become attendance, as one undo step.
   */
  'attendance:applyPasted': command(
    z.strictObject({ meetingId: idSchema, persons: z.array(pastedCalledPersonSchema).min(1).max(1000) }),
    z.object({
      added: z.array(calledPersonSchema),
      persons: z.array(calledPersonSchema),
      events: z.array(attendanceEventSchema),
    }),
  ),
  /** Adds an invitee (whole meeting) or a guest (one item, itemId required). */
  'called:add': command(
    z.strictObject({
      meetingId: idSchema,
      kind: z.enum(['invitee', 'guest']),
      itemId: idSchema.nullable(),
      name: z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200),
      title: z.string().max(500),
      organisation: z.string().max(500),
      email: emailSchema,
    }),
    calledPersonSchema,
  ),
  /** Removes an invitee or a guest; members stay on the called list. */
  'called:remove': command(z.strictObject({ meetingId: idSchema, personId: idSchema }), z.object({ removed: z.boolean() })),
  /** A new item after `afterItemId` (or first), top level or as a sub-item of `parentId`. */
  'agenda:add': command(
    z.strictObject({
      meetingId: idSchema,
      parentId: idSchema.nullable(),
      afterItemId: idSchema.nullable(),
      title: z.string().max(1000),
    }),
    agendaItemSchema,
  ),
  'agenda:update': command(
    z.strictObject({ meetingId: idSchema, itemId: idSchema, patch: agendaItemPatchSchema }),
    agendaItemSchema,
  ),
  /** Moves an item to `index` among the children of `parentId` (null: top level); returns the renumbered agenda. */
  'agenda:move': command(
    z.strictObject({ meetingId: idSchema, itemId: idSchema, parentId: idSchema.nullable(), index: z.number().int().nonnegative() }),
    z.array(agendaItemSchema),
  ),
  'agenda:remove': command(z.strictObject({ meetingId: idSchema, itemId: idSchema }), z.object({ removed: z.boolean() })),
  'standpoint:save': command(
    z.strictObject({ meetingId: idSchema, itemId: idSchema, standpoint: z.string().max(20000) }),
    z.object({ savedAt: z.string() }),
  ),
  'templates:list': query(z.strictObject({ bodyId: idSchema }), z.array(standpointTemplateSchema)),
  'templates:save': command(
    z.strictObject({
      bodyId: idSchema,
      template: standpointTemplateSchema.pick({ label: true, text: true, kinds: true }).extend({ id: idSchema.optional() }),
    }),
    standpointTemplateSchema,
  ),
  'templates:remove': command(z.strictObject({ bodyId: idSchema, templateId: idSchema }), z.object({ removed: z.boolean() })),
  'tasks:save': command(
    z.strictObject({ meetingId: idSchema, task: taskSchema.extend({ id: idSchema.optional() }) }),
    taskSchema,
  ),
  'tasks:remove': command(z.strictObject({ meetingId: idSchema, taskId: idSchema }), z.object({ removed: z.boolean() })),
  /** "Uppdrag": every task of every body, a chain of carried copies as one entry; one page of the filtered list. */
  'tasks:list': query(taskListQuerySchema, taskListPageSchema),
  /**
   * Marks a task (any row of its chain) done or open again from the list: its
   * latest row. Allowed on approved minutes by design: there only when and
   * from where are recorded, and the minutes keep their text.
   */
  'tasks:setDone': command(z.strictObject({ taskId: idSchema, done: z.boolean() }), taskListEntrySchema),
  /** Live mode: stamps "Mötet öppnades kl. HH.MM" (once; returns the stamp). */
  'meetings:open': command(z.strictObject({ meetingId: idSchema }), z.object({ openedAt: clockTimeSchema })),
  /** Live mode: stamps "Mötet avslutades kl. HH.MM" (a later close moves the stamp). */
  'meetings:close': command(z.strictObject({ meetingId: idSchema }), z.object({ closedAt: clockTimeSchema })),
  /** Deletes a meeting for good; the secretary confirms by typing the meeting's date. */
  'meetings:remove': command(
    z.strictObject({ id: idSchema, confirmDate: isoDateSchema }),
    z.object({ removed: z.literal(true) }),
  ),
  /** Utkast → För justering → Justerad (reviewers and date required for Justerad). */
  'review:set': command(
    z.strictObject({
      meetingId: idSchema,
      status: meetingStatusSchema,
      reviewers: z.array(reviewerSchema).max(10),
      approvedOn: isoDateSchema.nullable(),
    }),
    z.object({ status: meetingStatusSchema, reviewers: z.array(reviewerSchema), approvedOn: isoDateSchema.nullable(), version: z.number().int() }),
  ),
  /** Lås upp: keeps the approved version, records who, when and why, and starts a new draft version. */
  'review:unlock': command(
    z.strictObject({
      meetingId: idSchema,
      who: z.string().trim().min(1, 'Ange vem som låser upp.').max(200),
      reason: z.string().trim().min(1, 'Ange varför mötesanteckningen låses upp.').max(2000),
    }),
    z.object({ version: z.number().int().min(1) }),
  ),
  'versions:list': query(z.strictObject({ meetingId: idSchema }), z.array(meetingVersionSchema)),
  'versions:get': query(z.strictObject({ meetingId: idSchema, version: z.number().int().min(1) }), meetingSchema),
  /** The start page: per body the next meetings, the latest held, older ones not yet approved, and the total. */
  'meetings:overview': query(none, z.array(bodyMeetingsOverviewSchema)),
  /** A body's archive: its years with counts, and one year's meetings and year log (the newest year without `year`). */
  'archive:year': query(
    z.strictObject({ bodyId: idSchema, year: archiveYearNumberSchema.nullable() }),
    archivePageSchema,
  ),
  /** Writes the year log ("Beslutslogg 2026") to the export folder, as `export:file` writes minutes. */
  'export:yearLog': query(
    z.strictObject({ bodyId: idSchema, year: archiveYearNumberSchema, format: z.enum(['docx', 'pdf']), overwrite: z.boolean() }),
    z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int().nonnegative() }),
  ),
  /** The print HTML of the minutes, for "Förhandsgranska" (shown in a sandboxed frame). */
  /** The print HTML; `forPrintDialog` adds the PDF's running header and page numbers as page boxes ("Skriv ut"). */
  'export:preview': query(
    z.strictObject({ meetingId: idSchema, forPrintDialog: z.boolean().optional() }),
    z.object({ html: z.string(), title: z.string() }),
  ),
  /**
   * Writes the minutes to the export folder (database unchanged, so not a write).
   * An existing file is replaced only with `overwrite: true`; else error 'conflict'.
   */
  'export:file': query(
    z.strictObject({ meetingId: idSchema, format: exportFormatSchema, overwrite: z.boolean() }),
    z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int().nonnegative() }),
  ),
  /** Shows an exported file in the file manager; `shown: false` where the host cannot (browser host). */
  'export:showInFolder': query(z.strictObject({ path: z.string().min(1).max(4096) }), z.object({ shown: z.boolean() })),
  /** The backups beside the database ("Säkerhetskopior"), newest first, and how long they are kept. */
  'backups:list': query(
    none,
    z.object({
      folder: z.string(),
      keepDays: z.number().int().positive(),
      backups: z.array(backupEntrySchema),
      /** What the backups take, the free space on the disk, and a warning when it is short. */
      space: z.object({
        totalBytes: z.number().nonnegative(),
        count: z.number().int().nonnegative(),
        freeBytes: z.number().nonnegative().nullable(),
        warning: z.string().nullable(),
      }),
    }),
  ),
  /** "Gör en säkerhetskopia nu" (the database itself is unchanged, so not a write). */
  'backups:create': query(none, backupEntrySchema),
  /**
   * "Återställ från säkerhetskopia": the current data is first kept as a new
   * backup (`safety`), then the chosen one is copied into the database.
   */
  'backups:restore': command(
    z.strictObject({ fileName: z.string().min(1).max(300) }),
    z.object({ restored: backupEntrySchema, safety: backupEntrySchema }),
  ),
  /** "Sök": every meeting of every body, ranked, a page of hits at a time. */
  'search:query': query(searchRequestSchema, searchResultSchema),
  /**
   * "Importera mötesanteckningar": a Word file, a PDF or a text file read
   * into paragraphs and tables (nothing is written); the renderer recognises
   * the minutes in it and shows them for review.
   */
  'import:read': query(
    z.strictObject({
      fileName: z.string().trim().min(1).max(300),
      contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4),
    }),
    sourceDocumentSchema,
  ),
  /**
   * "Spara som möte": the reviewed meeting as a meeting file, into the chosen
   * body (`bodyId`) or a new body made from the document (`bodyId` null).
   * The file is checked in main like an imported meeting file.
   */
  'import:save': command(
    z.strictObject({ file: z.unknown(), bodyId: idSchema.nullable() }),
    z.object({ meetingId: idSchema, bodyId: idSchema }),
  ),
  /** "Läs in närvarorapport från Teams": the report read and matched to the called persons; nothing is written. */
  'teams:read': query(teamsReadRequestSchema, teamsReadingSchema),
  /** "Markera med på länk": the confirmed matches on the link (times when late or early), guests added; one Undo step. */
  'teams:apply': command(teamsApplyInputSchema, teamsAppliedSchema),
  ...beforeMeetingContract,
  ...afterMeetingContract,
  ...spellingContract,
} satisfies { [C in ChannelName]: ChannelSpec<z.ZodType, z.ZodType> };

type Contract = typeof contract;

/** What a caller passes (before defaults and transforms). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives: the request after validation. */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;
