import { replacementPlan, type ReplaceScope } from '../../../shared/spelling/replace';
import { updateAgendaItem, saveStandpoint, saveTask } from './agenda';
import type { Db } from './db';
import { saveItemNotes } from './item-notes';
import { assertMeetingWritable } from './meeting-guards';
import { getMeeting, updateMeetingHeader } from './meetings';

/**
 * "Ersätt" / "Ersätt alla" of the whole-meeting spelling check, in one
 * transaction: each changed text goes through the write its own editor uses
 * (the notes through `saveItemNotes`, so their revision, the search index and
 * the meeting's stamp move as after typing), and better-sqlite3 runs those
 * writes' own transactions as savepoints of this one, so all or nothing is
 * saved. Approved minutes are refused before anything is read.
 */
export function replaceWordInMeeting(
  db: Db,
  meetingId: number,
  word: string,
  replacement: string,
  scope: ReplaceScope,
  at: string,
): { replaced: number } {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const plan = replacementPlan(getMeeting(db, meetingId), word, replacement, scope);
    for (const change of plan.changes) {
      switch (change.kind) {
        case 'header':
          updateMeetingHeader(db, meetingId, change.header, at);
          break;
        case 'item':
          updateAgendaItem(db, meetingId, change.itemId, change.patch, at);
          break;
        case 'notes':
          // No base revision: the replace is the last write, like a script's; an editor open on the item meets a conflict.
          saveItemNotes(db, meetingId, change.itemId, change.notes, at);
          break;
        case 'standpoint':
          saveStandpoint(db, meetingId, change.itemId, change.standpoint, at);
          break;
        case 'task':
          saveTask(db, meetingId, change.task, at);
          break;
        default: {
          const never: never = change;
          throw new Error(`Unhandled spelling change: ${JSON.stringify(never)}`);
        }
      }
    }
    return { replaced: plan.replaced };
  })();
}
