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

/** What links a stored task row into its chain, and the meeting it is in. */
export interface TaskLink {
  id: number;
  carriedFromTaskId: number | null;
  meetingId: number;
  meetingDate: string;
  meetingTitle: string;
}

/** One stored task row with its meeting, body and item, as storage reads it. */
export interface TaskChainRow extends TaskLink {
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

/** ISO dates in order (a plain comparison: localeCompare is slow over hundreds of thousands of rows). */
function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byMeeting = (a: TaskLink, b: TaskLink) => compareIso(a.meetingDate, b.meetingDate) || a.meetingId - b.meetingId || a.id - b.id;

/**
 * The rows grouped into chains, each oldest first. A row whose carried task
 * is not among `rows` (removed, or filtered out) starts a chain of its own.
 */
export function chainsOf<Row extends TaskLink>(rows: readonly Row[]): Row[][] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Each row's chain, remembered as it is found, so a long chain is walked once, not once per row.
  const rootOf = new Map<number, number>();
  const findRoot = (row: Row): number => {
    const path: number[] = [];
    let current = row;
    let root: number | undefined;
    for (;;) {
      root = rootOf.get(current.id);
      if (root !== undefined) break;
      path.push(current.id);
      const parent = current.carriedFromTaskId === null ? undefined : byId.get(current.carriedFromTaskId);
      // A parent already on the path would be a loop: the chain starts here.
      if (!parent || path.includes(parent.id)) {
        root = current.id;
        break;
      }
      current = parent;
    }
    for (const id of path) rootOf.set(id, root);
    return root;
  };
  const chains = new Map<number, Row[]>();
  for (const row of rows) {
    const root = findRoot(row);
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

/** One chain (oldest first, every row whole) as an entry of the list; `today` decides what is overdue. */
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
    overdue: isOverdue(open, latest.deadline, today),
  };
}

function isOverdue(open: boolean, deadline: string | null, today: string): boolean {
  return open && deadline !== null && deadline < today;
}

/**
 * What the filter and the order need of an entry: storage works these out
 * for every chain and reads whole only the chains of the page shown.
 */
export type TaskListSummary = Pick<TaskListEntry, 'taskId' | 'owner' | 'deadline' | 'status' | 'overdue'> & {
  body: Pick<TaskListEntry['body'], 'id'>;
  givenIn: Pick<TaskListEntry['givenIn'], 'date'>;
};

/** A chain's summary from its first row's body and date and its latest row. */
export function summaryOf(
  chain: { taskId: number; bodyId: number; givenDate: string },
  latest: Pick<TaskChainRow, 'owner' | 'deadline' | 'done' | 'doneAt'>,
  today: string,
): TaskListSummary {
  const open = isTaskOpen(latest);
  return {
    taskId: chain.taskId,
    owner: latest.owner,
    deadline: latest.deadline,
    status: open ? 'open' : 'done',
    overdue: isOverdue(open, latest.deadline, today),
    body: { id: chain.bodyId },
    givenIn: { date: chain.givenDate },
  };
}

function refOf(row: TaskLink): TaskMeetingRef {
  return { meetingId: row.meetingId, date: row.meetingDate, title: row.meetingTitle };
}

/** Whether the entry is one the filter asks for. */
export function matchesFilter(entry: TaskListSummary, filter: TaskListFilter): boolean {
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
export function compareEntries(a: TaskListSummary, b: TaskListSummary): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(a.deadline === null) - Number(b.deadline === null) ||
    compareIso(a.deadline ?? '', b.deadline ?? '') ||
    compareIso(b.givenIn.date, a.givenIn.date) ||
    b.taskId - a.taskId
  );
}

/** The summaries the filter asks for, in the order the view shows them. */
export function listed<Summary extends TaskListSummary>(summaries: readonly Summary[], filter: TaskListFilter): Summary[] {
  return summaries.filter((s) => matchesFilter(s, filter)).sort(compareEntries);
}
