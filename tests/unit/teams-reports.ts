/**
 * Teams attendance reports as Teams writes them, for tests: the newer one in
 * sections (Swedish or English) and the older one with a row per join or
 * leave, tab-separated, and as UTF-16 LE with a byte-order mark. All people
 * are fictional.
 */

export interface ReportPerson {
  name: string;
  /** "2026-11-12 13:02:11" */
  join: string;
  leave: string;
  email?: string;
  role?: string;
}

export interface ReportMeeting {
  title: string;
  start: string;
  end: string;
}

function duration(join: string, leave: string): string {
  const seconds = (Date.parse(leave.replace(' ', 'T')) - Date.parse(join.replace(' ', 'T'))) / 1000;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h > 0 ? `${h} tim ` : ''}${m} min ${s} s`;
}

const rows = (lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\r\n');

/** The Swedish report of the newer Teams: "1. Sammanfattning", "2. Deltagare", "3. Aktiviteter under mötet". */
export function swedishReport(meeting: ReportMeeting, persons: readonly ReportPerson[]): string {
  return rows([
    ['1. Sammanfattning'],
    ['Mötesrubrik', meeting.title],
    ['Deltagare som deltog', String(persons.length)],
    ['Starttid', meeting.start],
    ['Sluttid', meeting.end],
    ['Mötets varaktighet', duration(meeting.start, meeting.end)],
    [],
    ['2. Deltagare'],
    ['Namn', 'Första anslutning', 'Senaste utloggning', 'Varaktighet under mötet', 'E-post', 'Deltagar-ID (UPN)', 'Roll'],
    ...persons.map((p) => [p.name, p.join, p.leave, duration(p.join, p.leave), p.email ?? '', p.email ?? '', p.role ?? 'Deltagare']),
    [],
    ['3. Aktiviteter under mötet'],
    ['Namn', 'Anslutningstid', 'Lämningstid', 'Varaktighet', 'E-post', 'Roll'],
    ...persons.map((p) => [p.name, p.join, p.leave, duration(p.join, p.leave), p.email ?? '', p.role ?? 'Deltagare']),
  ]);
}

/** "2026-11-12 13:02:11" as US Teams writes it: "11/12/26, 1:02:11 PM". */
export function usStamp(stamp: string): string {
  const [date, time] = stamp.split(' ') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number];
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${mo}/${d}/${String(y).slice(2)}, ${hour}:${String(mi).padStart(2, '0')}:${String(s ?? 0).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The English report of the newer Teams, US times. */
export function englishReport(meeting: ReportMeeting, persons: readonly ReportPerson[]): string {
  return rows([
    ['1. Summary'],
    ['Meeting title', meeting.title],
    ['Attended participants', String(persons.length)],
    ['Start time', usStamp(meeting.start)],
    ['End time', usStamp(meeting.end)],
    [],
    ['2. Participants'],
    ['Name', 'First Join', 'Last Leave', 'In-Meeting Duration', 'Email', 'Participant ID (UPN)', 'Role'],
    ...persons.map((p) => [p.name, usStamp(p.join), usStamp(p.leave), '1h 2m 3s', p.email ?? '', p.email ?? '', p.role ?? 'Attendee']),
  ]);
}

/** The older report: a summary, then a row per join and leave. */
export function olderSwedishReport(meeting: ReportMeeting, events: readonly [name: string, action: 'Anslöt' | 'Lämnade', stamp: string][]): string {
  return rows([
    ['Mötessammanfattning'],
    ['Totalt antal deltagare', '3'],
    ['Mötesrubrik', meeting.title],
    ['Mötets starttid', meeting.start],
    ['Mötets sluttid', meeting.end],
    [],
    ['Fullständigt namn', 'Användaråtgärd', 'Tidsstämpel'],
    ...events.map(([name, action, stamp]) => [name, action, stamp]),
  ]);
}

/** As Teams saves it: UTF-16 little-endian with a byte-order mark. */
export function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
