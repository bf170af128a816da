import { z } from 'zod';
import { emailSchema } from './values';
import {
  attendanceStatusSchema,
  idSchema,
  roleSchema,
  storedAttendanceSchema,
  type Attendance,
  type AttendanceStatus,
  type CalledKind,
  type MeetingStatus,
} from './domain';

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
  /**
   * Set on the changes one action made together ("Markera övriga som
   * närvarande", a pasted list): Undo takes them back as one step.
   */
  batch: z.string().optional(),
  /** The action added the person to the called list (a Teams participant as a guest): Undo removes them again. */
  added: z.literal(true).optional(),
});
export type AttendanceEvent = z.infer<typeof attendanceEventSchema>;

/**
 * One line of a pasted "Kallade" list, for a meeting: the person as the
 * roster has them, where they were pasted (side and category), and the mark
 * the line carried ("unmarked": called, nothing said).
 */
export const pastedCalledPersonSchema = z.strictObject({
  name: z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200),
  party: z.string().max(20),
  organisation: z.string().max(500),
  title: z.string().max(500),
  role: roleSchema,
  sideName: z.string().max(200),
  categoryName: z.string().max(200),
  status: attendanceStatusSchema,
  email: emailSchema,
});
export type PastedCalledPerson = z.infer<typeof pastedCalledPersonSchema>;

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

/** What deciding who still has to be marked needs to know of a called person. */
interface Markable {
  kind: CalledKind;
  vacant: boolean;
  attendance: { status: AttendanceStatus };
}

/**
 * Whether a called person's attendance belongs in the minutes: members in a
 * seat and invitees (inbjudna) are printed with it; a vacant seat is nobody,
 * and guests come for one item and are printed as its presenters, never in
 * the attendance, so leaving them unmarked prints nothing wrong.
 */
export function attendanceIsPrinted(person: Pick<Markable, 'kind' | 'vacant'>): boolean {
  if (person.vacant) return false;
  switch (person.kind) {
    case 'member':
    case 'invitee':
      return true;
    case 'guest':
      return false;
    default: {
      const never: never = person.kind;
      throw new Error(`Unhandled called kind ${String(never)}`);
    }
  }
}

/**
 * The called persons nobody has marked, who would otherwise stand in the
 * minutes as if they had been there ("Markera övriga som närvarande").
 */
export function unmarkedCalledPersons<P extends Markable>(persons: readonly P[]): P[] {
  return persons.filter((p) => attendanceIsPrinted(p) && p.attendance.status === 'unmarked');
}

/** Of how many the unmarked are: "23 av 30 kallade". */
export function markableCount(persons: readonly Markable[]): number {
  return persons.filter(attendanceIsPrinted).length;
}

/**
 * Whether the meeting has taken place, so an unmarked person is a gap to
 * point out rather than someone not yet arrived: it was opened in live mode,
 * it is out for review (or approved), or its day has come.
 */
export function meetingHeld(meeting: { status: MeetingStatus; openedAt: string | null; date: string }, today: string): boolean {
  return meeting.status !== 'draft' || meeting.openedAt !== null || meeting.date <= today;
}

/**
 * Whether replies to the kallelse are still being recorded: the meeting has
 * not been held yet (see meetingHeld: not opened, its day not come). A
 * förhinder marked now is dated ("förhinder anmält 12/11") and the board
 * shows who is expected; from the meeting's day on, the board is the live one.
 */
export function repliesBeforeMeeting(meeting: { status: MeetingStatus; openedAt: string | null; date: string }, today: string): boolean {
  return !meetingHeld(meeting, today);
}

export interface ExpectedCounts {
  /** Members in a seat and invitees: everyone whose attendance is printed. */
  called: number;
  /** Called persons who have not reported förhinder (or been marked absent). */
  expected: number;
  /** Förhinder reported (and the few marked absent ahead). */
  excused: number;
  /** Of those with förhinder, how many have a substitute coming. */
  substitutes: number;
  /** Called persons not marked at all: no reply yet. */
  unanswered: number;
}

/** "Väntas: 14 av 18 · Förhinder: 3 · Ej svarat: 11" before the meeting; guests and vacant seats are not counted. */
export function expectedCounts(persons: readonly (Markable & { attendance: { status: AttendanceStatus; substituteName: string } })[]): ExpectedCounts {
  const counted = persons.filter(attendanceIsPrinted);
  const away = counted.filter((p) => !willAttend(p.attendance.status));
  return {
    called: counted.length,
    expected: counted.length - away.length,
    excused: away.length,
    substitutes: away.filter((p) => p.attendance.substituteName.trim() !== '').length,
    unanswered: counted.filter((p) => p.attendance.status === 'unmarked').length,
  };
}

/** Before the meeting: someone not marked away is expected to come. */
function willAttend(status: AttendanceStatus): boolean {
  switch (status) {
    case 'present':
    case 'remote':
    case 'unmarked':
      return true;
    case 'excused':
    case 'absent':
      return false;
    default: {
      const never: never = status;
      throw new Error(`Unhandled attendance status ${String(never)}`);
    }
  }
}

/** What grouping the called persons as in the roster needs to know of one. */
interface Groupable {
  id: number;
  kind: CalledKind;
  sideName: string;
  categoryName: string;
  position: number;
}

/** A heading's worth of called persons on the attendance screens: a category, under its side. */
export interface PersonGroup<P extends Groupable> {
  key: string;
  /** The roster's side ("Region Halland"), '' for invitees, guests and a roster without sides. */
  side: string;
  /** The roster's category ("Ledamöter"), or "Inbjudna", or "Gäster och föredragande". */
  category: string;
  persons: P[];
}

/** Members come first, then invitees, then guests. */
function kindOrder(kind: CalledKind): number {
  switch (kind) {
    case 'member':
      return 0;
    case 'invitee':
      return 1;
    case 'guest':
      return 2;
    default: {
      const never: never = kind;
      throw new Error(`Unhandled called kind ${String(never)}`);
    }
  }
}

function groupCategory(person: Groupable): string {
  switch (person.kind) {
    case 'member':
      return person.categoryName;
    case 'invitee':
      return 'Inbjudna';
    case 'guest':
      return 'Gäster och föredragande';
    default: {
      const never: never = person.kind;
      throw new Error(`Unhandled called kind ${String(never)}`);
    }
  }
}

/**
 * The called persons as the attendance board and the meeting's summary list
 * them: members by side and category in roster order, then the invitees,
 * then the guests.
 */
export function groupPersons<P extends Groupable>(persons: readonly P[]): PersonGroup<P>[] {
  const groups: PersonGroup<P>[] = [];
  const sorted = [...persons].sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.position - b.position || a.id - b.id);
  for (const p of sorted) {
    const side = p.kind === 'member' ? p.sideName : '';
    const category = groupCategory(p);
    const key = `${p.kind}|${side}|${category}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, side, category, persons: [] };
      groups.push(group);
    }
    group.persons.push(p);
  }
  return groups;
}
