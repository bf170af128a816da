import { z } from 'zod';
import { idSchema } from '../model/values';

/** The kallelse's channels, spread into the one IPC contract (shared/ipc/contract.ts). */
export const kallelseContract = {
  /**
   * Writes the meeting's kallelse to the export folder as `export:file`
   * writes the minutes (the database is unchanged, so not a write).
   * `overrunMinutes`: how far the planned agenda runs past the end time, for
   * a warning; null when it fits or cannot be told.
   */
  'export:kallelse': {
    request: z.strictObject({ meetingId: idSchema, format: z.enum(['docx', 'pdf']), overwrite: z.boolean() }),
    response: z.object({
      path: z.string(),
      fileName: z.string(),
      bytes: z.number().int().nonnegative(),
      overrunMinutes: z.number().int().positive().nullable(),
    }),
    writes: false,
  },
} as const;
