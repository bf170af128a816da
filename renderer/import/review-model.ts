import type { ImportLine, LineKind, LineReading, ReviewNote } from '../../shared/import/reading';

/**
 * The review screen's pure parts: which item each line stands under, what
 * changing a line's kind or item does to the lines around it, and the lists
 * the selects offer. The screen keeps `readings` in state and re-assembles
 * the meeting from them after every change.
 */

/** Item and sub-item headings open a group of their own. */
export function isItemHeading(kind: LineKind): boolean {
  return kind === 'item' || kind === 'subItem';
}

/**
 * The item a line is shown under: a heading under itself, any other line
 * under the heading its reading names (null before the first item, or when
 * the line it names is no longer a heading).
 */
export function groupOf(readings: readonly LineReading[], index: number): number | null {
  const reading = readings[index];
  if (reading === undefined) return null;
  if (isItemHeading(reading.kind)) return index;
  const item = reading.item;
  if (item === null) return null;
  const heading = readings[item];
  return heading !== undefined && isItemHeading(heading.kind) ? item : null;
}

/** One item's lines (its heading first), or the lines before the first item (`item` null). */
export interface LineGroup {
  item: number | null;
  lines: number[];
}

/** The lines grouped under their items, items in document order, lines in document order after their heading. */
export function groupLines(readings: readonly LineReading[]): LineGroup[] {
  const before: number[] = [];
  const byItem = new Map<number, number[]>();
  readings.forEach((reading, index) => {
    if (isItemHeading(reading.kind)) byItem.set(index, [index, ...(byItem.get(index) ?? [])]);
  });
  readings.forEach((reading, index) => {
    if (isItemHeading(reading.kind)) return;
    const group = groupOf(readings, index);
    if (group === null) before.push(index);
    else byItem.get(group)?.push(index);
  });
  const groups: LineGroup[] = before.length > 0 ? [{ item: null, lines: before }] : [];
  for (const [item, lines] of [...byItem.entries()].sort((a, b) => a[0] - b[0])) {
    const [heading, ...rest] = lines;
    groups.push({ item, lines: heading === undefined ? [] : [heading, ...rest.sort((a, b) => a - b)] });
  }
  return groups;
}

/** An item a line can be moved to, as the select shows it. */
export interface ItemChoice {
  index: number;
  label: string;
  sub: boolean;
}

/** Every item and sub-item heading, in order. */
export function itemChoices(lines: readonly ImportLine[], readings: readonly LineReading[]): ItemChoice[] {
  const choices: ItemChoice[] = [];
  readings.forEach((reading, index) => {
    if (!isItemHeading(reading.kind)) return;
    choices.push({ index, label: shortText(lines[index]?.text ?? '', 70) || `Rad ${index + 1}`, sub: reading.kind === 'subItem' });
  });
  return choices;
}

/** A line's text cut to a length a select or a list can show. */
export function shortText(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

/** The nearest heading before a line, if any. */
function headingBefore(readings: readonly LineReading[], index: number): number | null {
  for (let i = index - 1; i >= 0; i--) if (isItemHeading(readings[i]?.kind ?? 'notes')) return i;
  return null;
}

/**
 * The secretary says a line is something else. A line that becomes an item
 * heading takes the lines after it that stood under the same item, up to the
 * next heading; a heading that stops being one hands its lines to the item
 * before it. The changed line is no longer a guess.
 */
export function changeKind(readings: readonly LineReading[], index: number, kind: LineKind): LineReading[] {
  const old = readings[index];
  if (old === undefined || old.kind === kind) return [...readings];
  const next = [...readings];
  const wasHeading = isItemHeading(old.kind);
  const isHeading = isItemHeading(kind);
  if (!wasHeading && isHeading) {
    const formerGroup = groupOf(readings, index);
    next[index] = { kind, item: formerGroup, guessed: false };
    for (let i = index + 1; i < next.length; i++) {
      const r = next[i];
      if (r === undefined || isItemHeading(r.kind)) break;
      if (groupOf(readings, i) === formerGroup) next[i] = { ...r, item: index };
    }
    return next;
  }
  if (wasHeading && !isHeading) {
    const heir = headingBefore(readings, index);
    next[index] = { kind, item: heir, guessed: false };
    next.forEach((r, i) => {
      if (i !== index && !isItemHeading(r.kind) && r.item === index) next[i] = { ...r, item: heir };
    });
    return next;
  }
  next[index] = { ...old, kind, guessed: false };
  return next;
}

/** The secretary moves a line to another item (null: before the first item). */
export function moveToItem(readings: readonly LineReading[], index: number, item: number | null): LineReading[] {
  const old = readings[index];
  if (old === undefined || isItemHeading(old.kind)) return [...readings];
  const next = [...readings];
  next[index] = { ...old, item, guessed: false };
  return next;
}

/**
 * The item before or after the one a line stands under (keyboard "move to
 * previous/next item"); undefined when there is none that way. Before the
 * first item, "next" is the first item.
 */
export function neighbourItem(
  choices: readonly ItemChoice[],
  readings: readonly LineReading[],
  index: number,
  direction: -1 | 1,
): number | null | undefined {
  const current = groupOf(readings, index);
  const at = current === null ? -1 : choices.findIndex((c) => c.index === current);
  const to = at + direction;
  if (to === -1) return current === null ? undefined : null;
  return choices[to]?.index;
}

/** The review notes by the line they are about; notes about no line under -1. */
export function notesByLine(review: readonly ReviewNote[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const note of review) {
    const key = note.line ?? -1;
    map.set(key, [...(map.get(key) ?? []), note.message]);
  }
  return map;
}
