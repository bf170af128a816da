import { UNMARKED_ATTENDANCE, type Attendance } from '../model/called-person';
import type { AttendanceStyle, CalledKind } from '../model/kinds';
import type { NewBody, NewCalledPerson, NewMember } from '../model/new-meeting';
import { parseRosterPaste } from '../roster/paste';
import { attendanceEntries, readAttendanceWords, splitOutside, takeAttendanceMarker } from './attendance-text';
import { attendanceLineValue, labelled } from './patterns';
import { clockOf } from './when';
import type { ImportLine, LineReading, ReviewNote } from './reading';
import { ATTENDANCE_GROUPS, labelKey } from './words';

/**
 * The called list and the attendance: the roster read under its side and
 * category headings (or in attendance blocks), markers after names, and the
 * attendance lines under the opening item, applied to the people they name.
 */

export interface People {
  sides: NewBody['sides'];
  called: NewCalledPerson[];
  style: AttendanceStyle;
  review: ReviewNote[];
}

/** Where a person without a category heading is put (a category must have a name). */
export const DEFAULT_CATEGORY = 'Ledamöter';
const OTHERS_CATEGORY = 'Övriga';

interface Placed {
  person: NewCalledPerson;
  /** The person had attendance of their own (a marker, a block, a line). */
  marked: boolean;
}

export function assemblePeople(lines: readonly ImportLine[], readings: readonly LineReading[]): People {
  const placed: Placed[] = [];
  const review: ReviewNote[] = [];
  let side = '';
  let category: string | null = null;
  let pending: string[] = [];
  let group: (typeof ATTENDANCE_GROUPS)[string] | null = null;
  let sawMarker = false;
  let sawBlock = false;
  let sawLine = false;

  lines.forEach((line, i) => {
    const kind = readings[i]?.kind;
    if (kind === 'rosterHeading') {
      const text = line.text.replace(/:$/u, '').trim();
      // "För kommunerna i Västerhav" over "(KV)": a heading a PDF broke at the end of the line.
      if (/^\(/u.test(text) && pending.length > 0) pending[pending.length - 1] = `${pending.at(-1)} ${text}`;
      else pending.push(text);
      group = null;
    } else if (kind === 'attendanceGroup') {
      group = ATTENDANCE_GROUPS[labelKey(line.text)] ?? { status: 'present', invitee: false };
      sawBlock = true;
      pending = [];
    } else if (kind === 'headerField') {
      // "Kallade: Anna Ek (S), Per Berg (M), Eva Ås": the called list written on one line.
      for (const entry of calledListOf(line.text) ?? []) {
        const read = readPerson([entry.name, entry.details].filter(Boolean).join(', '));
        if (read === null) continue;
        const attendance = entry.words ? readAttendanceWords(entry.words, 'present') : null;
        if (attendance) sawMarker = true;
        placed.push({
          person: { kind: 'member', sideName: side, categoryName: category ?? DEFAULT_CATEGORY, ...read.member, attendance: attendance ?? { ...UNMARKED_ATTENDANCE } },
          marked: attendance !== null,
        });
      }
    } else if (kind === 'person') {
      if (pending.length > 0) {
        [side, category] = placeOf(pending, side);
        pending = [];
      }
      const read = line.columns ? readPersonBeside(line.columns) : readPerson(line.text);
      if (read === null) {
        review.push({ line: i, message: `Raden ”${short(line.text)}” lästes som en person men namnet kunde inte läsas.` });
        return;
      }
      const kindOf: CalledKind = group?.invitee ? 'invitee' : 'member';
      let attendance: Attendance = read.attendance ?? { ...UNMARKED_ATTENDANCE };
      let marked = read.attendance !== null;
      if (read.attendance !== null) sawMarker = true;
      if (group !== null && !read.member.vacant) {
        // In a block the block says the status; a marker adds to it ("(Y ersätter)" under Förhindrade).
        attendance = readAttendanceWords(read.words ?? '', group.status);
        marked = true;
      }
      placed.push({
        person: {
          kind: kindOf,
          sideName: kindOf === 'member' ? side : '',
          categoryName: kindOf === 'member' ? (category ?? DEFAULT_CATEGORY) : '',
          ...read.member,
          attendance: read.member.vacant ? { ...UNMARKED_ATTENDANCE } : attendance,
        },
        marked,
      });
    }
  });

  lines.forEach((line, i) => {
    if (readings[i]?.kind !== 'attendanceLine') return;
    const value = attendanceLineValue(line.text);
    if (!value) {
      review.push({ line: i, message: `Närvaroraden ”${short(line.text)}” kunde inte läsas; den är inte tillämpad.` });
      return;
    }
    sawLine = true;
    if (value.status === 'invitee') {
      for (const entry of splitOutside(value.value.replace(/\.$/u, ''), /;/u)) {
        const read = readPerson(entry.trim());
        if (read === null) continue;
        const existing = findPerson(placed, read.member.name);
        if (existing) {
          existing.person.kind = 'invitee';
          existing.marked = true;
          continue;
        }
        placed.push({
          person: { kind: 'invitee', sideName: '', categoryName: '', ...read.member, attendance: read.attendance ?? readAttendanceWords('', 'present') },
          marked: true,
        });
      }
      return;
    }
    for (const entry of attendanceEntries(value.value)) {
      const existing = findPerson(placed, entry.name);
      if (value.status === 'arrived' || value.status === 'left') {
        // "Lämnade mötet: X kl. 14.40": a time beside whatever else was said of X.
        const time = clockOf(`${entry.words} ${entry.details}`);
        if (!existing || time === null) {
          review.push({ line: i, message: `”${short(line.text)}”: ${entry.name} eller tiden kunde inte läsas.` });
          continue;
        }
        const a = existing.person.attendance;
        if (a.status === 'unmarked') a.status = 'present';
        if (value.status === 'arrived') a.arrivedAt = time;
        else a.leftAt = time;
        existing.marked = true;
        continue;
      }
      const attendance = readAttendanceWords(entry.words, value.status);
      if (existing) {
        existing.person.attendance = attendance;
        existing.marked = true;
        continue;
      }
      review.push({ line: i, message: `${entry.name} står i närvaron men inte i kallelselistan; lagd under ”${OTHERS_CATEGORY}”.` });
      const details = readPerson([entry.name, entry.details].filter(Boolean).join(', '))?.member;
      placed.push({
        person: {
          kind: 'member',
          sideName: '',
          categoryName: OTHERS_CATEGORY,
          name: entry.name,
          party: details?.party ?? '',
          organisation: details?.organisation ?? '',
          title: details?.title ?? '',
          role: details?.role ?? 'ledamot',
          vacant: false,
          email: details?.email ?? '',
          attendance,
        },
        marked: true,
      });
    }
  });

  const anyAttendance = sawLine || sawBlock || sawMarker;
  for (const p of placed) {
    // Those the minutes do not name were in the room: that is how both lines and markers are written.
    if (!p.marked && anyAttendance && !p.person.vacant) p.person.attendance = readAttendanceWords('', 'present');
  }
  const style: AttendanceStyle = sawBlock ? 'blocks' : sawLine ? 'lines' : sawMarker ? 'markers' : 'lines';
  return { sides: rosterOf(placed), called: placed.map((p) => p.person), style, review };
}

/** The people of a "Kallade: …" line that names two or more of them; null for "Kallade: Se lista." */
export function calledListOf(text: string): ReturnType<typeof attendanceEntries> | null {
  const l = labelled(text);
  if (!l || l.label !== 'kallade') return null;
  const entries = attendanceEntries(l.value);
  return entries.length >= 2 ? entries : null;
}

/** The side and category after a run of headings: two headings are side and category; one is a side if it reads like one. */
function placeOf(headings: readonly string[], side: string): [string, string | null] {
  if (headings.length >= 2) return [headings[headings.length - 2]!, headings[headings.length - 1]!];
  const heading = headings[0]!;
  if (isSideHeading(heading)) return [heading, null];
  return [side, heading];
}

const SIDE_WORDS = new Set(['region', 'regionen', 'kommun', 'kommunen', 'kommunerna', 'kommunalförbunden', 'kommunalförbundet', 'kommunsidan', 'regionsidan', 'landsting', 'landstinget']);

function isSideHeading(text: string): boolean {
  return /^(?:för|från)\s/iu.test(text) || SIDE_WORDS.has(labelKey(text));
}

interface ReadPerson {
  member: NewMember;
  attendance: Attendance | null;
  /** The marker's words, when the line had one ("förhindrad, Per Ek ersätter"). */
  words: string | null;
}

/** A name read beside its title column: the whole second column is the title ("Förvaltningsdirektör, Strandvik"). */
function readPersonBeside(columns: readonly string[]): ReadPerson | null {
  const [nameCell = '', ...rest] = columns;
  const read = readPerson(nameCell);
  if (read === null) return null;
  const title = [read.member.organisation, read.member.title, ...rest].filter((t) => t.trim() !== '').join(', ');
  return { ...read, member: { ...read.member, organisation: '', title: title.slice(0, 200) } };
}

/** One person's line: the roster fields (as the roster paste reads them) and the attendance marker, if any. */
export function readPerson(text: string): ReadPerson | null {
  const { text: rest, words } = takeAttendanceMarker(text.trim());
  const [row] = parseRosterPaste(rest, []);
  let member = row?.status === 'ok' || row?.status === 'duplicate' ? row.member : undefined;
  if (member === undefined) {
    const name = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+/u.exec(rest)?.[0];
    if (!name) return null;
    member = { name, party: '', organisation: '', title: rest.slice(name.length).replace(/^[\s,]+/u, ''), role: 'ledamot', vacant: false, email: '' };
  }
  const mark = words ?? (row?.mark ? markWords(row.mark) : null);
  return { member, attendance: mark === null ? null : readAttendanceWords(mark, 'present'), words: mark };
}

function markWords(mark: NonNullable<NonNullable<ReturnType<typeof parseRosterPaste>[number]['mark']>>): string {
  switch (mark) {
    case 'present':
      return 'närvarande';
    case 'remote':
      return 'med på länk';
    case 'excused':
      return 'förhindrad';
    case 'absent':
      return 'frånvarande';
    default: {
      const never: never = mark;
      throw new Error(`Unhandled mark ${String(never)}`);
    }
  }
}

/** A name compared without case, accents (but å, ä, ö) and word order. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/(?<![aAoO])[\u0300-\u036f]/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .split(/[\s-]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');
}

function findPerson(placed: readonly Placed[], name: string): Placed | undefined {
  const key = nameKey(name);
  return placed.find((p) => !p.person.vacant && nameKey(p.person.name) === key);
}

function rosterOf(placed: readonly Placed[]): NewBody['sides'] {
  const sides: NewBody['sides'] = [];
  for (const { person } of placed) {
    if (person.kind !== 'member') continue;
    let s = sides.find((x) => x.name === person.sideName);
    if (!s) sides.push((s = { name: person.sideName, categories: [] }));
    let c = s.categories.find((x) => x.name === person.categoryName);
    if (!c) s.categories.push((c = { name: person.categoryName || DEFAULT_CATEGORY, members: [] }));
    c.members.push({ name: person.name, party: person.party, organisation: person.organisation, title: person.title, role: person.role, vacant: person.vacant });
  }
  return sides;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
