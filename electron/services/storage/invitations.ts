import { z } from 'zod';
import type { InvitedWhenWhere } from '../../../shared/model/invitation';
import { sentInvitationSchema } from '../../../shared/model/invitation';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { MEETING_NOT_FOUND, assertMeetingWritable, touchMeeting } from './meeting-guards';
import { parseStoredJson, prepared } from './sql';

/**
 * The meeting's calendar invitation as sent (UID, SEQUENCE, what it said)
 * and its cancellation ("Ställ in mötet").
 */

/** What this module keeps beside the shared model: whether the last invitation was a cancellation. */
const storedSentSchema = sentInvitationSchema.extend({ cancelled: z.boolean().default(false) });

/** True when the last invitation written was a cancellation (inviting again is then an update). */
export function lastInvitationWasCancel(db: Db, meetingId: number): boolean {
  const row = prepared<{ json: string | null }>(db, 'SELECT invite_sent_json AS json FROM meetings WHERE id = ?').get(meetingId);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
  return row.json !== null && parseStoredJson(storedSentSchema, row.json, 'Kallelsen som skickades').cancelled;
}

export interface SentInvitation {
  uid: string;
  sequence: number;
  sent: InvitedWhenWhere;
  sentAt: string;
  cancelled: boolean;
}

/**
 * Records an invitation once its file is written. The UID, once given, is
 * the meeting's for good: a later UID is ignored so every update and the
 * cancellation replace the same calendar event.
 */
export function recordInvitation(db: Db, meetingId: number, invitation: SentInvitation): void {
  const { uid, sequence, sent, sentAt, cancelled } = invitation;
  db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    prepared(
      db,
      `UPDATE meetings SET invite_uid = coalesce(invite_uid, @uid), invite_sequence = @sequence, invite_sent_json = @json
       WHERE id = @meetingId`,
    ).run({ uid, sequence, json: JSON.stringify({ ...sent, sentAt, cancelled }), meetingId });
    touchMeeting(db, meetingId, sentAt);
  })();
}

export const CANCEL_APPROVED_MESSAGE = 'Mötet är justerat och kan inte ställas in.';
export const CANCEL_HELD_MESSAGE = 'Mötet har redan öppnats och kan inte ställas in.';

interface CancelRow {
  status: string;
  openedAt: string | null;
  cancelledAt: string | null;
}

function cancelRow(db: Db, meetingId: number): CancelRow {
  const row = prepared<CancelRow>(
    db,
    'SELECT status, opened_at AS openedAt, cancelled_at AS cancelledAt FROM meetings WHERE id = ?',
  ).get(meetingId);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
  return row;
}

/** A meeting already held (opened) or approved cannot be called off. */
export function assertCancellable(db: Db, meetingId: number): void {
  const row = cancelRow(db, meetingId);
  if (row.status === 'approved') throw new AppError('frozen', CANCEL_APPROVED_MESSAGE);
  if (row.openedAt !== null) throw new AppError('conflict', CANCEL_HELD_MESSAGE);
}

/** "Ställ in mötet" (`cancelled` true) and "Återuppta mötet" (false). */
export function setMeetingCancelled(db: Db, meetingId: number, cancelled: boolean, at: string): { cancelledAt: string | null } {
  return db.transaction(() => {
    if (cancelled) assertCancellable(db, meetingId);
    else assertMeetingWritable(db, meetingId);
    const before = cancelRow(db, meetingId).cancelledAt;
    if (cancelled && before !== null) return { cancelledAt: before };
    const cancelledAt = cancelled ? at : null;
    prepared(db, 'UPDATE meetings SET cancelled_at = ? WHERE id = ?').run(cancelledAt, meetingId);
    touchMeeting(db, meetingId, at);
    return { cancelledAt };
  })();
}
