import { z } from 'zod';
import { notesDocumentSchema } from '../notes/schema';

/**
 * The domain model shared by main and renderer. The zod schemas are the
 * source of truth: IPC validation, the meeting file and the TypeScript types
 * all derive from them, so a field cannot drift between layers.
 */

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datumet ska skrivas ÅÅÅÅ-MM-DD.')
  .refine(isRealDate, 'Datumet finns inte i kalendern.');

export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Tiden ska skrivas TT.MM, till exempel 13.00.');

export const idSchema = z.number().int().positive();

export const ROLES = [
  'ordforande',
  'vice_ordforande',
  'forste_vice_ordforande',
  'andre_vice_ordforande',
  'sekreterare',
  'ledamot',
  'adjungerad',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Where a called person was: in the room, on the link, away with apologies,
 * absent, or not yet marked. Arriving late, leaving early and being replaced
 * are not statuses of their own: they are times and a substitute beside the
 * status (see `attendanceSchema`), because real meetings combine them ("late
 * and on Teams", "left at 14.10 and was replaced").
 */
export const ATTENDANCE_STATUSES = ['unmarked', 'present', 'remote', 'excused', 'absent'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const ITEM_KINDS = [
  'information',
  'dialog',
  'information_dialog',
  'standpoint',
  'decision',
  'other',
] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const MEETING_STATUSES = ['draft', 'review', 'approved'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const DATE_STYLES = ['long', 'iso'] as const;
export const dateStyleSchema = z.enum(DATE_STYLES);
export type DateStyle = z.infer<typeof dateStyleSchema>;

export const STANDPOINT_PLACEMENTS = ['afterPresenters', 'endOfItem'] as const;
export const standpointPlacementSchema = z.enum(STANDPOINT_PLACEMENTS);
export type StandpointPlacement = z.infer<typeof standpointPlacementSchema>;

export const ATTENDANCE_STYLES = ['lines', 'markers', 'blocks'] as const;
export const attendanceStyleSchema = z.enum(ATTENDANCE_STYLES);
export type AttendanceStyle = z.infer<typeof attendanceStyleSchema>;

/** The order of a person's details after the name: "Namn, organisation, titel" or "Namn, titel, organisation". */
export const PERSON_DETAIL_ORDERS = ['organisationTitle', 'titleOrganisation'] as const;
export const personDetailOrderSchema = z.enum(PERSON_DETAIL_ORDERS);
export type PersonDetailOrder = z.infer<typeof personDetailOrderSchema>;

/** Where an attendance marker ("förhindrad") stands: right after the name, or at the end of the person's line. */
export const MARKER_PLACEMENTS = ['afterName', 'endOfLine'] as const;
export const markerPlacementSchema = z.enum(MARKER_PLACEMENTS);
export type MarkerPlacement = z.infer<typeof markerPlacementSchema>;

/**
 * How the body's name agrees in a standpoint: like an en-word ("styrgruppen
 * ställer sig positiv"), an ett-word ("samrådsorganet ställer sig positivt")
 * or a plural ("LGS ledamöter ställer sig positiva").
 */
export const NAME_FORMS = ['common', 'neuter', 'plural'] as const;
export const nameFormSchema = z.enum(NAME_FORMS);
export type NameForm = z.infer<typeof nameFormSchema>;

/** Whether a standing item stands before the meeting's subject items or after them. */
export const STANDING_PLACEMENTS = ['beforeSubjects', 'afterSubjects'] as const;
export const standingPlacementSchema = z.enum(STANDING_PLACEMENTS);
export type StandingPlacement = z.infer<typeof standingPlacementSchema>;

/** A standing item of the body ("Mötets öppnande" with a) and b)), which every new meeting starts with. */
export const bodyStandingItemSchema = z.object({
  title: z.string().trim().min(1, 'Punkten behöver en rubrik.').max(1000),
  /** Sub-items a), b) … */
  children: z.array(z.string().trim().min(1, 'Underpunkten behöver en rubrik.').max(1000)).max(26),
  placement: standingPlacementSchema,
});
export type BodyStandingItem = z.infer<typeof bodyStandingItemSchema>;

const shortText = z.string().max(500);
const name = z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200);

export const memberSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  party: z.string().max(20),
  organisation: shortText,
  title: shortText,
  role: roleSchema,
  vacant: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

export const categorySchema = z.object({
  id: idSchema,
  name,
  members: z.array(memberSchema),
});
export type Category = z.infer<typeof categorySchema>;

export const sideSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  categories: z.array(categorySchema),
});
export type Side = z.infer<typeof sideSchema>;

export const plannedDateSchema = z.object({
  date: isoDateSchema,
  note: z.string().max(200),
});
export type PlannedDate = z.infer<typeof plannedDateSchema>;

export const bodySettingsSchema = z.object({
  name,
  shortName: z.string().trim().min(1, 'Kortnamnet får inte vara tomt.').max(40),
  formalName: shortText,
  documentTitle: shortText,
  defaultPlace: shortText,
  defaultMeetingForm: shortText,
  defaultStartTime: clockTimeSchema.or(z.literal('')),
  defaultEndTime: clockTimeSchema.or(z.literal('')),
  dateStyle: dateStyleSchema,
  standpointPlacement: standpointPlacementSchema,
  summaryOfStandpoints: z.boolean(),
  attendanceStyle: attendanceStyleSchema,
  /** Items printed as "1. Rubrik" (and sub-items "a)"); off: plain headings, as many bodies write. */
  numberedItems: z.boolean().default(true),
  /** A "Dagordning" heading above the items. */
  agendaHeading: z.boolean().default(true),
  personDetailOrder: personDetailOrderSchema.default('organisationTitle'),
  markerPlacement: markerPlacementSchema.default('afterName'),
  nameForm: nameFormSchema.default('common'),
  /** The name in definite form for standpoints ("Styrgruppen", "Samrådsorganet"); empty: the short name. */
  definiteName: z.string().max(200).default(''),
});
export type BodySettings = z.infer<typeof bodySettingsSchema>;

/** How a new body lays out its minutes until the secretary says otherwise (as the reference SRO minutes). */
export const DEFAULT_BODY_LAYOUT = {
  numberedItems: true,
  agendaHeading: true,
  personDetailOrder: 'organisationTitle',
  markerPlacement: 'afterName',
  nameForm: 'common',
  definiteName: '',
} as const satisfies Partial<BodySettings>;

export const bodySettingsInputSchema = bodySettingsSchema.refine(
  (b) => endAfterStart(b.defaultStartTime, b.defaultEndTime),
  { message: 'Sluttiden måste vara efter starttiden.', path: ['defaultEndTime'] },
);

export const bodySchema = bodySettingsSchema.extend({
  id: idSchema,
  /** The file name of the organisation's .docx template that DOCX exports take their styles from; null: the built-in look. */
  docxTemplateName: z.string().nullable(),
  plannedDates: z.array(plannedDateSchema),
  sides: z.array(sideSchema),
  /** What every new meeting of the body starts with, in order. */
  standingItems: z.array(bodyStandingItemSchema),
});
export type Body = z.infer<typeof bodySchema>;

export const bodySummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  memberCount: z.number().int().nonnegative(),
  meetingCount: z.number().int().nonnegative(),
  nextPlannedDate: isoDateSchema.nullable(),
});
export type BodySummary = z.infer<typeof bodySummarySchema>;

export const CALLED_KINDS = ['member', 'invitee', 'guest'] as const;
export const calledKindSchema = z.enum(CALLED_KINDS);
export type CalledKind = z.infer<typeof calledKindSchema>;

export const attendanceSchema = z.object({
  status: attendanceStatusSchema,
  /** Free text such as "hade ej fått kallelsen". */
  note: z.string().max(500),
  /** Present or on the link from this time ("från 13.50"); null: from the start. */
  arrivedAt: clockTimeSchema.nullable(),
  /** Present or on the link until this time ("till 14.10"); null: to the end. */
  leftAt: clockTimeSchema.nullable(),
  /**
   * Who attended in this person's place: for the whole meeting when the
   * person was away, else for the part the person missed ("till 13.30, Y ersätter").
   */
  substituteName: z.string().max(200),
  /** The substitute joined on the link rather than in the room. */
  substituteRemote: z.boolean(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Nobody has marked the person yet. */
export const UNMARKED_ATTENDANCE: Attendance = {
  status: 'unmarked',
  note: '',
  arrivedAt: null,
  leftAt: null,
  substituteName: '',
  substituteRemote: false,
};

/**
 * Attendance as files and events written before times and substitutes could
 * be combined with a status: "delvis" becomes present with its times,
 * "ersättare" becomes away with the substitute, and a missing
 * `substituteRemote` is false. Current attendance passes unchanged.
 */
export const storedAttendanceSchema = z.preprocess((value) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  return { substituteRemote: false, ...v, status: upgradeLegacyStatus(v.status) };
}, attendanceSchema);

/** "partial" and "substitute" of files and events written before migration 5, as today's statuses. */
export function upgradeLegacyStatus(status: unknown): unknown {
  if (status === 'partial') return 'present';
  if (status === 'substitute') return 'excused';
  return status;
}

/** A person called to one meeting: a frozen copy of the roster entry. */
export const calledPersonSchema = z.object({
  id: idSchema,
  kind: calledKindSchema,
  sideName: z.string().max(200),
  categoryName: z.string().max(200),
  position: z.number().int().nonnegative(),
  name: z.string().max(200),
  party: z.string().max(20),
  organisation: shortText,
  title: shortText,
  role: roleSchema,
  vacant: z.boolean(),
  /** For a guest: the agenda item the guest was invited to. */
  itemId: idSchema.nullable(),
  attendance: attendanceSchema,
});
export type CalledPerson = z.infer<typeof calledPersonSchema>;

export const presenterSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().max(200),
});
export type Presenter = z.infer<typeof presenterSchema>;

export const safeUrlSchema = z
  .string()
  .max(2000)
  .refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'Länken måste börja med http://, https:// eller mailto:.');

export const documentLinkSchema = z.object({
  title: z.string().trim().min(1).max(500),
  url: safeUrlSchema,
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  /** Sub-items (a), b)) point at their parent item. */
  parentId: idSchema.nullable(),
  position: z.number().int().nonnegative(),
  title: z.string().max(1000),
  /**
   * A standing item (Mötets öppnande, Godkännande av dagens agenda …) that
   * every meeting of the body has; carried over to the next meeting.
   */
  standing: z.boolean(),
  topics: z.array(z.string().max(500)),
  kind: itemKindSchema,
  minutes: z.number().int().nonnegative().max(24 * 60).nullable(),
  attachment: z.boolean(),
  links: z.array(documentLinkSchema),
  presenters: z.array(presenterSchema),
  standpoint: z.string().max(20000),
  notes: notesDocumentSchema.nullable(),
  notesRevision: z.number().int().nonnegative(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const taskSchema = z.object({
  id: idSchema,
  itemId: idSchema.nullable(),
  what: z.string().trim().min(1).max(2000),
  owner: z.string().max(200),
  deadline: isoDateSchema.nullable(),
  done: z.boolean(),
});
export type Task = z.infer<typeof taskSchema>;

export const meetingHeaderSchema = z.object({
  title: z.string().max(500),
  subtitle: z.string().max(500),
  date: isoDateSchema,
  startTime: clockTimeSchema.or(z.literal('')),
  endTime: clockTimeSchema.or(z.literal('')),
  meetingForm: z.string().max(500),
  place: z.string().max(500),
  calledText: z.string().max(500),
  diaryNumber: z.string().max(100),
  /** "Vid anteckningarna": who took the minutes. */
  secretaryName: z.string().max(200),
});
export type MeetingHeader = z.infer<typeof meetingHeaderSchema>;

/** Minutes since midnight of "HH.MM" / "HH:MM". */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(/[.:]/).map(Number) as [number, number];
  return h * 60 + m;
}

function endAfterStart(start: string, end: string): boolean {
  return start === '' || end === '' || clockMinutes(end) > clockMinutes(start);
}

/** The header as the secretary edits it: the end time must come after the start. */
export const meetingHeaderInputSchema = meetingHeaderSchema.refine((h) => endAfterStart(h.startTime, h.endTime), {
  message: 'Sluttiden måste vara efter starttiden.',
  path: ['endTime'],
});

/** Who checked the minutes ("Justerat av"), e.g. name and "LGS ordförande". */
export const reviewerSchema = z.object({
  name: z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200),
  role: z.string().max(200),
});
export type Reviewer = z.infer<typeof reviewerSchema>;

export const meetingSchema = meetingHeaderSchema.extend({
  id: idSchema,
  bodyId: idSchema,
  status: meetingStatusSchema,
  reviewers: z.array(reviewerSchema),
  /** The day the minutes were approved (justerade); set with status 'approved'. */
  approvedOn: isoDateSchema.nullable(),
  /** 1 for the first version; each unlock of approved minutes starts a new one. */
  version: z.number().int().min(1),
  /** "HH.MM" when the chair opened the meeting, stamped in live mode. */
  openedAt: clockTimeSchema.nullable(),
  /** "HH.MM" when the meeting was closed ("Mötet avslutades kl. 15.02"), stamped in live mode. */
  closedAt: clockTimeSchema.nullable(),
  secretaryName: z.string().max(200),
  calledPersons: z.array(calledPersonSchema),
  agenda: z.array(agendaItemSchema),
  tasks: z.array(taskSchema),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * A meeting as an earlier release kept it (a version kept when approved
 * minutes were unlocked): fields added since take their defaults, and
 * attendance is read as today's.
 */
export const storedMeetingSchema = meetingSchema.extend({
  closedAt: clockTimeSchema.nullable().default(null),
  calledPersons: z.array(calledPersonSchema.extend({ attendance: storedAttendanceSchema })),
});

export const meetingSummarySchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  bodyShortName: z.string(),
  title: z.string(),
  date: isoDateSchema,
  status: meetingStatusSchema,
  itemCount: z.number().int().nonnegative(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An earlier, frozen version of a meeting's minutes, kept when they were unlocked. */
export const meetingVersionSchema = z.object({
  version: z.number().int().min(1),
  /** When this version was closed by an unlock (ISO UTC). */
  unlockedAt: z.string(),
  unlockedBy: z.string(),
  reason: z.string(),
  approvedOn: isoDateSchema.nullable(),
});
export type MeetingVersion = z.infer<typeof meetingVersionSchema>;

export const standpointTemplateSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  label: z.string().trim().min(1, 'Mallen behöver ett namn.').max(200),
  text: z.string().trim().min(1, 'Mallen behöver en text.').max(5000),
  kinds: z.array(itemKindSchema),
  standing: z.enum(['agendaApproved', 'noOtherQuestions', 'noRemarksOnPreviousMinutes']).nullable(),
  position: z.number().int().nonnegative(),
});
export type StandpointTemplate = z.infer<typeof standpointTemplateSchema>;

/** The fields of an agenda item the agenda editor changes (notes and standpoint save on their own). */
export const agendaItemPatchSchema = agendaItemSchema
  .pick({ title: true, topics: true, kind: true, minutes: true, attachment: true, links: true, presenters: true })
  .partial();
export type AgendaItemPatch = z.infer<typeof agendaItemPatchSchema>;
