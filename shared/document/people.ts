import type { AttendanceStatus, Body, CalledPerson, Meeting } from '../model/domain';
import { isPresidingRole, roleLabel } from '../format/labels';
import { clean, heading, mergeText, paragraph, text } from './inline';
import type { DocBlock, DocInline, DocTableCell } from './model';

/**
 * The roster and the attendance of the minutes, in the three printed forms
 * of real minutes: lines under item 1, markers after the names, or blocks
 * Närvarande / Förhindrade / Inbjudna.
 */

export function byPosition(a: CalledPerson, b: CalledPerson): number {
  return a.position - b.position || a.id - b.id;
}

export function members(meeting: Meeting): CalledPerson[] {
  return meeting.calledPersons.filter((p) => p.kind === 'member').sort(byPosition);
}

export function invitees(meeting: Meeting): CalledPerson[] {
  return meeting.calledPersons.filter((p) => p.kind === 'invitee').sort(byPosition);
}

/** "Helén Eliasson (S)". */
export function nameWithParty(person: CalledPerson): string {
  const name = clean(person.name);
  // Stored as "S" or "(S)"; printed once in parentheses.
  const party = clean(person.party).replace(/^\((.*)\)$/, '$1').trim();
  return party ? `${name} (${party})` : name;
}

/** "förhindrad", "efter 13.30", "Helen Nordling ersätter" … or null when nothing is printed. */
function attendanceMarker(person: CalledPerson): string | null {
  const a = person.attendance;
  const status: AttendanceStatus = a.status;
  switch (status) {
    case 'unmarked':
    case 'present':
      return null;
    case 'remote':
      return 'med på länk';
    case 'excused':
      return 'förhindrad';
    case 'absent':
      return clean(a.note) ? `frånvarande, ${clean(a.note)}` : 'frånvarande';
    case 'partial':
      return partialText(a.arrivedAt, a.leftAt) || 'delvis';
    case 'substitute':
      return clean(a.substituteName) ? `${clean(a.substituteName)} ersätter` : 'ersättare';
    default: {
      const never: never = status;
      throw new Error(`Unhandled attendance ${String(never)}`);
    }
  }
}

/** "efter 13.30", "lämnade 14.10", "efter 13.30, lämnade 14.10". */
function partialText(arrivedAt: string | null, leftAt: string | null): string {
  const parts: string[] = [];
  if (arrivedAt) parts.push(`efter ${arrivedAt.replace(':', '.')}`);
  if (leftAt) parts.push(`lämnade ${leftAt.replace(':', '.')}`);
  return parts.join(', ');
}

/** "Marina Johansson (S), Göteborgsregionen, **vice ordförande**". */
function personLine(person: CalledPerson, withMarker: boolean): DocInline[] {
  if (person.vacant) {
    const rest = [clean(person.organisation), clean(person.title)].filter(Boolean);
    return [text(['Vakant', ...rest].join(', '))];
  }
  const out: DocInline[] = [text(nameWithParty(person))];
  const marker = withMarker ? attendanceMarker(person) : null;
  if (marker) out.push(text(' ('), text(marker, { italic: true }), text(')'));
  const rest = [clean(person.organisation), clean(person.title)].filter(Boolean);
  if (rest.length) out.push(text(`, ${rest.join(', ')}`));
  if (person.role !== 'ledamot') {
    out.push(text(', '), text(roleLabel(person.role), { bold: isPresidingRole(person.role) }));
  }
  return mergeText(out);
}

export function roster(meeting: Meeting, body: Body): DocBlock[] {
  const style = body.attendanceStyle;
  switch (style) {
    case 'lines':
      return rosterBySide(meeting, false);
    case 'markers': {
      const out = rosterBySide(meeting, true);
      const invited = invitees(meeting);
      if (invited.length) {
        out.push(heading(2, [text('Inbjudna')], null));
        for (const person of invited) out.push(paragraph('person', personLine(person, true)));
      }
      return out;
    }
    case 'blocks':
      return attendanceBlocks(meeting);
    default: {
      const never: never = style;
      throw new Error(`Unhandled attendance style ${String(never)}`);
    }
  }
}

/** Sides (heading 2) and categories (heading 3) in roster order, one person a line. */
function rosterBySide(meeting: Meeting, withMarkers: boolean): DocBlock[] {
  const out: DocBlock[] = [];
  let side: string | null = null;
  let category: string | null = null;
  for (const person of members(meeting)) {
    if (person.sideName !== side) {
      side = person.sideName;
      category = null;
      if (clean(side)) out.push(heading(2, [text(clean(side))], null));
    }
    if (person.categoryName !== category) {
      category = person.categoryName;
      if (clean(category)) out.push(heading(3, [text(clean(category))], null));
    }
    out.push(paragraph('person', personLine(person, withMarkers)));
  }
  return out;
}

/** Närvarande / Förhindrade / Inbjudna as a table without header, like the LGS reference. */
function attendanceBlocks(meeting: Meeting): DocBlock[] {
  const present: CalledPerson[] = [];
  const away: CalledPerson[] = [];
  const unmarked: CalledPerson[] = [];
  for (const person of members(meeting)) {
    if (person.vacant) continue;
    const status = person.attendance.status;
    switch (status) {
      case 'present':
      case 'remote':
      case 'partial':
      case 'substitute':
        present.push(person);
        break;
      case 'excused':
      case 'absent':
        away.push(person);
        break;
      case 'unmarked':
        unmarked.push(person);
        break;
      default: {
        const never: never = status;
        throw new Error(`Unhandled attendance ${String(never)}`);
      }
    }
  }
  const rows: DocTableCell[][] = [];
  // One row per person, so a wrapped title never drifts beside the next name;
  // the group label stands in the first row of its group only.
  const row = (label: string, persons: CalledPerson[], markers: boolean) => {
    persons.forEach((p, index) => {
      rows.push([
        { header: false, blocks: [paragraph('normal', index === 0 ? [text(label, { bold: true })] : [])] },
        { header: false, blocks: [paragraph('person', blockName(p, markers))] },
        {
          header: false,
          blocks: [paragraph('person', [text([clean(p.title), clean(p.organisation)].filter(Boolean).join(', '))])],
        },
      ]);
    });
  };
  row('Närvarande', present, true);
  row('Förhindrade', away, false);
  row('Kallade', unmarked, false);
  row('Inbjudna', invitees(meeting), true);
  return rows.length ? [{ kind: 'table', rows }] : [];
}

/** "Babbs Edberg, **ordförande**" (+ "(med på länk)"), for the blocks style. */
function blockName(person: CalledPerson, markers: boolean): DocInline[] {
  const out: DocInline[] = [text(nameWithParty(person))];
  if (person.role !== 'ledamot') {
    out.push(text(', '), text(roleLabel(person.role), { bold: isPresidingRole(person.role) }));
  }
  const marker = markers ? attendanceMarker(person) : null;
  if (marker) out.push(text(' ('), text(marker, { italic: true }), text(')'));
  return mergeText(out);
}

/** The "lines" style: who was where, printed under the opening item. */
export function attendanceLines(meeting: Meeting): DocBlock[] {
  const persons = members(meeting).filter((p) => !p.vacant);
  const names = (status: AttendanceStatus) =>
    persons.filter((p) => p.attendance.status === status).map((p) => clean(p.name));
  const out: DocBlock[] = [];
  const line = (value: string) => out.push(paragraph('person', [text(value)]));

  const remote = names('remote');
  if (remote.length) line(`Med på länk: ${remote.join(', ')}.`);
  const excused = names('excused');
  if (excused.length) line(`Förhinder: ${excused.join(', ')}.`);
  const absent = persons
    .filter((p) => p.attendance.status === 'absent')
    .map((p) => (clean(p.attendance.note) ? `${clean(p.name)} (${clean(p.attendance.note)})` : clean(p.name)));
  if (absent.length) line(`Frånvarande: ${absent.join(', ')}.`);
  for (const p of persons.filter((x) => x.attendance.status === 'partial')) {
    const { arrivedAt, leftAt } = p.attendance;
    const parts: string[] = [];
    if (arrivedAt) parts.push(`efter ${arrivedAt.replace(':', '.')}`);
    if (leftAt) parts.push(`lämnade ${leftAt.replace(':', '.')}`);
    line(parts.length ? `${clean(p.name)} ${parts.join(' och ')}.` : `${clean(p.name)} deltog delvis.`);
  }
  for (const p of persons.filter((x) => x.attendance.status === 'substitute')) {
    const substitute = clean(p.attendance.substituteName);
    line(substitute ? `${substitute} ersätter ${clean(p.name)}.` : `${clean(p.name)} hade ersättare.`);
  }
  const invited = invitees(meeting).map((p) => [clean(p.name), clean(p.title), clean(p.organisation)].filter(Boolean).join(', '));
  if (invited.length) line(`Inbjudna: ${invited.join('; ')}.`);
  return out;
}

/** The item under which the "lines" attendance stands: 1 a) when item 1 has sub-items, else 1. */
