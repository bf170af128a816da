import type { MeetingFile } from '../../shared/meetingfile/schema';
import type { Attendance } from '../../shared/model/called-person';
import type { Role } from '../../shared/model/kinds';
import { longDate } from './minutes';
import type { Layout } from './layout';
import type { Person } from './people';
import { plain, type Cell, type Printed, type Span } from './printed';

/** The header fields, the roster and the attendance as the layout prints them. */

type Meeting = MeetingFile['meeting'];

const ROLE_WORDS: Record<Role, string> = {
  ordforande: 'ordförande',
  vice_ordforande: 'vice ordförande',
  forste_vice_ordforande: 'förste vice ordförande',
  andre_vice_ordforande: 'andre vice ordförande',
  sekreterare: 'sekreterare',
  ledamot: '',
  adjungerad: 'adj.',
};

export function printDate(iso: string, form: Layout['dateForm']): string {
  switch (form) {
    case 'long':
      return longDate(iso);
    case 'iso':
      return iso;
    case 'short':
      return iso.slice(2).replace(/-/g, '');
  }
}

export function printTime(time: string, form: Layout['timeForm']): string {
  return form === 'dot' ? time.replace(/^0/, '') : time.replace('.', ':');
}

function timeRange(meeting: Meeting, layout: Layout): string {
  const dash = layout.timeForm === 'dot' ? '-' : ' – ';
  return `${printTime(meeting.startTime, layout.timeForm)}${dash}${printTime(meeting.endTime, layout.timeForm)}`;
}

/** [label, value] pairs of the header, in printed order. */
export function headerFields(meeting: Meeting, layout: Layout): [string, string][] {
  const fields: [string, string][] = [
    ['Datum', printDate(meeting.date, layout.dateForm)],
    ['Tid', timeRange(meeting, layout)],
  ];
  if (meeting.meetingForm) fields.push(['Mötesform', meeting.meetingForm]);
  if (meeting.place) fields.push(['Plats', meeting.place]);
  if (meeting.calledText) fields.push(['Kallade', meeting.calledText]);
  return fields;
}

/** What stands in parentheses after a name ("markers" and "blocks"), or null. */
export function marker(a: Attendance, inBlock: boolean): string | null {
  switch (a.status) {
    case 'unmarked':
      return null;
    case 'present':
      if (a.arrivedAt && a.substituteName) return `efter ${a.arrivedAt}, ${a.substituteName} ersätter`;
      if (a.arrivedAt) return `från ${a.arrivedAt}`;
      if (a.leftAt) return `till ${a.leftAt}`;
      return null;
    case 'remote':
      return 'med på länk';
    case 'excused': {
      const sub = a.substituteName ? `${a.substituteName} ersätter` : null;
      if (inBlock) return sub;
      return sub ? `förhindrad, ${sub}` : 'förhindrad';
    }
    case 'absent':
      if (inBlock) return a.note || null;
      return a.note ? `frånvarande, ${a.note}` : 'ej närvarande';
  }
}

function markerSpans(text: string | null): Span[] {
  return text ? [{ text: ' (' }, { text, italic: true }, { text: ')' }] : [];
}

function roleSpans(role: Role): Span[] {
  const words = ROLE_WORDS[role];
  if (!words) return [];
  return [{ text: ', ' }, { text: words, bold: role !== 'adjungerad' }];
}

const nameWithParty = (p: Person) => (p.party ? `${p.name} (${p.party})` : p.name);

/** "Anna Ek (S) (förhindrad), Kustregionen, förbundsdirektör, **vice ordförande**". */
export function personLine(p: Person, withMarker: boolean): Span[] {
  if (p.vacant) return plain('Vakant');
  const details = [p.organisation, p.title].filter(Boolean).join(', ');
  return [
    { text: nameWithParty(p) },
    ...markerSpans(withMarker ? marker(p.attendance, false) : null),
    ...(details ? [{ text: `, ${details}` }] : []),
    ...roleSpans(p.role),
  ];
}

/** Sides and categories in order, each person a line: as paragraphs, or a two-column table of sides. */
export function printRoster(meeting: Meeting, layout: Layout): Printed[] {
  const withMarkers = layout.attendance === 'markers';
  const members = meeting.calledPersons.filter((p) => p.kind === 'member');
  const sides = [...new Set(members.map((p) => p.sideName))];
  const column = (side: string): Span[][] => {
    const out: Span[][] = [];
    let category: string | null = null;
    for (const p of members.filter((m) => m.sideName === side)) {
      if (p.categoryName !== category) {
        category = p.categoryName;
        out.push([{ text: category, italic: layout.rosterTable }]);
      }
      out.push(personLine(p, withMarkers));
    }
    return out;
  };
  const out: Printed[] = [];
  if (layout.rosterTable) {
    out.push({ kind: 'table', role: 'roster', rows: [sides.map((s) => [[{ text: s, bold: true }]]), sides.map(column)] });
  } else {
    for (const side of sides) {
      out.push({ kind: 'paragraph', spans: [{ text: side, bold: true }] });
      for (const spans of column(side)) out.push({ kind: 'paragraph', spans });
    }
  }
  const invitees = meeting.calledPersons.filter((p) => p.kind === 'invitee');
  if (invitees.length > 0) {
    out.push({ kind: 'paragraph', spans: [{ text: 'Inbjudna', bold: true }] });
    for (const p of invitees) out.push({ kind: 'paragraph', spans: personLine(p, withMarkers) });
  }
  return out;
}

/** The "lines" style under item 1 a): who was on the link, away, absent, late or leaving early. */
export function attendanceLines(meeting: Meeting): Printed[] {
  const persons = meeting.calledPersons.filter((p) => p.kind !== 'guest' && !p.vacant);
  const a = (p: Person) => p.attendance;
  const line = (label: string, names: string[]): Printed[] => (names.length ? [{ kind: 'paragraph', spans: plain(`${label}: ${names.join(', ')}.`) }] : []);
  const sub = (p: Person) => (a(p).substituteName ? ` (${a(p).substituteName} ersätter)` : '');
  return [
    ...line('Med på länk', persons.filter((p) => a(p).status === 'remote').map((p) => p.name)),
    ...line('Förhinder', persons.filter((p) => a(p).status === 'excused').map((p) => `${p.name}${sub(p)}`)),
    ...line('Frånvarande', [
      ...persons.filter((p) => a(p).status === 'absent').map((p) => (a(p).note ? `${p.name} (${a(p).note})` : p.name)),
      ...persons.filter((p) => a(p).status === 'present' && a(p).arrivedAt && a(p).substituteName).map((p) => `${p.name} efter ${a(p).arrivedAt}${sub(p)}`),
    ]),
    ...line('Anslöt senare', persons.filter((p) => a(p).status === 'present' && a(p).arrivedAt && !a(p).substituteName).map((p) => `${p.name} kl. ${a(p).arrivedAt}`)),
    ...line('Lämnade mötet', persons.filter((p) => a(p).status === 'present' && a(p).leftAt).map((p) => `${p.name} kl. ${a(p).leftAt}`)),
  ];
}

/** One row of the label table: the label, the names (with role and marker), the details beside them. */
function blockRow(label: string, persons: readonly Person[]): Cell[] {
  const names: Cell = persons.map((p) => [{ text: nameWithParty(p) }, ...roleSpans(p.role), ...markerSpans(marker(p.attendance, true))]);
  const details: Cell = persons.map((p) => plain([p.title, p.organisation].filter(Boolean).join(', ')));
  return [[[{ text: label, bold: true }]], names, details];
}

/** Närvarande / Förhindrade / Frånvarande / Inbjudna as a label table (LGS), with the header fields as its last rows when the header is a table too. */
export function attendanceBlocks(meeting: Meeting, layout: Layout): Printed[] {
  const members = meeting.calledPersons.filter((p) => p.kind === 'member' && !p.vacant);
  const groups: [string, Person[]][] = [
    ['Närvarande', members.filter((p) => p.attendance.status === 'present' || p.attendance.status === 'remote')],
    ['Förhindrade', members.filter((p) => p.attendance.status === 'excused')],
    ['Frånvarande', members.filter((p) => p.attendance.status === 'absent')],
    ['Inbjudna', meeting.calledPersons.filter((p) => p.kind === 'invitee')],
  ];
  const rows = groups.filter(([, persons]) => persons.length > 0).map(([label, persons]) => blockRow(label, persons));
  if (layout.header === 'table') for (const [label, value] of headerFields(meeting, layout)) rows.push([[plain(`${label}:`)], [plain(value)]]);
  return [{ kind: 'table', role: 'labels', rows }];
}
