import { z } from 'zod';
import { agendaItemSchema, taskSchema } from './agenda-item';
import { invitationStateSchema, itemAttachmentSchema, meetingLinkSchema } from './invitation';
import { calledPersonSchema, storedAttendanceSchema } from './called-person';
import { meetingStatusSchema } from './kinds';
import { fieldsOf } from './fields';
import { clockTimeSchema, endAfterStart, idSchema, isoDateSchema } from './values';

/** A meeting: its header, its review (justering), the whole minutes, a summary for lists and a kept version. */

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
  /** The Teams or Zoom link printed in the kallelse and the invitation; empty: none. */
  meetingLink: meetingLinkSchema,
});
export type MeetingHeader = z.infer<typeof meetingHeaderSchema>;

/** A meeting's header alone, without its status, review, called list or agenda. */
export function meetingHeaderOf(meeting: MeetingHeader): MeetingHeader {
  return fieldsOf(meetingHeaderSchema, meeting);
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
  /** Files attached to the agenda's items (bilagor), in each item's order. */
  attachments: z.array(itemAttachmentSchema),
  /** When "Ställ in mötet" was chosen (ISO UTC); null: the meeting is on. */
  cancelledAt: z.string().nullable(),
  /** The calendar invitation sent last; null: none sent yet. */
  invitation: invitationStateSchema.nullable(),
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
  meetingLink: meetingLinkSchema,
  attachments: z.array(itemAttachmentSchema).default([]),
  cancelledAt: z.string().nullable().default(null),
  invitation: invitationStateSchema.nullable().default(null),
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
  /** Set when the meeting was called off ("Inställt" in every list). */
  cancelledAt: z.string().nullable().default(null),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

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
