import { z } from 'zod';
import { idSchema } from '../model/values';

/**
 * The invitation e-mail ("Skicka kallelse") and "Ställ in mötet". Plain
 * channel specs, spread into the contract.
 */
export const inviteContract = {
  /**
   * Writes the e-mail draft (.eml) with the kallelse and the calendar
   * invitation (or its cancellation, which also marks the meeting
   * cancelled) into the export folder and opens it with the mail program
   * where the host can (`opened`). Records what was sent, so it writes.
   */
  'invite:write': {
    request: z.strictObject({ meetingId: idSchema, cancel: z.boolean(), overwrite: z.boolean().optional() }),
    response: z.object({
      path: z.string(),
      fileName: z.string(),
      bytes: z.number().int().nonnegative(),
      recipients: z.number().int().nonnegative(),
      /** Names of the called persons without an e-mail address; the draft is made for the others. */
      missingEmail: z.array(z.string()),
      opened: z.boolean(),
    }),
    writes: true,
  },
  /** "Ställ in mötet" (`cancelled` true) or "Återuppta mötet" (false), without writing an e-mail. */
  'meetings:cancel': {
    request: z.strictObject({ meetingId: idSchema, cancelled: z.boolean() }),
    response: z.object({ cancelledAt: z.string().nullable() }),
    writes: true,
  },
} as const;
