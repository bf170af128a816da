import type { AttendanceStatus } from '../model/kinds';
import type { Attendance } from '../model/called-person';

/**
 * The printed words of one person's attendance. A status combines with
 * times and a substitute ("late and on Teams", "left early and was
 * replaced"), and each combination has one unambiguous wording: "från 13.50"
 * and "till 14.10", never a bare "efter" that can mean either.
 */

/** "13.50" from a stored "13:50" or "13.50". */
export function clockText(time: string): string {
  return time.replace(':', '.');
}

/** "från 13.50", "till 14.10", "från 13.50 till 14.10", or '' for the whole meeting. */
export function attendanceTimes(a: Pick<Attendance, 'arrivedAt' | 'leftAt'>): string {
  const parts: string[] = [];
  if (a.arrivedAt) parts.push(`från ${clockText(a.arrivedAt)}`);
  if (a.leftAt) parts.push(`till ${clockText(a.leftAt)}`);
  return parts.join(' ');
}

/** The person was there (in the room or on the link) for at least part of the meeting. */
export function attended(status: AttendanceStatus): boolean {
  switch (status) {
    case 'present':
    case 'remote':
      return true;
    case 'excused':
    case 'absent':
    case 'unmarked':
      return false;
    default: {
      const never: never = status;
      throw new Error(`Unhandled attendance status ${String(never)}`);
    }
  }
}

/**
 * "Y ersätter", "Y ersätter på länk", and for someone who was there part of
 * the time the part Y covered: "Y ersätter dessförinnan" (before the person
 * came) or "Y ersätter" after "till 13.30" (once the person left).
 */
export function substituteText(a: Attendance): string {
  const name = a.substituteName.trim();
  if (!name) return '';
  const where = a.substituteRemote ? ' på länk' : '';
  if (attended(a.status) && a.arrivedAt && !a.leftAt) return `${name} ersätter${where} dessförinnan`;
  return `${name} ersätter${where}`;
}

/**
 * What stands in parentheses after a name in the roster ("markers" style):
 * "med på länk från 13.50", "till 13.30, Y ersätter", "förhindrad, Y
 * ersätter", "frånvarande, hade ej fått kallelsen"; null when the person was
 * simply there (or is not marked).
 */
export function attendanceMarker(a: Attendance): string | null {
  const parts: string[] = [];
  const times = attendanceTimes(a);
  const status = a.status;
  switch (status) {
    case 'unmarked':
      return null;
    case 'present':
      if (times) parts.push(times);
      break;
    case 'remote':
      parts.push(times ? `med på länk ${times}` : 'med på länk');
      break;
    case 'excused':
      parts.push('förhindrad');
      break;
    case 'absent':
      parts.push('frånvarande');
      break;
    default: {
      const never: never = status;
      throw new Error(`Unhandled attendance status ${String(never)}`);
    }
  }
  const substitute = substituteText(a);
  if (substitute) parts.push(substitute);
  const note = a.note.trim();
  if (note && status === 'absent') parts.push(note);
  return parts.length ? parts.join(', ') : null;
}

/** A short description for the secretary's screens: "Med på länk, från 13.50, Y ersätter". */
export function attendanceDetail(a: Attendance): string {
  const parts: string[] = [];
  const times = attendanceTimes(a);
  if (times && attended(a.status)) parts.push(times);
  const substitute = substituteText(a);
  if (substitute) parts.push(substitute);
  if (a.note.trim()) parts.push(a.note.trim());
  return parts.join(', ');
}
