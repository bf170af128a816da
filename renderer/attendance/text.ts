import type { Attendance, CalledPerson } from '../../shared/model/domain';
import type { AttendanceEvent } from '../../shared/model/attendance';
import { attendanceLabel } from '../../shared/format/labels';
import { attendanceDetail } from '../../shared/format/attendance';
import { formatDayMonth } from '../../shared/format/date';

/** What the attendance screens say about a person, in Swedish. */

export function personName(p: Pick<CalledPerson, 'name' | 'vacant'>): string {
  return p.vacant ? 'Vakant plats' : p.name.trim() || 'Namnlös';
}

/** "(S)": the party in brackets however it was typed ("S", "(S)"), '' for none. */
export function partyInBrackets(p: Pick<CalledPerson, 'party'>): string {
  const party = p.party.replace(/[()]/g, '').trim();
  return party ? `(${party})` : '';
}

/** "Per Lund (S)": the name as the board shows it, with the party in brackets. */
export function nameWithParty(p: Pick<CalledPerson, 'name' | 'party' | 'vacant'>): string {
  const party = partyInBrackets(p);
  return party ? `${personName(p)} ${party}` : personName(p);
}

/** "13.30" for a field, '' for none. */
export function displayClock(time: string | null): string {
  return time ? time.replace(':', '.') : '';
}

/** "Närvarande (från 13.30)", "Förhinder (Per Ek ersätter)": short, for the history. */
export function attendanceText(a: Attendance): string {
  const detail = attendanceDetail({ ...a, note: '' });
  return `${attendanceLabel(a.status)}${detail ? ` (${detail})` : ''}`;
}

/**
 * The whole state in words, for a screen reader on the row: "Närvarande,
 * från 13.30, Per Lund ersätter dessförinnan", "Förhinder, Nils Bark
 * ersätter på länk", "Ej markerad".
 */
export function attendanceState(a: Attendance): string {
  const detail = [reportedText(a), attendanceDetail(a)].filter(Boolean).join(', ');
  return detail ? `${attendanceLabel(a.status)}, ${detail}` : attendanceLabel(a.status);
}

/** "anmält 12/11" for a förhinder reported before the meeting, '' otherwise. */
export function reportedText(a: Pick<Attendance, 'status' | 'reportedOn'>): string {
  return a.status === 'excused' && a.reportedOn ? `anmält ${formatDayMonth(a.reportedOn)}` : '';
}

/** "13.32 Anna Berg: Närvarande (från 13.30)". */
export function eventText(event: AttendanceEvent, name: string): string {
  const { before, after } = event;
  let what = attendanceText(after);
  if (before.status === after.status && attendanceText(before) === what && before.note !== after.note) {
    what = after.note ? `anteckning ”${after.note}”` : 'anteckningen borttagen';
  } else if (after.note && after.note !== before.note) {
    what = `${what}, ”${after.note}”`;
  }
  return `${event.clock.replace(':', '.')} ${name}: ${what}`;
}
