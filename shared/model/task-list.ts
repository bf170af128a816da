import { z } from 'zod';
import type { Task, TaskDoneVia } from './agenda-item';
import type { MeetingStatus } from './kinds';
import { idSchema, isoDateSchema } from './values';

/**
 * "Uppdrag": every task of every body as one list. A task carried into the
 * next meeting ("Ny från föregående") is a new row there that points at the
 * row it carries; the chain of such rows is one task, given in the meeting of
 * its first row and followed up in the meetings of the later ones. Its latest
 * row says what it is now (text, owner, deadline, done).
 */

/** Open: still to be done, and carried into the next meeting. */
export function isTaskOpen(task: Pick<Task, 'done' | 'doneAt'>): boolean {
  return !task.done && !task.doneAt;
}

export const TASK_LIST_STATUSES = ['open', 'done', 'all'] as const;
export const taskListStatusSchema = z.enum(TASK_LIST_STATUSES);
export type TaskListStatus = z.infer<typeof taskListStatusSchema>;

export const taskListFilterSchema = z.strictObject({
  /** One body's tasks; null: every body's. */
  bodyId: idSchema.nullable(),
  /** Part of the owner's name, any case; '' for everyone. */
  owner: z.string().max(200),
  status: taskListStatusSchema,
  /** Only open tasks whose deadline has passed. */
  overdueOnly: z.boolean(),
});
export type TaskListFilter = z.infer<typeof taskListFilterSchema>;

export const ALL_TASKS: TaskListFilter = { bodyId: null, owner: '', status: 'all', overdueOnly: false };

/** The most entries one request returns; the view pages through longer lists. */
export const TASK_LIST_PAGE_MAX = 500;

export const taskListQuerySchema = taskListFilterSchema.extend({
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(TASK_LIST_PAGE_MAX),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

const meetingRefSchema = z.object({ meetingId: idSchema, date: isoDateSchema, title: z.string() });
export type TaskMeetingRef = z.infer<typeof meetingRefSchema>;

export const taskListEntrySchema = z.object({
  /** The chain's first row: the task as it was given. */
  taskId: idSchema,
  /** The chain's latest row, the one marked done. */
  latestTaskId: idSchema,
  what: z.string(),
  owner: z.string(),
  deadline: isoDateSchema.nullable(),
  body: z.object({ id: idSchema, shortName: z.string() }),
  givenIn: meetingRefSchema.extend({
    /** The item it was given under ("4", "1 a)"), or null for a task of the whole meeting. */
    item: z.object({ id: idSchema, number: z.string(), title: z.string() }).nullable(),
  }),
  /** The later meetings it was carried into, oldest first. */
  followedUpIn: z.array(meetingRefSchema),
  status: z.enum(['open', 'done']),
  doneAt: z.string().nullable(),
  doneVia: z.enum(['meeting', 'task_list']).nullable(),
  /** Open with its deadline before today. */
  overdue: z.boolean(),
});
export type TaskListEntry = z.infer<typeof taskListEntrySchema>;

export const taskListPageSchema = z.object({
  /** Entries that match the filter, of which `entries` is the requested page. */
  total: z.number().int().nonnegative(),
  entries: z.array(taskListEntrySchema),
});
export type TaskListPage = z.infer<typeof taskListPageSchema>;

/** One stored task row with its meeting, body and item, as storage reads it. */
export interface TaskChainRow {
  id: number;
  carriedFromTaskId: number | null;
  meetingId: number;
  meetingDate: string;
  meetingTitle: string;
  meetingStatus: MeetingStatus;
  bodyId: number;
  bodyShortName: string;
  itemId: number | null;
  itemTitle: string | null;
  /** 0-based place of the item among its siblings, and of its parent among the top-level items. */
  itemIndex: number | null;
  parentIndex: number | null;
  what: string;
  owner: string;
  deadline: string | null;
  done: boolean;
  doneAt: string | null;
  doneVia: TaskDoneVia | null;
}

const byMeeting = (a: TaskChainRow, b: TaskChainRow) =>
  a.meetingDate.localeCompare(b.meetingDate) || a.meetingId - b.meetingId || a.id - b.id;

/**
 * The rows grouped into chains, each oldest first. A row whose carried task
 * is not among `rows` (removed, or filtered out) starts a chain of its own.
 */
export function chainsOf(rows: readonly TaskChainRow[]): TaskChainRow[][] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rootOf = (row: TaskChainRow): number => {
    const seen = new Set<number>();
    let current = row;
    while (current.carriedFromTaskId !== null && !seen.has(current.id)) {
      seen.add(current.id);
      const parent = byId.get(current.carriedFromTaskId);
      if (!parent) break;
      current = parent;
    }
    return current.id;
  };
  const chains = new Map<number, TaskChainRow[]>();
  for (const row of rows) {
    const root = rootOf(row);
    const chain = chains.get(root);
    if (chain) chain.push(row);
    else chains.set(root, [row]);
  }
  return [...chains.values()].map((chain) => chain.sort(byMeeting));
}

/** "4" for a top-level item, "1 a)" for a sub-item (as numberAgenda numbers them). */
export function itemNumberOf(itemIndex: number, parentIndex: number | null): string {
  if (parentIndex === null) return String(itemIndex + 1);
  return `${parentIndex + 1} ${String.fromCharCode(97 + (itemIndex % 26))})`;
}

/** One chain (oldest first) as an entry of the list; `today` decides what is overdue. */
export function entryOf(chain: readonly TaskChainRow[], today: string): TaskListEntry {
  const first = chain[0]!;
  const latest = chain[chain.length - 1]!;
  const open = isTaskOpen(latest);
  return {
    taskId: first.id,
    latestTaskId: latest.id,
    what: latest.what,
    owner: latest.owner,
    deadline: latest.deadline,
    body: { id: first.bodyId, shortName: first.bodyShortName },
    givenIn: {
      ...refOf(first),
      item:
        first.itemId !== null && first.itemIndex !== null
          ? { id: first.itemId, number: itemNumberOf(first.itemIndex, first.parentIndex), title: (first.itemTitle ?? '').trim() }
          : null,
    },
    followedUpIn: chain.slice(1).map(refOf),
    status: open ? 'open' : 'done',
    doneAt: latest.doneAt,
    doneVia: latest.doneVia,
    overdue: open && latest.deadline !== null && latest.deadline < today,
  };
}

function refOf(row: TaskChainRow): TaskMeetingRef {
  return { meetingId: row.meetingId, date: row.meetingDate, title: row.meetingTitle };
}

/** Whether the entry is one the filter asks for. */
export function matchesFilter(entry: TaskListEntry, filter: TaskListFilter): boolean {
  if (filter.bodyId !== null && entry.body.id !== filter.bodyId) return false;
  const owner = filter.owner.trim().toLocaleLowerCase('sv');
  if (owner && !entry.owner.toLocaleLowerCase('sv').includes(owner)) return false;
  if (filter.overdueOnly && !entry.overdue) return false;
  switch (filter.status) {
    case 'open':
      return entry.status === 'open';
    case 'done':
      return entry.status === 'done';
    case 'all':
      return true;
    default: {
      const never: never = filter.status;
      return never;
    }
  }
}

/** Overdue first, then by deadline (none last), then the newest given first. */
export function compareEntries(a: TaskListEntry, b: TaskListEntry): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(a.deadline === null) - Number(b.deadline === null) ||
    (a.deadline ?? '').localeCompare(b.deadline ?? '') ||
    b.givenIn.date.localeCompare(a.givenIn.date) ||
    b.taskId - a.taskId
  );
}

/** The whole list for the filter, in the order the view shows it. */
export function taskList(rows: readonly TaskChainRow[], filter: TaskListFilter, today: string): TaskListEntry[] {
  return chainsOf(rows)
    .map((chain) => entryOf(chain, today))
    .filter((entry) => matchesFilter(entry, filter))
    .sort(compareEntries);
}
