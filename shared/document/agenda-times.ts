import { numberAgenda } from '../model/agenda';
import type { AgendaItem } from '../model/agenda-item';

/**
 * The planned time of day of each agenda item, as a kallelse prints it
 * ("13.10–13.50"): from the meeting's start, item after item by their
 * minutes. Pure.
 *
 * - A sub-item runs inside its item, from the item's start, one after the
 *   other; the item lasts its own minutes or, when its sub-items need more
 *   (or it has none of its own), as long as they take.
 * - An item without minutes gets no time; the clock goes on from the last
 *   known time, so the items after it still get theirs.
 */

export interface PlannedTime {
  /** Minutes after midnight. */
  start: number;
  end: number;
}

/** What the planner needs of a meeting. */
export interface PlannableMeeting {
  startTime: string;
  endTime: string;
  agenda: readonly Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'title' | 'minutes'>[];
}

const DAY = 24 * 60;

/** "13.00" or "13:00" → 780; anything else → null. */
export function clockMinutes(clock: string): number | null {
  const match = /^([01]\d|2[0-3])[.:]([0-5]\d)$/.exec(clock.trim());
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 790 → "13.10"; past midnight the clock starts again at 00.00. */
export function formatClock(minutes: number): string {
  const within = ((minutes % DAY) + DAY) % DAY;
  return `${String(Math.floor(within / 60)).padStart(2, '0')}.${String(within % 60).padStart(2, '0')}`;
}

/** "13.10–13.50". */
export function formatPlannedTime(time: PlannedTime): string {
  return `${formatClock(time.start)}–${formatClock(time.end)}`;
}

/**
 * The planned time of every item that has one, by item id, and the clock
 * when the agenda ends (null without a start time or without any minutes).
 */
export function plannedTimes(meeting: PlannableMeeting): { byItem: Map<number, PlannedTime>; agendaEnd: number | null } {
  const byItem = new Map<number, PlannedTime>();
  const start = clockMinutes(meeting.startTime);
  if (start === null) return { byItem, agendaEnd: null };
  const numbered = numberAgenda(meeting.agenda);
  let clock = start;
  let anyMinutes = false;
  for (const entry of numbered) {
    if (entry.depth !== 0) continue;
    const item = entry.item;
    const subs = numbered.filter((n) => n.depth === 1 && n.item.parentId === item.id).map((n) => n.item);
    let subClock = clock;
    for (const sub of subs) {
      if (sub.minutes === null) continue;
      byItem.set(sub.id, { start: subClock, end: subClock + sub.minutes });
      subClock += sub.minutes;
      anyMinutes = true;
    }
    const own = item.minutes;
    const subTotal = subClock - clock;
    const length = own === null ? (subTotal > 0 ? subTotal : null) : Math.max(own, subTotal);
    if (length === null) continue;
    byItem.set(item.id, { start: clock, end: clock + length });
    clock += length;
    anyMinutes = true;
  }
  return { byItem, agendaEnd: anyMinutes ? clock : null };
}

/**
 * How many minutes the planned agenda runs past the meeting's end time;
 * null when it fits, or when the start, the end or every item's minutes are
 * unknown.
 */
export function agendaOverrun(meeting: PlannableMeeting): number | null {
  const start = clockMinutes(meeting.startTime);
  const end = clockMinutes(meeting.endTime);
  const { agendaEnd } = plannedTimes(meeting);
  if (start === null || end === null || agendaEnd === null) return null;
  const over = agendaEnd - (end >= start ? end : end + DAY);
  return over > 0 ? over : null;
}

/** "Dagordningen är 25 minuter längre än mötet (13.00–15.00)." */
export function overrunWarning(minutes: number, startTime: string, endTime: string): string {
  const start = clockMinutes(startTime);
  const end = clockMinutes(endTime);
  const span = start !== null && end !== null ? ` (${formatPlannedTime({ start, end })})` : '';
  const amount = minutes === 1 ? '1 minut' : `${minutes} minuter`;
  return `Dagordningen är ${amount} längre än mötet${span}.`;
}
