import { blankFileItem, type MeetingFileItem, type MeetingFileSubItem } from '../meetingfile/schema';
import type { ItemKind, StandpointPlacement } from '../model/kinds';
import type { DocumentLink, Presenter } from '../model/agenda-item';
import { STANDING_TITLES } from '../model/standing-agenda';
import { attendanceEntries, readAttendanceWords, splitOutside } from './attendance-text';
import { readPerson } from './assemble-people';
import { notesMarkdown } from './notes-markdown';
import { guestsValue, isSummaryTitle, letteredItem, numberedItem, presentersValue, standpointValue, writtenLink } from './patterns';
import type { ImportLine, LineReading, ReviewNote } from './reading';

/**
 * The agenda: each item and sub-item with its parts (topics, type line,
 * presenters, guests, links, standpoint) and its notes, in the order the
 * lines stood. A line belongs to the item its reading names; lines before
 * the first item go to the notes of the first, so nothing is dropped.
 */

export interface Items {
  agenda: MeetingFileItem[];
  numbered: boolean;
  standpointPlacement: StandpointPlacement;
  summary: boolean;
  review: ReviewNote[];
}

interface Building {
  line: number;
  item: MeetingFileSubItem;
  children: Building[];
  parts: ImportLine[];
  notes: ImportLine[];
  /** The standpoint came after all the notes (end of item) or before some (after the presenters). */
  standpointLast: boolean | null;
}

const STANDING = new Set(
  [...Object.values(STANDING_TITLES), 'Godkännande av dagordningen', 'Godkännande av dagordning', 'Fastställande av dagordning', 'Mötets avslutande', 'Nästa möte', 'Inledning', 'Föregående minnesanteckningar'].map((t) => t.toLocaleLowerCase('sv-SE')),
);

export function assembleItems(lines: readonly ImportLine[], readings: readonly LineReading[]): Items {
  const review: ReviewNote[] = [];
  const byLine = new Map<number, Building>();
  const top: Building[] = [];
  const parentOf = new Map<Building, Building>();
  let numbered = false;
  let summary = false;

  lines.forEach((line, i) => {
    const reading = readings[i];
    if (reading?.kind !== 'item' && reading?.kind !== 'subItem') return;
    const written = reading.kind === 'item' ? numberedItem(line.text) : letteredItem(line.text);
    if (reading.kind === 'item' && (written !== null || (line.list?.ordered && line.list.marker !== ''))) numbered = true;
    const title = (written?.title ?? line.text).replace(/[:.]$/u, '').trim().slice(0, 1000);
    if (reading.kind === 'item' && isSummaryTitle(title)) summary = true;
    const building: Building = {
      line: i,
      item: { ...blankFileItem(title), standing: STANDING.has(title.toLocaleLowerCase('sv-SE').replace(/\s+klockan$/u, '')) },
      children: [],
      parts: [],
      notes: [],
      standpointLast: null,
    };
    byLine.set(i, building);
    // A sub-item hangs under a top-level item; one the secretary put under a sub-item goes to that sub-item's item.
    const named = reading.kind === 'subItem' && reading.item !== null ? byLine.get(reading.item) : undefined;
    const parent = named !== undefined ? (parentOf.get(named) ?? named) : undefined;
    if (parent) {
      parent.children.push(building);
      parentOf.set(building, parent);
    } else {
      top.push(building);
    }
  });

  const first = top[0];
  const standpoints: { item: Building; line: number }[] = [];
  lines.forEach((line, i) => {
    const reading = readings[i];
    if (!reading) return;
    const owner = (reading.item !== null ? byLine.get(reading.item) : undefined) ?? first;
    if (!owner) return;
    switch (reading.kind) {
      case 'notes':
        if (reading.item === null && owner === first) {
          review.push({ line: i, message: 'Text före första punkten ligger först i den första punktens anteckningar.' });
        }
        owner.notes.push(line);
        break;
      case 'topic':
        owner.item.topics.push(line.text.slice(0, 500));
        break;
      case 'kindLine':
        Object.assign(owner.item, kindOf(line.text));
        break;
      case 'presenters':
        owner.item.presenters.push(...presentersOf(presentersValue(line.text) ?? line.text));
        break;
      case 'guests':
        owner.item.guests.push(...guestsOf(guestsValue(line.text) ?? line.text));
        break;
      case 'link': {
        const link = linkOf(line);
        if (link) owner.item.links.push(link);
        else owner.notes.push(line);
        break;
      }
      case 'standpoint': {
        const text = standpointValue(line.text) ?? line.text;
        if (text !== '') owner.item.standpoint = owner.item.standpoint ? `${owner.item.standpoint}\n${text}` : text;
        standpoints.push({ item: owner, line: i });
        break;
      }
      case 'title':
      case 'subtitle':
      case 'headerField':
      case 'rosterHeading':
      case 'person':
      case 'attendanceGroup':
      case 'attendanceLine':
      case 'agendaHeading':
      case 'item':
      case 'subItem':
      case 'summary':
      case 'secretary':
      case 'reviewer':
      case 'ignored':
        // Read elsewhere (header, people, signatures), or repeated by the app itself (the summary of standpoints).
        break;
      default: {
        const never: never = reading.kind;
        throw new Error(`Unhandled line kind ${String(never)}`);
      }
    }
  });

  let last = 0;
  let before = 0;
  for (const { item, line } of standpoints) {
    const notesAfter = item.notes.some((n) => n.index > line);
    if (notesAfter) before++;
    else last++;
  }
  for (const b of byLine.values()) b.item.standpoint = b.item.standpoint.slice(0, 20000);

  const headingBase = Math.min(...[...byLine.values()].map((b) => lines[b.line]?.heading ?? 99));
  const finish = (b: Building): MeetingFileSubItem => {
    const markdown = notesMarkdown(b.notes, headingBase === 99 ? null : headingBase);
    return { ...b.item, notesMarkdown: markdown.trim() === '' ? undefined : markdown };
  };
  const agenda: MeetingFileItem[] = top.map((b) => ({ ...finish(b), children: b.children.map(finish) }));
  return {
    agenda,
    numbered: numbered || top.length === 0,
    standpointPlacement: last > before ? 'endOfItem' : 'afterPresenters',
    summary,
    review,
  };
}

/** "Information & dialog (40 minuter, bilaga)" → kind, minutes and whether there is an attachment. */
export function kindOf(text: string): { kind: ItemKind; minutes: number | null; attachment: boolean } {
  const t = text.toLocaleLowerCase('sv-SE');
  const kind: ItemKind = /information\s*(?:&|och)\s*(?:dialog|diskussion)/u.test(t)
    ? 'information_dialog'
    : /^\s*(?:för\s+)?(?:information|kännedom)/u.test(t)
      ? 'information'
      : /^\s*(?:för\s+)?(?:dialog|diskussion)/u.test(t)
        ? 'dialog'
        : /^\s*(?:för\s+)?ställningstagande/u.test(t)
          ? 'standpoint'
          : /^\s*(?:för\s+)?beslut/u.test(t)
            ? 'decision'
            : 'other';
  const minutes = /(\d{1,3})\s*(?:min|minuter|minuters)\b/u.exec(t);
  const hours = /(\d)\s*(?:tim|timme|timmar)\b/u.exec(t);
  return {
    kind,
    minutes: minutes ? Number(minutes[1]) : hours ? Number(hours[1]) * 60 : null,
    attachment: /\bbilag(?:a|or)\b/u.test(t),
  };
}

/** "Angela Ek, Kustregionen och Åsa Berg, VGR." → each presenter with their organisation. */
export function presentersOf(text: string): Presenter[] {
  const out: Presenter[] = [];
  for (const part of splitOutside(text.trim().replace(/\.$/u, ''), /;|\s+(?:och|samt|&)\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u)) {
    const [name = '', ...rest] = splitOutside(part, /,/u).map((s) => s.trim());
    const paren = /^(.*?)\s*\(([^)]*)\)$/u.exec(name);
    const clean = (paren ? paren[1] : name)?.trim() ?? '';
    if (clean === '') continue;
    out.push({ name: clean.slice(0, 200), organisation: (paren ? (paren[2] ?? '') : rest.join(', ')).slice(0, 200) });
  }
  return out;
}

/** "Gäster: Eva Ås (projektledare, Kustregionen), Per Berg, RS." → each guest with what is written about them. */
function guestsOf(text: string): MeetingFileSubItem['guests'] {
  const out: MeetingFileSubItem['guests'] = [];
  for (const entry of attendanceEntries(text)) {
    const read = readPerson([entry.name, entry.details].filter(Boolean).join(', '));
    if (read === null) continue;
    out.push({ kind: 'guest', sideName: '', categoryName: '', ...read.member, attendance: readAttendanceWords(entry.words, 'present') });
  }
  return out;
}

function linkOf(line: ImportLine): DocumentLink | null {
  const written = writtenLink(line.text);
  if (written) return { title: written.title.slice(0, 500), url: written.url.slice(0, 2000) };
  const href = line.runs.find((r) => r.href !== null)?.href ?? (/^(?:https?:\/\/|mailto:)\S+$/iu.test(line.text) ? line.text : /^www\.\S+$/iu.test(line.text) ? `https://${line.text}` : null);
  if (href === null || !/^(?:https?:\/\/|mailto:)/iu.test(href)) return null;
  const title = line.text.trim() || href;
  return { title: title.slice(0, 500), url: href.slice(0, 2000) };
}
