import { z } from 'zod';
import { attendanceSchema, attendanceStatusSchema, idSchema, type AttendanceStatus } from './domain';

/** One status change during a meeting, kept with the moment it was made. */
export const attendanceEventSchema = z.object({
  id: idSchema,
  personId: idSchema,
  /** ISO timestamp (UTC) when the change was recorded. */
  at: z.string(),
  /** Local clock time "HH.MM" when the change was recorded, as printed. */
  clock: z.string(),
  status: attendanceStatusSchema,
  before: attendanceSchema,
  after: attendanceSchema,
});
export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;

export interface AttendanceCounts {
  /** In the room: present, partly present, or attending as a substitute. */
  inRoom: number;
  remote: number;
  excused: number;
  absent: number;
  unmarked: number;
}

/**
 * The live counts shown at the top of the attendance board. Vacant seats are
 * nobody; a member with a substitute counts once, in the room, for the
 * substitute who came.
 */
export function countAttendance(persons: readonly { vacant: boolean; attendance: { status: AttendanceStatus } }[]): AttendanceCounts {
  const counts: AttendanceCounts = { inRoom: 0, remote: 0, excused: 0, absent: 0, unmarked: 0 };
  for (const person of persons) {
    if (person.vacant) continue;
    const status = person.attendance.status;
    switch (status) {
      case 'present':
      case 'partial':
      case 'substitute':
        counts.inRoom += 1;
        break;
      case 'remote':
        counts.remote += 1;
        break;
      case 'excused':
        counts.excused += 1;
        break;
      case 'absent':
        counts.absent += 1;
        break;
      case 'unmarked':
        counts.unmarked += 1;
        break;
      default: {
        const never: never = status;
        throw new Error(`Unhandled attendance status ${String(never)}`);
      }
    }
  }
  return counts;
}
