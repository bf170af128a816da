import { z } from 'zod';
import { reviewerSchema } from '../model/meeting';
import { reviewCommentInputSchema, reviewCommentSchema, reviewSendingSchema } from '../model/review-round';
import { idSchema, isoDateSchema } from '../model/values';

/**
 * The justering round: the e-mail draft to the reviewers, their comments,
 * and what changed since the draft went out. Plain channel specs, spread
 * into the contract.
 */

const writtenFile = {
  path: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
};

/** One part of a word-level comparison: text kept, added since the sending, or removed since. */
export const diffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof diffPartSchema>;

/** What changed in one item (or in the meeting's own parts: itemId null) since the draft was sent. */
export const itemChangeSchema = z.object({
  itemId: idSchema.nullable(),
  /** "3. Regional utveckling", or "Mötet" for the header and attendance. */
  label: z.string(),
  change: z.enum(['changed', 'added', 'removed']),
  /** Each changed part of the item ("Rubrik", "Anteckningar", "Ställningstagande", …) with its comparison. */
  sections: z.array(z.object({ name: z.string(), parts: z.array(diffPartSchema) })),
});
export type ItemChange = z.infer<typeof itemChangeSchema>;

export const reviewRoundContract = {
  /**
   * "Skicka för justering": writes the e-mail draft (.eml) to the reviewers
   * with the draft PDF and "justera senast" into the export folder, opens it
   * with the mail program where the host can, sets the status För justering
   * with these reviewers and keeps the minutes as sent.
   */
  'review:send': {
    request: z.strictObject({
      meetingId: idSchema,
      reviewers: z.array(reviewerSchema).min(1, 'Välj minst en justerare.').max(20),
      dueOn: isoDateSchema.nullable(),
      /** A line of her own at the top of the e-mail; empty: the standard text alone. */
      message: z.string().max(5000),
      overwrite: z.boolean().optional(),
    }),
    response: z.object({
      ...writtenFile,
      recipients: z.number().int().nonnegative(),
      /** Reviewers without an e-mail address in the called list or the roster. */
      missingEmail: z.array(z.string()),
      opened: z.boolean(),
      sending: reviewSendingSchema,
    }),
    writes: true,
  },
  /** Every sending of the minutes for justering, newest first. */
  'review:sendings': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.array(reviewSendingSchema),
    writes: false,
  },
  /** "Ändringar sedan utskick": per item, what changed since the last sending; null sending: never sent. */
  'review:changes': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.object({ sending: reviewSendingSchema.nullable(), items: z.array(itemChangeSchema) }),
    writes: false,
  },
  /** Writes "Ändringar sedan utskick" as DOCX or PDF to the export folder, for the reviewers. */
  'export:changes': {
    request: z.strictObject({ meetingId: idSchema, format: z.enum(['docx', 'pdf']), overwrite: z.boolean() }),
    response: z.object(writtenFile),
    writes: false,
  },
  'review:comments': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.array(reviewCommentSchema),
    writes: false,
  },
  'review:addComment': {
    request: reviewCommentInputSchema.extend({ meetingId: idSchema }),
    response: reviewCommentSchema,
    writes: true,
  },
  /** Marks a comment dealt with ("Åtgärdad") or open again. */
  'review:setCommentDone': {
    request: z.strictObject({ meetingId: idSchema, commentId: idSchema, done: z.boolean() }),
    response: reviewCommentSchema,
    writes: true,
  },
  'review:removeComment': {
    request: z.strictObject({ meetingId: idSchema, commentId: idSchema }),
    response: z.object({ removed: z.boolean() }),
    writes: true,
  },
} as const;
