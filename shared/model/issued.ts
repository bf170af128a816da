import { z } from 'zod';
import { reviewerSchema } from './meeting';
import { idSchema, isoDateSchema } from './values';

/** Files issued from approved minutes (archive copy, public version), and what a check of a PDF found. */

export const ISSUED_FILE_KINDS = [
  'archive-pdfa',
  'archive-docx',
  'archive-meeting-file',
  'archive-metadata',
  'public-pdf',
  'public-html',
] as const;
export const issuedFileKindSchema = z.enum(ISSUED_FILE_KINDS);
export type IssuedFileKind = z.infer<typeof issuedFileKindSchema>;

/** What an issued file was made of, kept with it (also after the meeting is removed). */
export const issuedSummarySchema = z.object({
  bodyName: z.string(),
  bodyShortName: z.string(),
  title: z.string(),
  date: isoDateSchema,
  diaryNumber: z.string(),
  version: z.number().int().min(1),
  approvedOn: isoDateSchema.nullable(),
  reviewers: z.array(reviewerSchema),
});
export type IssuedSummary = z.infer<typeof issuedSummarySchema>;

export const issuedFileSchema = z.object({
  id: idSchema,
  meetingId: idSchema.nullable(),
  kind: issuedFileKindSchema,
  fileName: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** The id written into the file's metadata, shared by the files issued together. */
  issueId: z.string(),
  /** ISO UTC. */
  issuedAt: z.string(),
  summary: issuedSummarySchema,
});
export type IssuedFile = z.infer<typeof issuedFileSchema>;

/**
 * "Kontrollera en PDF": unchanged (its SHA-256 is that of an issued file),
 * changed (it names an issued file in its metadata, but its bytes differ),
 * or unknown (not issued from this archive).
 */
export const verifyResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('unchanged'), file: issuedFileSchema, sha256: z.string() }),
  z.object({ status: z.literal('changed'), file: issuedFileSchema, sha256: z.string() }),
  z.object({ status: z.literal('unknown'), sha256: z.string() }),
]);
export type VerifyResult = z.infer<typeof verifyResultSchema>;
