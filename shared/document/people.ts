import type { AttendanceStatus, Body, CalledPerson, Meeting, PersonDetailOrder } from '../model/domain';
import { attendanceDetail, attendanceMarker, attendanceTimes } from '../format/attendance';
import { isPresidingRole, roleLabel } from '../format/labels';
import { clean, mergeText, paragraph, rosterHeading, text } from './inline';
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

/** "Göteborgsregionen, förbundsdirektör" in the body's order of details. */
export function details(person: Pick<CalledPerson, 'organisation' | 'title'>, order: PersonDetailOrder): string[] {
  const organisation = clean(person.organisation);
  const title = clean(person.title);
  switch (order) {
    case 'organisationTitle':
      return [organisation, title].filter(Boolean);
    case 'titleOrganisation':
      return [title, organisation].filter(Boolean);
    default: {
      const never: never = order;
      throw new Error(`Unhandled detail order ${String(never)}`);
    }
  }
}

/** " (förhindrad)" with the words in italics, as the reference minutes print it. */
function markerInlines(marker: string | null): DocInline[] {
  return marker ? [text(' ('), text(marker, { italic: true }), text(')')] : [];
}

/** ", **vice ordförande**": presiding roles in bold, an ordinary member says nothing. */
function roleInlines(person: CalledPerson): DocInline[] {
  if (person.role === 'ledamot') return [];
  return [text(', '), text(roleLabel(person.role), { bold: isPresidingRole(person.role) })];
}

/**
 * "Marina Johansson (S), Göteborgsregionen, **vice ordförande**", with the
 * attendance marker after the name or at the end of the line as the body prints it.
 */
function personLine(person: CalledPerson, withMarker: boolean, body: Body): DocInline[] {
  if (person.vacant) return [text(['Vakant', ...details(person, body.personDetailOrder)].join(', '))];
  const marker = markerInlines(withMarker ? attendanceMarker(person.attendance) : null);
  const rest = details(person, body.personDetailOrder);
  const out: DocInline[] = [text(nameWithParty(person))];
  if (body.markerPlacement === 'afterName') out.push(...marker);
  if (rest.length) out.push(text(`, ${rest.join(', ')}`));
  out.push(...roleInlines(person));
  if (body.markerPlacement === 'endOfLine') out.push(...marker);
  return mergeText(out);
}

export function roster(meeting: Meeting, body: Body): DocBlock[] {
  const style = body.attendanceStyle;
  switch (style) {
    case 'lines':
      return rosterBySide(meeting, body, false);
    case 'markers':
      return [...rosterBySide(meeting, body, true), ...inviteeLines(meeting, body, true)];
    case 'blocks':
      return attendanceBlocks(meeting, body);
    default: {
      const never: never = style;
      throw new Error(`Unhandled attendance style ${String(never)}`);
    }
  }
}

/**
 * Who is called, as a kallelse lists them: the members by side and category
 * with their details and roles, then the invitees; nobody's attendance yet.
 */
export function calledList(meeting: Meeting, body: Body): DocBlock[] {
  return [...rosterBySide(meeting, body, false), ...inviteeLines(meeting, body, false)];
}

/** "Inbjudna" and one line per invitee; nothing when there are none. */
function inviteeLines(meeting: Meeting, body: Body, withMarkers: boolean): DocBlock[] {
  const invited = invitees(meeting);
  if (invited.length === 0) return [];
  return [rosterHeading(1, [text('Inbjudna')]), ...invited.map((person) => paragraph('person', personLine(person, withMarkers, body)))];
}

/** Sides and categories (roster headings) in roster order, one person a line. */
function rosterBySide(meeting: Meeting, body: Body, withMarkers: boolean): DocBlock[] {
  const out: DocBlock[] = [];
  let side: string | null = null;
  let category: string | null = null;
  for (const person of members(meeting)) {
    if (person.sideName !== side) {
      side = person.sideName;
      category = null;
      if (clean(side)) out.push(rosterHeading(1, [text(clean(side))]));
    }
    if (person.categoryName !== category) {
      category = person.categoryName;
      if (clean(category)) out.push(rosterHeading(2, [text(clean(category))]));
    }
    out.push(paragraph('person', personLine(person, withMarkers, body)));
  }
  return out;
}

/** One row of the blocks table: the name with its marker, then the person's details. */
interface BlockRow {
  name: DocInline[];
  details: string;
}

/**
 * Närvarande / Förhindrade / Inbjudna as a table without header, like the
 * LGS reference. A substitute stands among those present, saying whom they
 * replaced.
 */
function attendanceBlocks(meeting: Meeting, body: Body): DocBlock[] {
  const present: BlockRow[] = [];
  const away: BlockRow[] = [];
  const unmarked: BlockRow[] = [];
  const row = (p: CalledPerson, markers: boolean): BlockRow => ({
    name: blockName(p, markers),
    details: details(p, body.personDetailOrder).join(', '),
  });
  for (const person of members(meeting)) {
    if (person.vacant) continue;
    const status = person.attendance.status;
    switch (status) {
      case 'present':
      case 'remote':
        present.push(row(person, true));
        break;
      case 'excused':
      case 'absent': {
        away.push(row(person, false));
        const substitute = clean(person.attendance.substituteName);
        if (substitute) {
          const where = person.attendance.substituteRemote ? ', med på länk' : '';
          present.push({
            name: [text(substitute), ...markerInlines(`ersätter ${clean(person.name)}${where}`)],
            details: '',
          });
        }
        break;
      }
      case 'unmarked':
        unmarked.push(row(person, false));
        break;
      default: {
        const never: never = status;
        throw new Error(`Unhandled attendance ${String(never)}`);
      }
    }
  }
  const rows: DocTableCell[][] = [];
  // One row per person, so a wrapped title never drifts beside the next name;
  // the group label is the row header of all its rows, printed once at the top.
  const group = (label: string, entries: BlockRow[]) => {
    entries.forEach((entry, index) => {
      const person: DocTableCell[] = [
        { header: false, blocks: [paragraph('person', mergeText(entry.name))] },
        { header: false, blocks: [paragraph('person', [text(entry.details)])] },
      ];
      const labelCell: DocTableCell = { header: true, rowSpan: entries.length, blocks: [paragraph('normal', [text(label, { bold: true })])] };
      rows.push(index === 0 ? [labelCell, ...person] : person);
    });
  };
  group('Närvarande', present);
  group('Förhindrade', away);
  group('Kallade', unmarked);
  group('Inbjudna', invitees(meeting).map((p) => row(p, true)));
  return rows.length ? [{ kind: 'table', rows }] : [];
}

/** "Babbs Edberg, **ordförande**" (+ "(med på länk)"), for the blocks style. */
function blockName(person: CalledPerson, markers: boolean): DocInline[] {
  return mergeText([
    text(nameWithParty(person)),
    ...roleInlines(person),
    ...markerInlines(markers ? attendanceMarker(person.attendance) : null),
  ]);
}

/**
 * The "lines" style, printed under the opening item: who was on the link,
 * who came late or left early, who sent apologies and who was absent, each
 * with a substitute where there was one ("Förhinder: Anna Berg (Per Ek
 * ersätter)."). Those not named were in the room the whole meeting.
 */
export function attendanceLines(meeting: Meeting): DocBlock[] {
  const persons = members(meeting).filter((p) => !p.vacant);
  const out: DocBlock[] = [];
  const line = (label: string, chosen: CalledPerson[]) => {
    if (chosen.length === 0) return;
    const names = chosen.map((p) => {
      const detail = attendanceDetail(p.attendance);
      return detail ? `${clean(p.name)} (${detail})` : clean(p.name);
    });
    out.push(paragraph('person', [text(`${label}: ${names.join(', ')}.`)]));
  };
  const withStatus = (status: AttendanceStatus) => persons.filter((p) => p.attendance.status === status);
  line('Med på länk', withStatus('remote'));
  line('Del av mötet', withStatus('present').filter((p) => attendanceTimes(p.attendance) !== ''));
  line('Förhinder', withStatus('excused'));
  line('Frånvarande', withStatus('absent'));
  const invited = invitees(meeting).map((p) => [clean(p.name), clean(p.title), clean(p.organisation)].filter(Boolean).join(', '));
  if (invited.length) out.push(paragraph('person', [text(`Inbjudna: ${invited.join('; ')}.`)]));
  return out;
}

/** The item under which the "lines" attendance stands: 1 a) when item 1 has sub-items, else 1. */
