import { z } from 'zod';
import { attendanceStatusSchema, idSchema, storedAttendanceSchema, type Attendance } from './domain';

/** One status change during a meeting, kept with the moment it was made. */
export const attendanceEventSchema = z.object({
  id: idSchema,
  personId: idSchema,
  /** ISO timestamp (UTC) when the change was recorded. */
  at: z.string(),
  /** Local clock time "HH.MM" when the change was recorded, as printed. */
  clock: z.string(),
  status: attendanceStatusSchema,
  before: storedAttendanceSchema,
  after: storedAttendanceSchema,
});
export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;

export interface AttendanceCounts {
  /** Heads in the room: those present, and substitutes in the room for someone away. */
  inRoom: number;
  /** Heads on the link: those on the link, and substitutes on the link. */
  remote: number;
  excused: number;
  absent: number;
  unmarked: number;
}

/**
 * The live counts shown at the top of the attendance board. Vacant seats are
 * nobody. A seat counts once where it was filled: by the person, or, when the
 * person was away, by the substitute who came in the room or on the link.
 */
export function countAttendance(persons: readonly { vacant: boolean; attendance: Attendance }[]): AttendanceCounts {
  const counts: AttendanceCounts = { inRoom: 0, remote: 0, excused: 0, absent: 0, unmarked: 0 };
  for (const person of persons) {
    if (person.vacant) continue;
    const a = person.attendance;
    const status = a.status;
    const substitute = a.substituteName.trim() !== '';
    switch (status) {
      case 'present':
        counts.inRoom += 1;
        break;
      case 'remote':
        counts.remote += 1;
        break;
      case 'excused':
      case 'absent':
        if (status === 'excused') counts.excused += 1;
        else counts.absent += 1;
        if (substitute && a.substituteRemote) counts.remote += 1;
        else if (substitute) counts.inRoom += 1;
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
