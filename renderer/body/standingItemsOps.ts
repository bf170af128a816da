import type { AgendaItem, BodyStandingItem, StandingPlacement } from '../../shared/model/domain';
import { findStandingItem } from '../../shared/model/standing-agenda';
import type { Direction } from '../components/MoveButtons';

/**
 * The standing-items editor's list operations. The list is kept in printed
 * order: the items before the meeting's subject items, then those after.
 * Moving an item up past the first of the "after" group (or down past the
 * last of the "before" group) takes it across the subject items: that is
 * its placement changing, not a swap.
 */

export interface StandingSubRow {
  key: string;
  title: string;
}

/** One item as edited: titles as typed, a key that stays with it while it moves. */
export interface StandingRow {
  key: string;
  title: string;
  placement: StandingPlacement;
  children: StandingSubRow[];
}

export type { Direction };

export const PLACEMENT_LABELS: Record<StandingPlacement, string> = {
  beforeSubjects: 'Före mötets ärenden',
  afterSubjects: 'Efter mötets ärenden',
};

let lastKey = 0;
export function newKey(): string {
  lastKey += 1;
  return `standing-${lastKey}`;
}

export function rowsOf(items: readonly BodyStandingItem[]): StandingRow[] {
  return items.map((item) => ({
    key: newKey(),
    title: item.title,
    placement: item.placement,
    children: item.children.map((title) => ({ key: newKey(), title })),
  }));
}

/** The rows as the body stores them (titles trimmed; the server trims too). */
export function itemsOf(rows: readonly StandingRow[]): BodyStandingItem[] {
  return rows.map((row) => ({
    title: row.title.trim(),
    placement: row.placement,
    children: row.children.map((child) => child.title.trim()),
  }));
}

/** Where the "before" group ends and the "after" group starts. */
function boundary<T extends { placement: StandingPlacement }>(rows: readonly T[]): number {
  return rows.filter((r) => r.placement === 'beforeSubjects').length;
}

export function canMove<T extends { placement: StandingPlacement }>(rows: readonly T[], index: number, direction: Direction): boolean {
  const row = rows[index];
  if (!row) return false;
  return direction === 'up'
    ? !(index === 0 && row.placement === 'beforeSubjects')
    : !(index === rows.length - 1 && row.placement === 'afterSubjects');
}

/** One step up or down; across the subject items it changes the placement and keeps the place. */
export function move<T extends { placement: StandingPlacement }>(rows: readonly T[], index: number, direction: Direction): T[] {
  const row = rows[index];
  if (!row || !canMove(rows, index, direction)) return [...rows];
  const out = [...rows];
  const neighbourIndex = direction === 'up' ? index - 1 : index + 1;
  const neighbour = rows[neighbourIndex];
  if (direction === 'up' && row.placement === 'afterSubjects' && (!neighbour || neighbour.placement === 'beforeSubjects')) {
    out[index] = { ...row, placement: 'beforeSubjects' };
    return out;
  }
  if (direction === 'down' && row.placement === 'beforeSubjects' && (!neighbour || neighbour.placement === 'afterSubjects')) {
    out[index] = { ...row, placement: 'afterSubjects' };
    return out;
  }
  out[index] = neighbour!;
  out[neighbourIndex] = row;
  return out;
}

/** The item moved to the other side of the subject items, next to them: last before, or first after. */
export function place<T extends { placement: StandingPlacement }>(rows: readonly T[], index: number, placement: StandingPlacement): T[] {
  const row = rows[index];
  if (!row || row.placement === placement) return [...rows];
  const rest = rows.filter((_, i) => i !== index);
  rest.splice(boundary(rest), 0, { ...row, placement });
  return rest;
}

/** A new item at the end of its group. */
export function add<T extends { placement: StandingPlacement }>(rows: readonly T[], row: T): T[] {
  const out = [...rows];
  out.splice(row.placement === 'beforeSubjects' ? boundary(rows) : rows.length, 0, row);
  return out;
}

/** A sub-item one step up or down among its siblings. */
export function moveSub<T>(list: readonly T[], index: number, direction: Direction): T[] {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || index >= list.length || other < 0 || other >= list.length) return [...list];
  const out = [...list];
  out[index] = list[other]!;
  out[other] = list[index]!;
  return out;
}

/** "a)", "b)" … as printed. */
export function subLetter(index: number): string {
  return `${String.fromCharCode(97 + (index % 26))})`;
}

/** A refusal from the host as the secretary reads it: without the field's internal name. */
export function refusalText(message: string): string {
  return message.replace(/^Ogiltiga uppgifter i fältet "[^"]*": /, '');
}

/**
 * Where the item would stand among the body's standing items: before the
 * subject items if it comes before the meeting's first one, else after. A
 * meeting without subject items is read from the body's items around it.
 */
export function placementInMeeting(
  agenda: readonly AgendaItem[],
  item: AgendaItem,
  standing: readonly BodyStandingItem[],
): StandingPlacement {
  const top = agenda.filter((i) => i.parentId === null).sort((x, y) => x.position - y.position || x.id - y.id);
  const index = top.findIndex((i) => i.id === item.id);
  const firstSubject = top.findIndex((i) => !i.standing && i.id !== item.id);
  if (firstSubject >= 0) return index < firstSubject ? 'beforeSubjects' : 'afterSubjects';
  const beforeOneLater = top.slice(index + 1).some((i) => findStandingItem(standing, i.title)?.placement === 'beforeSubjects');
  return beforeOneLater ? 'beforeSubjects' : 'afterSubjects';
}
