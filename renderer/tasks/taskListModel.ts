import { localDate } from '../../shared/format/clock';
import { formatLongDate } from '../../shared/format/date';
import {
  TASK_LIST_STATUSES,
  type TaskListEntry,
  type TaskListFilter,
  type TaskListStatus,
  type TaskMeetingRef,
} from '../../shared/model/task-list';

/** What the view "Uppdrag" shows, worked out from the list's entries and the filter: no DOM, no host. */

/** Tasks on one page of the view. */
export const TASKS_PER_PAGE = 50;

/** She opens the list to see what is still to be done. */
export const DEFAULT_FILTER: TaskListFilter = { bodyId: null, owner: '', status: 'open', overdueOnly: false };

export const STATUS_LABELS: Record<TaskListStatus, string> = { open: 'Öppna', done: 'Klara', all: 'Alla' };

/** A filter read back from where the view kept it, or the default for anything that is not one. */
export function filterFrom(stored: unknown): TaskListFilter {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_FILTER;
  const value = stored as Partial<Record<keyof TaskListFilter, unknown>>;
  const bodyId = typeof value.bodyId === 'number' && Number.isInteger(value.bodyId) && value.bodyId > 0 ? value.bodyId : null;
  const status = TASK_LIST_STATUSES.find((s) => s === value.status) ?? DEFAULT_FILTER.status;
  const owner = typeof value.owner === 'string' ? value.owner.slice(0, 200) : '';
  return { bodyId, owner, status, overdueOnly: value.overdueOnly === true };
}

/** What the empty list says, in the words of the filter she chose. */
export function emptyMessage(filter: TaskListFilter): { title: string; hint: string } {
  const narrowed = filter.bodyId !== null || filter.owner.trim() !== '' || filter.overdueOnly;
  if (!narrowed && filter.status === 'all') {
    return { title: 'Inga uppdrag ännu.', hint: 'Uppdrag läggs till under punkterna i ett möte och samlas här.' };
  }
  const hint = narrowed ? 'Ändra filtret för att se fler uppdrag.' : 'Välj Alla för att se alla uppdrag.';
  if (filter.overdueOnly) return { title: 'Inga försenade uppdrag.', hint };
  switch (filter.status) {
    case 'open':
      return { title: 'Inga öppna uppdrag.', hint };
    case 'done':
      return { title: 'Inga klara uppdrag.', hint };
    case 'all':
      return { title: 'Inga uppdrag matchar filtret.', hint };
    default: {
      const never: never = filter.status;
      return never;
    }
  }
}

/** "Visar 51–100 av 230 uppdrag". */
export function rangeText(offset: number, shown: number, total: number): string {
  if (total === 0) return 'Inga uppdrag';
  if (shown >= total) return `${total} uppdrag`;
  return `Visar ${offset + 1}–${offset + shown} av ${total} uppdrag`;
}

/** The page (from 0) to show when the list has shrunk under the one she was on. */
export function pageWithin(page: number, total: number): number {
  const last = Math.max(0, Math.ceil(total / TASKS_PER_PAGE) - 1);
  return Math.min(Math.max(0, page), last);
}

/** "31 december 2026", or "Inget datum". */
export function deadlineText(deadline: string | null): string {
  return deadline === null ? 'Inget datum' : formatLongDate(deadline);
}

/** "10 september 2026": a meeting as a link names it. */
export function meetingLinkText(meeting: TaskMeetingRef): string {
  return formatLongDate(meeting.date);
}

/** Where it was given beyond the meeting: "punkt 3 Föregående mötesanteckning", or '' for the whole meeting. */
export function givenUnderText(entry: TaskListEntry): string {
  const item = entry.givenIn.item;
  if (!item) return '';
  return `punkt ${item.number}${item.title ? ` ${item.title}` : ''}`;
}

/** "Öppen", "Försenad", "Klar 3 december 2026 (i listan)" … */
export function statusText(entry: TaskListEntry): string {
  if (entry.status === 'open') return entry.overdue ? 'Försenad' : 'Öppen';
  const when = entry.doneAt ? ` ${formatLongDate(localDate(new Date(entry.doneAt)))}` : '';
  switch (entry.doneVia) {
    case 'task_list':
      return `Klar${when}, markerad i uppdragslistan`;
    case 'meeting':
      return `Klar${when}, markerad i mötet`;
    case null:
      return `Klar${when}`;
    default: {
      const never: never = entry.doneVia;
      return never;
    }
  }
}

/** The one announcement after "Markera klar" or "Öppna igen". */
export function doneAnnouncement(entry: TaskListEntry): string {
  return entry.status === 'done' ? `”${entry.what}” är markerat klart.` : `”${entry.what}” är öppet igen.`;
}

/** The list with one entry as the host returned it after a change, in the same place. */
export function withEntry(entries: readonly TaskListEntry[], changed: TaskListEntry): TaskListEntry[] {
  return entries.map((e) => (e.taskId === changed.taskId ? changed : e));
}
