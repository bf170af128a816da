import { z } from 'zod';
import { attendanceEventSchema } from '../../model/attendance';
import { calledPersonSchema } from '../../model/called-person';
import { idSchema } from '../../model/values';
import { MAX_IMPORT_BYTES } from '../source';
import { localStampSchema, teamsMatchSchema, teamsReportSchema } from './schema';

/** The requests and answers of `teams:read` and `teams:apply` (declared in shared/ipc/contract.ts). */

export const teamsReadRequestSchema = z.strictObject({
  meetingId: idSchema,
  fileName: z.string().trim().min(1).max(300),
  contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 4),
});

export const teamsReadingSchema = z.object({
  report: teamsReportSchema,
  matches: z.array(teamsMatchSchema),
  /** Who can be chosen: the meeting's called persons, vacant seats left out. */
  called: z.array(calledPersonSchema),
  /** The start and end the times are measured from: the meeting's, else the report's. */
  window: z.object({ start: localStampSchema.nullable(), end: localStampSchema.nullable() }),
});

export const teamsAppliedSchema = z.object({
  marked: z.array(calledPersonSchema),
  added: z.array(calledPersonSchema),
  /** Already present in the room: left as they were. */
  keptInRoom: z.array(calledPersonSchema),
  unchanged: z.array(calledPersonSchema),
  events: z.array(attendanceEventSchema),
});
