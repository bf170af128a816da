import { z } from 'zod';
import { idSchema, isoDateSchema } from './values';

/** The justering round: what went to the reviewers, and what they said back. */

/** Someone a draft was sent to, as written on the e-mail. */
export const reviewRecipientSchema = z.object({ name: z.string(), email: z.string() });
export type ReviewRecipient = z.infer<typeof reviewRecipientSchema>;

/** One "Skicka för justering": when, for which version, to whom and by when ("justera senast"). */
export const reviewSendingSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  /** ISO UTC. */
  sentAt: z.string(),
  /** "Justera senast"; null: no day given. */
  dueOn: isoDateSchema.nullable(),
  recipients: z.array(reviewRecipientSchema),
});
export type ReviewSending = z.infer<typeof reviewSendingSchema>;

/** A reviewer's comment, on an item (or the whole minutes: itemId null), and whether it has been dealt with. */
export const reviewCommentSchema = z.object({
  id: idSchema,
  itemId: idSchema.nullable(),
  author: z.string(),
  text: z.string(),
  /** ISO UTC. */
  createdAt: z.string(),
  /** ISO UTC when marked "Åtgärdad"; null: open. */
  doneAt: z.string().nullable(),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

export const reviewCommentInputSchema = z.strictObject({
  itemId: idSchema.nullable(),
  author: z.string().trim().max(200),
  text: z.string().trim().min(1, 'Skriv kommentaren.').max(10_000, 'Kommentaren är för lång (högst 10 000 tecken).'),
});
