import { z } from 'zod';
import { clockTimeSchema, idSchema, isoDateSchema } from './values';

/** What a meeting's kallelse and calendar invitation carry beyond the minutes: the link, the files, what was sent. */

/** The Teams or Zoom link of a meeting; empty when it has none. */
export const meetingLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .default('')
  .refine((url) => url === '' || /^https?:\/\//i.test(url), 'Möteslänken måste börja med https:// (eller http://).');

/** The largest file that can be attached to an item (bilaga), in bytes. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** What a file attached to an item (bilaga) is, without its bytes. */
export const itemAttachmentSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  position: z.number().int().nonnegative(),
  fileName: z.string().min(1).max(255),
  /** SHA-256 of the bytes, hex: the same file attached twice is stored once. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** The type read from the file's content ("application/pdf"), not from its name. */
  mediaType: z.string().max(200),
});
export type ItemAttachment = z.infer<typeof itemAttachmentSchema>;

/** What the last invitation said; a change of any of it sends an update with a higher SEQUENCE. */
export const invitedWhenWhereSchema = z.object({
  date: isoDateSchema,
  startTime: clockTimeSchema.or(z.literal('')),
  endTime: clockTimeSchema.or(z.literal('')),
  place: z.string().max(500),
  meetingForm: z.string().max(500),
  meetingLink: z.string().max(2000),
});
export type InvitedWhenWhere = z.infer<typeof invitedWhenWhereSchema>;

/** How the last invitation is kept in the meeting's row: what it said and when it was written. */
export const sentInvitationSchema = invitedWhenWhereSchema.extend({ sentAt: z.string() });

/** The meeting's calendar invitation: one UID for the meeting's life, its SEQUENCE, and what was sent last. */
export const invitationStateSchema = z.object({
  uid: z.string().min(1).max(200),
  sequence: z.number().int().nonnegative(),
  /** ISO UTC of the last invitation (or cancellation) written. */
  sentAt: z.string(),
  sent: invitedWhenWhereSchema,
});
export type InvitationState = z.infer<typeof invitationStateSchema>;
