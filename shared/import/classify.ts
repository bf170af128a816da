import {
  attendanceLineValue,
  guestsValue,
  isAgendaHeading,
  isBareUrl,
  isKindLine,
  isPageNumber,
  isSummaryTitle,
  labelled,
  letteredItem,
  nextLetter,
  numberedItem,
  presentersValue,
  reviewerStart,
  secretaryStart,
  standpointValue,
} from './patterns';
import type { ImportLine, LineKind, LineReading } from './reading';
import { ATTENDANCE_GROUPS, HEADER_LABELS, labelKey, looksLikeRosterText } from './words';

/**
 * What each line is (title, person, item, standpoint, notes …), from its
 * words, its look and its place. Two passes: first the items (numbered, or
 * the headings of unnumbered minutes), then a walk that reads the header and
 * called list before the first item, each item's parts inside it, and the
 * signatures at the end. Anything it does not know is notes of the item it
 * stands in, so nothing is dropped.
 */
export function classifyLines(lines: readonly ImportLine[]): LineReading[] {
  const items = findItems(lines);
  const readings: LineReading[] = [];
  const firstItem = items.size > 0 ? Math.min(...items.keys()) : lines.length;
  let phase: 'header' | 'items' | 'secretary' | 'reviewer' = 'header';
  let titleSeen = false;
  let subtitleAllowed = true;
  let currentItem: number | null = null;
  let currentTop: number | null = null;
  let itemPart: 'start' | 'body' = 'start';
  let inSummary = false;
  let standpointOpen = false;

  const set = (kind: LineKind, guessed = false) => readings.push({ kind, item: kind === 'item' ? null : currentItem, guessed });

  for (const line of lines) {
    const text = line.text;
    const at = items.get(line.index);
    if (line.table === null && isPageNumber(text)) {
      set('ignored');
      continue;
    }
    if (at) {
      phase = 'items';
      if (at.kind === 'item') currentTop = line.index;
      readings.push({ kind: at.kind, item: at.kind === 'subItem' ? currentTop : null, guessed: false });
      currentItem = line.index;
      if (at.kind === 'item') inSummary = isSummaryTitle(at.title);
      itemPart = 'start';
      standpointOpen = false;
      continue;
    }
    if (phase === 'header' && line.index < firstItem) {
      const kind = headerKind(line, titleSeen, subtitleAllowed);
      if (kind === 'title') titleSeen = true;
      if (kind !== 'title') subtitleAllowed = false;
      if (kind === 'secretary' || kind === 'reviewer') phase = kind;
      set(kind, kind === 'notes' || kind === 'rosterHeading');
      continue;
    }
    const secretary = secretaryStart(text);
    const reviewer = reviewerStart(text);
    if (secretary !== null && text.length < 120) {
      phase = 'secretary';
      set('secretary');
      continue;
    }
    if (reviewer !== null && text.length < 120 && !/\bjusteras\s+(?:av|i|på|vid)\s+\p{Ll}/u.test(text)) {
      phase = 'reviewer';
      set('reviewer');
      continue;
    }
    if (phase === 'secretary' || phase === 'reviewer') {
      // Signature lines are short: a name, a title, a date. Anything longer is notes that came after them.
      set(text.length <= 120 ? phase : 'notes', text.length > 120);
      continue;
    }
    const kind = itemLineKind(line, lines, itemPart, inSummary, standpointOpen);
    if (kind === 'standpoint' || kind === 'summary') {
      const value = standpointValue(text);
      // "Ställningstagande:" alone: the standpoint is the text that follows, up to the next item.
      if (value === '') standpointOpen = true;
      else if (value !== null) standpointOpen = false;
    } else {
      standpointOpen = false;
    }
    if (kind === 'notes' || kind === 'standpoint' || kind === 'summary') itemPart = 'body';
    set(kind, kind === 'topic' || kind === 'link');
  }
  return readings;
}

type ItemMark = { kind: 'item' | 'subItem'; title: string };

/**
 * The lines that start items and sub-items. Numbered minutes: "1." … in
 * sequence (a list "1., 2." inside an item is notes, recognised because it
 * restarts below the next expected number); sub-items a), b) … inside an
 * item. Minutes without numbers: the headings of the level that repeats
 * after the title.
 */
export function findItems(lines: readonly ImportLine[]): Map<number, ItemMark> {
  const numbered = numberedItems(lines);
  if (numbered.size >= 2) return numbered;
  return headingItems(lines);
}

function itemNumberOf(line: ImportLine): { number: number; title: string } | null {
  if (line.table !== null) return null;
  const written = numberedItem(line.text);
  if (written) return written;
  const marker = line.list?.ordered && line.list.level === 0 ? /^(\d{1,2})[.)]?$/u.exec(line.list.marker) : null;
  if (marker) return { number: Number(marker[1]), title: line.text };
  return null;
}

function subItemOf(line: ImportLine): { letter: string; title: string } | null {
  if (line.table !== null) return null;
  const written = letteredItem(line.text);
  if (written) return written;
  const marker = line.list?.ordered ? /^\(?([a-zåäö])[.)]$/u.exec(line.list.marker) : null;
  if (marker) return { letter: marker[1] ?? '', title: line.text };
  return null;
}

function numberedItems(lines: readonly ImportLine[]): Map<number, ItemMark> {
  const found = new Map<number, ItemMark>();
  let expected = 1;
  let innerList = 0;
  let letter = 'a';
  let seenItem = false;
  for (const line of lines) {
    const numbered = itemNumberOf(line);
    const long = line.text.length > 250;
    if (numbered && numbered.number === expected && !long && !(innerList > 0 && numbered.number === innerList + 1)) {
      found.set(line.index, { kind: 'item', title: numbered.title });
      expected++;
      innerList = 0;
      letter = 'a';
      seenItem = true;
      continue;
    }
    if (numbered && seenItem && (numbered.number === 1 || numbered.number === innerList + 1)) {
      innerList = numbered.number;
      continue;
    }
    if (!numbered && line.list === null) innerList = 0;
    const sub = seenItem ? subItemOf(line) : null;
    if (sub && sub.letter === letter && line.text.length <= 250) {
      found.set(line.index, { kind: 'subItem', title: sub.title });
      letter = nextLetter(letter);
    }
  }
  return found;
}

function headingItems(lines: readonly ImportLine[]): Map<number, ItemMark> {
  const found = new Map<number, ItemMark>();
  // The title block: leading headings before any body text.
  let start = 0;
  while (start < lines.length && (lines[start]?.heading !== null || start < 2) && start < 4) start++;
  const levels = new Map<number, number>();
  for (const line of lines.slice(start)) {
    if (line.heading !== null && line.heading > 0 && line.table === null && !isStructural(line.text)) {
      levels.set(line.heading, (levels.get(line.heading) ?? 0) + 1);
    }
  }
  const repeated = [...levels.entries()].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0]);
  const level = repeated[0]?.[0];
  if (level === undefined) return found;
  let letter = 'a';
  for (const line of lines.slice(start)) {
    if (line.heading === level && line.table === null && !isStructural(line.text)) {
      found.set(line.index, { kind: 'item', title: line.text });
      letter = 'a';
      continue;
    }
    const sub = found.size > 0 ? subItemOf(line) : null;
    if (sub && sub.letter === letter && line.text.length <= 250) {
      found.set(line.index, { kind: 'subItem', title: sub.title });
      letter = nextLetter(letter);
    }
  }
  return found;
}

/** Headings that are parts of the minutes, not items: "Dagordning", "Närvarande", "Justerat" … */
function isStructural(text: string): boolean {
  const key = labelKey(text);
  return (
    isAgendaHeading(text) ||
    key in ATTENDANCE_GROUPS ||
    key in HEADER_LABELS ||
    labelled(text)?.label !== undefined && (labelled(text)!.label in HEADER_LABELS) ||
    secretaryStart(text) !== null ||
    reviewerStart(text) !== null ||
    key === 'kallade'
  );
}

function headerKind(line: ImportLine, titleSeen: boolean, subtitleAllowed: boolean): LineKind {
  const text = line.text;
  const field = labelled(text);
  if (field && field.label in HEADER_LABELS) return 'headerField';
  if (attendanceLineValue(text)) return 'attendanceLine';
  if (labelKey(text) in ATTENDANCE_GROUPS) return 'attendanceGroup';
  if (isAgendaHeading(text)) return 'agendaHeading';
  if (secretaryStart(text) !== null && text.length < 120) return 'secretary';
  if (!titleSeen) return 'title';
  if (subtitleAllowed && !looksLikeRosterText(text) && !/:\s*\S/u.test(text.replace(/datum\s*:.*$/iu, ''))) return 'subtitle';
  if (/datum\s*:/iu.test(text) && subtitleAllowed) return 'subtitle';
  if (looksLikeRosterText(text) && !isRosterHeadingText(text)) return 'person';
  if (isRosterHeadingText(text)) return 'rosterHeading';
  return 'notes';
}

/** "För Västra Götalandsregionen (VGR)", "Kommunpolitiker", "Region": short, no sentence, no colon. */
function isRosterHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 90 || /[.:;]$/u.test(t) || t.includes(':')) return false;
  if (/^för\s|^från\s/iu.test(t)) return true;
  const words = t.split(/\s+/u);
  return words.length <= 6 && !looksLikeRosterText(t);
}

function itemLineKind(
  line: ImportLine,
  lines: readonly ImportLine[],
  part: 'start' | 'body',
  inSummary: boolean,
  standpointOpen: boolean,
): LineKind {
  const text = line.text;
  if (line.table !== null) return 'notes';
  if (attendanceLineValue(text)) return 'attendanceLine';
  const standpoint = standpointValue(text);
  if (standpoint !== null) return inSummary ? 'summary' : 'standpoint';
  if (standpointOpen && line.heading === null) return inSummary ? 'summary' : 'standpoint';
  if (presentersValue(text) !== null) return 'presenters';
  if (guestsValue(text) !== null) return 'guests';
  if (part === 'start') {
    if (isKindLine(text)) return 'kindLine';
    if (isLinkOnly(line)) return 'link';
    if (line.list !== null && !line.list.ordered && topicsLeadToKind(line, lines)) return 'topic';
  }
  return 'notes';
}

/** A line that is nothing but a link (a document of the item). */
export function isLinkOnly(line: ImportLine): boolean {
  if (isBareUrl(line.text)) return true;
  const linked = line.runs.filter((r) => r.href !== null).reduce((n, r) => n + r.text.trim().length, 0);
  const all = line.runs.reduce((n, r) => n + r.text.trim().length, 0);
  return all > 0 && linked >= all * 0.9;
}

/** Bullets right under an item's heading are its sub-topics when the type line or the presenters follow them. */
function topicsLeadToKind(line: ImportLine, lines: readonly ImportLine[]): boolean {
  for (let i = line.index + 1; i < lines.length && i < line.index + 12; i++) {
    const next = lines[i]!;
    if (next.list !== null && !next.list.ordered) continue;
    return isKindLine(next.text) || presentersValue(next.text) !== null;
  }
  return false;
}
