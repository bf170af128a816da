import { z } from 'zod';
import { rosterPersonFields } from './body';
import { attendanceStatusSchema, calledKindSchema } from './kinds';
import { clockTimeSchema, idSchema, isoDateSchema } from './values';

/** A person called to one meeting, and that person's attendance. */

export const attendanceSchema = z.object({
  status: attendanceStatusSchema,
  /** Free text such as "hade ej fått kallelsen". */
  note: z.string().max(500),
  /** Present or on the link from this time ("från 13.50"); null: from the start. */
  arrivedAt: clockTimeSchema.nullable(),
  /** Present or on the link until this time ("till 14.10"); null: to the end. */
  leftAt: clockTimeSchema.nullable(),
  /**
   * Who attended in this person's place: for the whole meeting when the
   * person was away, else for the part the person missed ("till 13.30, Y ersätter").
   */
  substituteName: z.string().max(200),
  /** The substitute joined on the link rather than in the room. */
  substituteRemote: z.boolean(),
  /** The day a förhinder was reported before the meeting ("förhinder anmält 12/11"); null: not reported ahead. */
  reportedOn: isoDateSchema.nullable().default(null),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Nobody has marked the person yet. */
export const UNMARKED_ATTENDANCE: Attendance = {
  status: 'unmarked',
  note: '',
  arrivedAt: null,
  leftAt: null,
  substituteName: '',
  substituteRemote: false,
  reportedOn: null,
};

/**
 * Attendance as files and events written before times and substitutes could
 * be combined with a status: "delvis" becomes present with its times,
 * "ersättare" becomes away with the substitute, and a missing
 * `substituteRemote` is false. Current attendance passes unchanged.
 */
export const storedAttendanceSchema = z.preprocess((value) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  return { substituteRemote: false, reportedOn: null, ...v, status: upgradeLegacyStatus(v.status) };
}, attendanceSchema);

/** "partial" and "substitute" of files and events written before migration 5, as today's statuses. */
export function upgradeLegacyStatus(status: unknown): unknown {
  if (status === 'partial') return 'present';
  if (status === 'substitute') return 'excused';
  return status;
}

/** A person called to one meeting: a frozen copy of the roster entry. */
export const calledPersonSchema = z.object({
  id: idSchema,
  kind: calledKindSchema,
  sideName: z.string().max(200),
  categoryName: z.string().max(200),
  position: z.number().int().nonnegative(),
  ...rosterPersonFields,
  /** For a guest: the agenda item the guest was invited to. */
  itemId: idSchema.nullable(),
  attendance: attendanceSchema,
});
export type CalledPerson = z.infer<typeof calledPersonSchema>;
