import { z } from 'zod';
import { findingSchema, publicationDecisionSchema } from '../publication/findings';
import { idSchema } from '../model/values';

/**
 * The publication check and the public version. Decisions are made on
 * approved minutes (that is when one publishes) and never change the
 * minutes, so they are not refused as frozen.
 */
export const publicationContract = {
  /** Personal data found in the minutes, each with the decision made so far (null: not yet). */
  'publication:check': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.object({ findings: z.array(findingSchema) }),
    writes: false,
  },
  /** Keep, remove or rewrite one finding (by its key); null takes the decision back. */
  'publication:decide': {
    request: z.strictObject({
      meetingId: idSchema,
      key: z.string().min(1).max(1000),
      decision: publicationDecisionSchema.nullable(),
      replacement: z.string().max(500),
    }),
    response: z.object({ key: z.string(), decision: publicationDecisionSchema.nullable(), replacement: z.string() }),
    writes: true,
  },
  /**
   * The public version ("publicerad") as self-contained HTML or tagged PDF,
   * from the checked text: removed findings read "[uppgift borttagen]",
   * findings not yet decided are removed too (`undecided` says how many);
   * `redactAll` removes every finding whatever was decided. Only approved
   * minutes; the file is recorded so it can be verified.
   */
  'export:public': {
    request: z.strictObject({
      meetingId: idSchema,
      format: z.enum(['html', 'pdf']),
      redactAll: z.boolean().optional(),
      overwrite: z.boolean(),
    }),
    response: z.object({
      path: z.string(),
      fileName: z.string(),
      bytes: z.number().int().nonnegative(),
      removed: z.number().int().nonnegative(),
      undecided: z.number().int().nonnegative(),
    }),
    writes: true,
  },
} as const;
