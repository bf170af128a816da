import { reindexItem, reindexMeeting, reindexMeetingOwn } from '../search/index-store';
import { agendaItemPatchSchema, taskSchema, type AgendaItem, type AgendaItemPatch, type Task, type TaskDoneVia } from '../../../shared/model/agenda-item';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { ITEM_NOT_IN_MEETING, assertMeetingWritable, touchMeeting, whyItemNotWritten } from './meeting-guards';
import { AGENDA_ITEM_COLUMNS, agendaOf, toAgendaItem, type AgendaItemRow } from './meeting-rows';
import { appendOrUpdateListRow, bit, parseInput, prepared } from './sql';
import { dropUnusedBlobs } from './attachments';

/**
 * The agenda editor (add, change, move, remove items), the standpoint
 * autosave and the meeting's tasks. Every change refuses approved minutes
 * and items of another meeting, and leaves sibling positions numbered
 * 0…n-1 so the printed numbers 1…N and a), b) … have no gaps.
 */

const SUB_ITEM_DEPTH = 'En underpunkt kan inte ha egna underpunkter. Välj en punkt på huvudnivån.';
const TASK_NOT_IN_MEETING = 'Uppgiften finns inte i det här mötet.';

interface ItemPlace {
  id: number;
  parentId: number | null;
}

/** Adds an item with `title` after `afterItemId` (first when null) among the children of `parentId`. */
export function addAgendaItem(
  db: Db,
  meetingId: number,
  input: { parentId: number | null; afterItemId: number | null; title: string },
  at: string,
): AgendaItem {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    if (input.parentId !== null) assertTopLevel(placeOf(db, meetingId, input.parentId, 'parentId'), 'parentId');
    const siblings = siblingIds(db, meetingId, input.parentId);
    let index = 0;
    if (input.afterItemId !== null) {
      const after = placeOf(db, meetingId, input.afterItemId, 'afterItemId');
      if (after.parentId !== input.parentId) {
        throw new AppError(
          'validation',
          input.parentId === null
            ? 'Den nya punkten ska ligga på huvudnivån, men punkten den ska följa är en underpunkt.'
            : 'Den nya underpunkten ska följa en annan underpunkt till samma punkt.',
          'afterItemId',
        );
      }
      index = siblings.indexOf(after.id) + 1;
    }
    const id = Number(
      prepared(
        db,
        `INSERT INTO agenda_items (meeting_id, parent_id, position, title) VALUES (?, ?, ?, ?)`,
      ).run(meetingId, input.parentId, siblings.length, input.title.trim()).lastInsertRowid,
    );
    siblings.splice(index, 0, id);
    writePositions(db, siblings);
    reindexItem(db, meetingId, id);
    touchMeeting(db, meetingId, at);
    return itemOf(db, meetingId, id);
  })();
}

/** Changes the fields of an item that the agenda editor shows; notes and standpoint save on their own. */
export function updateAgendaItem(db: Db, meetingId: number, itemId: number, input: AgendaItemPatch, at: string): AgendaItem {
  const patch = parseInput(agendaItemPatchSchema, input);
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const current = itemOf(db, meetingId, itemId);
    const next = { ...current, ...definedOnly(patch) };
    prepared(
      db,
      `UPDATE agenda_items SET title = @title, topics_json = @topicsJson, kind = @kind, minutes = @minutes,
         attachment = @attachment, links_json = @linksJson, presenters_json = @presentersJson
       WHERE id = @id AND meeting_id = @meetingId`,
    ).run({
      id: itemId,
      meetingId,
      title: next.title.trim(),
      topicsJson: JSON.stringify(next.topics),
      kind: next.kind,
      minutes: next.minutes,
      attachment: bit(next.attachment),
      linksJson: JSON.stringify(next.links),
      presentersJson: JSON.stringify(next.presenters),
    });
    reindexItem(db, meetingId, itemId);
    touchMeeting(db, meetingId, at);
    return itemOf(db, meetingId, itemId);
  })();
}

/**
 * Moves an item to `index` among the children of `parentId` (the top level
 * when null); an index past the end puts it last. Returns the whole agenda
 * in document order, renumbered.
 */
export function moveAgendaItem(
  db: Db,
  meetingId: number,
  itemId: number,
  parentId: number | null,
  index: number,
  at: string,
): AgendaItem[] {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const item = placeOf(db, meetingId, itemId, 'itemId');
    if (parentId !== null) {
      if (parentId === itemId) {
        throw new AppError('validation', 'En punkt kan inte bli underpunkt till sig själv.', 'parentId');
      }
      assertTopLevel(placeOf(db, meetingId, parentId, 'parentId'), 'parentId');
      const children = siblingIds(db, meetingId, itemId);
      if (children.length > 0) {
        throw new AppError(
          'validation',
          'En punkt som har underpunkter kan inte bli en underpunkt. Flytta eller ta bort underpunkterna först.',
          'parentId',
        );
      }
    }
    const target = siblingIds(db, meetingId, parentId).filter((id) => id !== itemId);
    target.splice(Math.min(index, target.length), 0, itemId);
    prepared(db, 'UPDATE agenda_items SET parent_id = ? WHERE id = ? AND meeting_id = ?').run(parentId, itemId, meetingId);
    writePositions(db, target);
    // Close the gap the item left behind among its former siblings.
    if (item.parentId !== parentId) writePositions(db, siblingIds(db, meetingId, item.parentId));
    touchMeeting(db, meetingId, at);
    return agendaOf(db, meetingId);
  })();
}

/**
 * Removes an item with its sub-items and the guests invited to them. Their
 * tasks stay, as tasks of the whole meeting: a task is a promise someone
 * made and its text is not lost with the item. Returns false when the item
 * is not (or no longer) on this meeting's agenda.
 */
export function removeAgendaItem(db: Db, meetingId: number, itemId: number, at: string): boolean {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const item = prepared<ItemPlace>(
      db,
      'SELECT id, parent_id AS parentId FROM agenda_items WHERE id = ? AND meeting_id = ?',
    ).get(itemId, meetingId);
    if (!item) return false;
    prepared(
      db,
      `UPDATE tasks SET item_id = NULL, updated_at = @now
        WHERE meeting_id = @meetingId
          AND item_id IN (SELECT id FROM agenda_items WHERE meeting_id = @meetingId AND (id = @itemId OR parent_id = @itemId))`,
    ).run({ meetingId, itemId, now: at });
    // Sub-items and guests follow through the foreign keys (ON DELETE CASCADE).
    prepared(db, 'DELETE FROM agenda_items WHERE id = ? AND meeting_id = ?').run(itemId, meetingId);
    dropUnusedBlobs(db);
    writePositions(db, siblingIds(db, meetingId, item.parentId));
    // Its tasks now belong to the meeting itself.
    reindexMeetingOwn(db, meetingId);
    touchMeeting(db, meetingId, at);
    return true;
  })();
}

/**
 * Autosave of one item's standpoint: a single UPDATE that also proves the
 * item belongs to the meeting and that the minutes are not approved.
 */
export function saveStandpoint(db: Db, meetingId: number, itemId: number, standpoint: string, at: string): { savedAt: string } {
  const savedAt = at;
  return db.transaction(() => {
    // The item's text changed, so its stamp moves: the meeting's "last changed" follows it.
    const result = prepared(
      db,
      `UPDATE agenda_items SET standpoint = @standpoint, notes_updated_at = @savedAt
        WHERE id = @itemId AND meeting_id = @meetingId
          AND (SELECT status FROM meetings WHERE id = @meetingId) <> 'approved'`,
    ).run({ standpoint, savedAt, itemId, meetingId });
    if (result.changes === 0) throw whyItemNotWritten(db, meetingId);
    reindexItem(db, meetingId, itemId);
    return { savedAt };
  })();
}

/** Adds a task (no id) at the end of the meeting's list, or changes one of its tasks. */
export function saveTask(db: Db, meetingId: number, input: Omit<Task, 'id'> & { id?: number | undefined }, at: string): Task {
  const task = parseInput(taskSchema.omit({ id: true }), input);
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    if (task.itemId !== null) placeOf(db, meetingId, task.itemId, 'task.itemId');
    const values = {
      meetingId,
      itemId: task.itemId,
      what: task.what.trim(),
      owner: task.owner.trim(),
      deadline: task.deadline,
      done: bit(task.done),
      now: at,
    };
    const id = appendOrUpdateListRow(db, input.id, values, {
      lastPosition: 'SELECT max(position) AS position FROM tasks WHERE meeting_id = ?',
      listId: meetingId,
      // Ticked done here: stamped now, "in the meeting"; a task already done
      // (also from the list) keeps when and where; unticked clears both.
      insert: `INSERT INTO tasks (meeting_id, item_id, position, what, owner, deadline, done, done_at, done_via, created_at, updated_at)
           VALUES (@meetingId, @itemId, @position, @what, @owner, @deadline, @done,
             CASE WHEN @done = 1 THEN @now END, CASE WHEN @done = 1 THEN 'meeting' END, @now, @now)`,
      update: `UPDATE tasks SET item_id = @itemId, what = @what, owner = @owner, deadline = @deadline, done = @done,
           done_at = CASE WHEN @done = 0 THEN NULL WHEN done = 1 OR done_at IS NOT NULL THEN done_at ELSE @now END,
           done_via = CASE WHEN @done = 0 THEN NULL WHEN done = 1 OR done_at IS NOT NULL THEN done_via ELSE 'meeting' END,
           updated_at = @now
         WHERE id = @id AND meeting_id = @meetingId`,
      notFound: { message: TASK_NOT_IN_MEETING, field: 'task.id' },
    });
    // A task may have moved from one item to another: both documents change.
    reindexMeeting(db, meetingId);
    touchMeeting(db, meetingId, at);
    const stamp = prepared<{ doneAt: string | null; doneVia: TaskDoneVia | null }>(
      db,
      'SELECT done_at AS doneAt, done_via AS doneVia FROM tasks WHERE id = ?',
    ).get(id);
    const { itemId, what, owner, deadline } = values;
    return { id, itemId, what, owner, deadline, done: task.done, ...(stamp?.doneAt ? { doneAt: stamp.doneAt, doneVia: stamp.doneVia } : {}) };
  })();
}

/** Removes one of the meeting's tasks; false when it was not (or no longer) there. */
export function removeTask(db: Db, meetingId: number, taskId: number, at: string): boolean {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const removed = prepared(db, 'DELETE FROM tasks WHERE id = ? AND meeting_id = ?').run(taskId, meetingId).changes > 0;
    if (removed) {
      reindexMeeting(db, meetingId);
      touchMeeting(db, meetingId, at);
    }
    return removed;
  })();
}

function itemOf(db: Db, meetingId: number, itemId: number): AgendaItem {
  const row = prepared<AgendaItemRow>(
    db,
    `SELECT ${AGENDA_ITEM_COLUMNS} FROM agenda_items i WHERE i.id = ? AND i.meeting_id = ?`,
  ).get(itemId, meetingId);
  if (!row) throw new AppError('not_found', ITEM_NOT_IN_MEETING, 'itemId');
  return toAgendaItem(row);
}

function placeOf(db: Db, meetingId: number, itemId: number, field: string): ItemPlace {
  const row = prepared<ItemPlace>(
    db,
    'SELECT id, parent_id AS parentId FROM agenda_items WHERE id = ? AND meeting_id = ?',
  ).get(itemId, meetingId);
  if (!row) throw new AppError('not_found', ITEM_NOT_IN_MEETING, field);
  return row;
}

function assertTopLevel(parent: ItemPlace, field: string): void {
  if (parent.parentId !== null) throw new AppError('validation', SUB_ITEM_DEPTH, field);
}

/** The ids of the children of `parentId` (top level when null), in their current order. */
function siblingIds(db: Db, meetingId: number, parentId: number | null): number[] {
  return prepared<{ id: number }>(
    db,
    `SELECT id FROM agenda_items WHERE meeting_id = ? AND parent_id IS ? ORDER BY position, id`,
  )
    .all(meetingId, parentId)
    .map((row) => row.id);
}

function writePositions(db: Db, ids: readonly number[]): void {
  const update = prepared(db, 'UPDATE agenda_items SET position = ? WHERE id = ? AND position IS NOT ?');
  ids.forEach((id, position) => update.run(position, id, position));
}

/** A partial patch without its absent keys, so spreading it keeps the current values. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
