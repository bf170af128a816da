import { AppError } from '../../../shared/ipc/result';
import { reviewCommentInputSchema, type ReviewComment } from '../../../shared/model/review-round';
import type { Db } from './db';
import { ITEM_NOT_IN_MEETING, MEETING_NOT_FOUND, assertMeetingWritable, touchMeeting } from './meeting-guards';
import { parseInput, prepared } from './sql';

/**
 * What the reviewers said back, noted per item (or on the whole minutes),
 * and whether the secretary has dealt with it. Comments belong to the
 * justering round: once the minutes are approved they are read, not changed.
 */

const COMMENT_COLUMNS = `id, item_id AS itemId, author, text, created_at AS createdAt, done_at AS doneAt`;

export const COMMENT_NOT_FOUND = 'Kommentaren finns inte i det här mötet.';

/** The meeting's comments in the order they were noted. */
export function listReviewComments(db: Db, meetingId: number): ReviewComment[] {
  // A meeting that does not exist says so, rather than having no comments.
  if (!prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) throw new AppError('not_found', MEETING_NOT_FOUND);
  return prepared<ReviewComment>(db, `SELECT ${COMMENT_COLUMNS} FROM review_comments WHERE meeting_id = ? ORDER BY created_at, id`).all(meetingId);
}

export function addReviewComment(
  db: Db,
  meetingId: number,
  input: { itemId: number | null; author: string; text: string },
  at: string,
): ReviewComment {
  const { itemId, author, text } = parseInput(reviewCommentInputSchema, input);
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    if (itemId !== null && !prepared(db, 'SELECT 1 FROM agenda_items WHERE meeting_id = ? AND id = ?').get(meetingId, itemId)) {
      throw new AppError('not_found', ITEM_NOT_IN_MEETING, 'itemId');
    }
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO review_comments (meeting_id, item_id, author, text, created_at, done_at) VALUES (?, ?, ?, ?, ?, NULL)`,
    ).run(meetingId, itemId, author, text, at);
    touchMeeting(db, meetingId, at);
    return commentById(db, meetingId, Number(lastInsertRowid));
  })();
}

/** "Åtgärdad": stamps when it was dealt with; unticking opens it again. */
export function setReviewCommentDone(db: Db, meetingId: number, commentId: number, done: boolean, at: string): ReviewComment {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const current = commentById(db, meetingId, commentId);
    // Ticking an already ticked box keeps the first time it was dealt with.
    const doneAt = done ? (current.doneAt ?? at) : null;
    prepared(db, 'UPDATE review_comments SET done_at = ? WHERE meeting_id = ? AND id = ?').run(doneAt, meetingId, commentId);
    touchMeeting(db, meetingId, at);
    return { ...current, doneAt };
  })();
}

export function removeReviewComment(db: Db, meetingId: number, commentId: number, at: string): { removed: boolean } {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const { changes } = prepared(db, 'DELETE FROM review_comments WHERE meeting_id = ? AND id = ?').run(meetingId, commentId);
    if (changes > 0) touchMeeting(db, meetingId, at);
    return { removed: changes > 0 };
  })();
}

function commentById(db: Db, meetingId: number, commentId: number): ReviewComment {
  const row = prepared<ReviewComment>(db, `SELECT ${COMMENT_COLUMNS} FROM review_comments WHERE meeting_id = ? AND id = ?`).get(
    meetingId,
    commentId,
  );
  if (!row) throw new AppError('not_found', COMMENT_NOT_FOUND, 'commentId');
  return row;
}
