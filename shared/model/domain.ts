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

export const ATTENDANCE_STATUSES = [
  'unmarked',
  'present',
  'remote',
  'excused',
  'absent',
  'partial',
  'substitute',
] as const;
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
});
export type BodySettings = z.infer<typeof bodySettingsSchema>;

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
  /** For `partial`: when the person arrived ("efter 13.30"). */
  arrivedAt: clockTimeSchema.nullable(),
  /** For `partial`: when the person left ("lämnade 14.10"). */
  leftAt: clockTimeSchema.nullable(),
  /** For `substitute`: who attends in this person's place. */
  substituteName: z.string().max(200),
});
export type Attendance = z.infer<typeof attendanceSchema>;

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
  secretaryName: z.string().max(200),
  calledPersons: z.array(calledPersonSchema),
  agenda: z.array(agendaItemSchema),
  tasks: z.array(taskSchema),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

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
