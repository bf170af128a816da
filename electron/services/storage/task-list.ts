import {
  chainsOf,
  entryOf,
  listed,
  summaryOf,
  type TaskChainRow,
  type TaskListEntry,
  type TaskListPage,
  type TaskListQuery,
  type TaskListSummary,
} from '../../../shared/model/task-list';
import type { TaskDoneVia } from '../../../shared/model/agenda-item';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { touchMeeting } from './meeting-guards';
import { prepared } from './sql';

/**
 * "Uppdrag": every task of every body, a chain of carried copies read as one
 * task (shared/model/task-list.ts), and marking one done from the list.
 */

export const TASK_NOT_FOUND = 'Uppdraget finns inte längre.';
const DONE_IN_APPROVED_MINUTES =
  'Uppdraget står som klart i den justerade mötesanteckningen och kan inte öppnas igen härifrån. Lås upp mötesanteckningen först.';

interface StoredChainRow extends Omit<TaskChainRow, 'done'> {
  done: 0 | 1;
}

/** A sibling's place among its siblings, as numberAgenda orders them. */
const indexAmongSiblings = (alias: string) =>
  `(SELECT count(*) FROM agenda_items s WHERE s.meeting_id = ${alias}.meeting_id AND s.parent_id IS ${alias}.parent_id
     AND (s.position < ${alias}.position OR (s.position = ${alias}.position AND s.id < ${alias}.id)))`;

const ROW_SELECT = `SELECT t.id, t.carried_from_task_id AS carriedFromTaskId, t.meeting_id AS meetingId,
    m.date AS meetingDate, m.title AS meetingTitle, m.status AS meetingStatus, m.body_id AS bodyId,
    b.short_name AS bodyShortName, t.item_id AS itemId, i.title AS itemTitle,
    CASE WHEN i.id IS NULL THEN NULL ELSE ${indexAmongSiblings('i')} END AS itemIndex,
    CASE WHEN p.id IS NULL THEN NULL ELSE ${indexAmongSiblings('p')} END AS parentIndex,
    t.what, t.owner, t.deadline, t.done, t.done_at AS doneAt, t.done_via AS doneVia
  FROM tasks t
  JOIN meetings m ON m.id = t.meeting_id
  JOIN bodies b ON b.id = m.body_id
  LEFT JOIN agenda_items i ON i.id = t.item_id
  LEFT JOIN agenda_items p ON p.id = i.parent_id`;

function asChainRow(row: StoredChainRow): TaskChainRow {
  return { ...row, done: row.done === 1 };
}

/**
 * Every chain, from the rows that were given (carried from nothing) down the
 * rows carried from them: `root` is the chain's first row. SQLite walks the
 * links, so a task carried for years costs the list one row, not one per meeting.
 */
const CHAINS = `WITH RECURSIVE walk(id, root) AS (
    SELECT t.id, t.id FROM tasks t JOIN meetings m ON m.id = t.meeting_id
     WHERE t.carried_from_task_id IS NULL AND (@bodyId IS NULL OR m.body_id = @bodyId)
    UNION ALL
    SELECT t.id, w.root FROM walk w JOIN tasks t ON t.carried_from_task_id = w.id
  )`;

interface ChainSummaryRow {
  taskId: number;
  bodyId: number;
  givenDate: string;
  owner: string;
  deadline: string | null;
  done: 0 | 1;
  doneAt: string | null;
}

/** Each chain's first row's body and date, and its latest row's owner, deadline and done. */
function chainSummaries(db: Db, bodyId: number | null, today: string): TaskListSummary[] {
  return prepared<ChainSummaryRow>(
    db,
    `${CHAINS},
     ranked AS (
       SELECT w.root, t.owner, t.deadline, t.done, t.done_at,
         row_number() OVER (PARTITION BY w.root ORDER BY m.date DESC, m.id DESC, t.id DESC) AS place
       FROM walk w JOIN tasks t ON t.id = w.id JOIN meetings m ON m.id = t.meeting_id
     )
     SELECT r.root AS taskId, gm.body_id AS bodyId, gm.date AS givenDate, r.owner, r.deadline, r.done, r.done_at AS doneAt
     FROM ranked r JOIN tasks g ON g.id = r.root JOIN meetings gm ON gm.id = g.meeting_id
     WHERE r.place = 1`,
  )
    .all({ bodyId })
    .map((row) => summaryOf(row, { ...row, done: row.done === 1 }, today));
}

/** The whole chains that start at `roots`, as entries in that order. */
function entriesOf(db: Db, roots: readonly number[], today: string): TaskListEntry[] {
  if (roots.length === 0) return [];
  const rows = prepared<StoredChainRow>(
    db,
    `WITH RECURSIVE walk(id) AS (
       SELECT value FROM json_each(?)
       UNION ALL
       SELECT t.id FROM walk w JOIN tasks t ON t.carried_from_task_id = w.id
     )
     ${ROW_SELECT} WHERE t.id IN (SELECT id FROM walk)`,
  )
    .all(JSON.stringify(roots))
    .map(asChainRow);
  const byRoot = new Map(chainsOf(rows).map((chain) => [chain[0]!.id, chain]));
  return roots.map((root) => entryOf(byRoot.get(root)!, today));
}

/** One page of the list for the filter, and how many match in all. */
export function listTaskPage(db: Db, query: TaskListQuery, today: string): TaskListPage {
  const { offset, limit, ...filter } = query;
  const matching = listed(chainSummaries(db, filter.bodyId, today), filter);
  const page = matching.slice(offset, offset + limit).map((s) => s.taskId);
  return { total: matching.length, entries: entriesOf(db, page, today) };
}

/** The chain `taskId` belongs to: up to the row that was given, then every row carried from it. */
function chainRows(db: Db, taskId: number): TaskChainRow[] {
  const rows = prepared<StoredChainRow>(
    db,
    `WITH RECURSIVE up(id, parent) AS (
       SELECT id, carried_from_task_id FROM tasks WHERE id = @taskId
       UNION SELECT t.id, t.carried_from_task_id FROM tasks t JOIN up ON t.id = up.parent
     ),
     down(id) AS (
       SELECT id FROM up WHERE parent IS NULL
       UNION SELECT t.id FROM tasks t JOIN down ON t.carried_from_task_id = down.id
     )
     ${ROW_SELECT} WHERE t.id IN (SELECT id FROM down)`,
  )
    .all({ taskId })
    .map(asChainRow);
  const chain = chainsOf(rows)[0];
  if (!chain) throw new AppError('not_found', TASK_NOT_FOUND, 'taskId');
  return chain;
}


/**
 * Marks the task done (or open again) from the list: its latest row, in the
 * latest meeting that followed it up. Approved minutes are frozen, so there
 * only when and from where are recorded (the follow-up state: it is no longer
 * carried into the next meeting) and the minutes keep their text; elsewhere
 * the task is done in its meeting too, as if ticked there. Marking done what
 * is done, or opening what is open, changes nothing.
 */
export function setTaskDone(db: Db, taskId: number, done: boolean, at: string, today: string): TaskListEntry {
  return db.transaction(() => {
    const latest = chainRows(db, taskId).at(-1)!;
    const isDone = latest.done || latest.doneAt !== null;
    if (isDone !== done) {
      if (latest.meetingStatus === 'approved') markInApprovedMinutes(db, latest, done, at);
      else {
        prepared(
          db,
          `UPDATE tasks SET done = @done, done_at = @doneAt, done_via = @doneVia, updated_at = @at WHERE id = @id`,
        ).run({ id: latest.id, done: done ? 1 : 0, ...stampOf(done, at), at });
        touchMeeting(db, latest.meetingId, at);
      }
    }
    return entryOf(chainRows(db, taskId), today);
  })();
}

function markInApprovedMinutes(db: Db, latest: TaskChainRow, done: boolean, at: string): void {
  if (latest.done) throw new AppError('frozen', DONE_IN_APPROVED_MINUTES, 'done');
  prepared(db, 'UPDATE tasks SET done_at = @doneAt, done_via = @doneVia WHERE id = @id').run({
    id: latest.id,
    ...stampOf(done, at),
  });
}

function stampOf(done: boolean, at: string): { doneAt: string | null; doneVia: TaskDoneVia | null } {
  return done ? { doneAt: at, doneVia: 'task_list' } : { doneAt: null, doneVia: null };
}
