import type { MeetingStatus } from '../../../shared/model/kinds';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { prepared } from './sql';

/**
 * The checks every write to a meeting goes through, and the one way a write
 * marks the meeting as changed.
 */

export const MEETING_NOT_FOUND = 'Mötet finns inte.';

/**
 * The reason a one-statement write to an item changed nothing: no such
 * meeting, approved minutes, or an item of another meeting.
 */
export function whyItemNotWritten(db: Db, meetingId: number): AppError {
  try {
    assertMeetingWritable(db, meetingId);
  } catch (error) {
    return error as AppError;
  }
  return new AppError('not_found', ITEM_NOT_IN_MEETING);
}

export const ITEM_NOT_IN_MEETING = 'Punkten finns inte i det här mötet.';

/** Records a change of the meeting that is not stamped on an item (agenda, tasks, status). */
export function touchMeeting(db: Db, meetingId: number, at: string): void {
  prepared(db, 'UPDATE meetings SET updated_at = max(updated_at, ?) WHERE id = ?').run(at, meetingId);
}

export const FROZEN_MESSAGE = 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.';

/**
 * Refuses a change to a meeting that does not exist or has been approved
 * (justerad): from then on its text and attendance are frozen.
 */
export function assertMeetingWritable(db: Db, meetingId: number): void {
  const row = prepared<{ status: MeetingStatus }>(db, 'SELECT status FROM meetings WHERE id = ?').get(meetingId);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
  if (row.status === 'approved') throw new AppError('frozen', FROZEN_MESSAGE);
}
