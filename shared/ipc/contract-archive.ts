import { z } from 'zod';
import { issuedFileSchema, verifyResultSchema } from '../model/issued';
import { idSchema } from '../model/values';

/**
 * An issued file as listed: with the path where it is now in the export
 * folder (null when it was moved or removed, or written elsewhere, e.g. by
 * the CLI). The archive copy's files are recorded as "<folder>/<file>".
 */
export const listedIssuedFileSchema = issuedFileSchema.extend({ path: z.string().nullable() });
export type ListedIssuedFile = z.infer<typeof listedIssuedFileSchema>;

/** The largest PDF "Kontrollera en PDF" reads, in bytes. */
export const VERIFY_MAX_BYTES = 100 * 1024 * 1024;

/** The archive copy of approved minutes, and the check of any PDF against what was issued. */
export const archiveContract = {
  /**
   * "Arkivera": a folder in the export folder with the PDF/A-2, the DOCX,
   * the meeting file and metadata.json (SHA-256 of each file). Approved
   * minutes only; the files are recorded so a PDF can be verified later.
   */
  'archive:write': {
    request: z.strictObject({ meetingId: idSchema, overwrite: z.boolean().optional() }),
    response: z.object({ path: z.string(), folderName: z.string(), files: z.array(issuedFileSchema) }),
    writes: true,
  },
  /** The files issued from a meeting (archive copies and public versions), newest first, with where they are now. */
  'archive:issued': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.array(listedIssuedFileSchema),
    writes: false,
  },
  /** "Kontrollera en PDF": the file's bytes (base64) compared with every file issued. */
  'archive:verify': {
    request: z.strictObject({
      fileName: z.string().max(255),
      contentBase64: z.string().max(Math.ceil(VERIFY_MAX_BYTES / 3) * 4 + 4, 'Filen är för stor (högst 100 MB).'),
    }),
    response: verifyResultSchema,
    writes: false,
  },
} as const;
