import { z } from 'zod';
import { storedMeetingSchema, type Meeting } from '../../../shared/model/meeting';
import { reviewRecipientSchema, type ReviewRecipient, type ReviewSending } from '../../../shared/model/review-round';
import type { Db } from './db';
import { assertMeetingWritable, touchMeeting } from './meeting-guards';
import { getMeeting } from './meetings';
import { parseStoredJson, prepared } from './sql';

/**
 * "Skicka för justering": each sending keeps the minutes as they went out,
 * so "Ändringar sedan utskick" compares today's text with what the
 * reviewers have in front of them.
 */

interface SendingRow {
  id: number;
  version: number;
  sentAt: string;
  dueOn: string | null;
  recipientsJson: string;
}

const SENDING_COLUMNS = `id, version, sent_at AS sentAt, due_on AS dueOn, recipients_json AS recipientsJson`;

function sendingOf(row: SendingRow): ReviewSending {
  return {
    id: row.id,
    version: row.version,
    sentAt: row.sentAt,
    dueOn: row.dueOn,
    recipients: parseStoredJson(z.array(reviewRecipientSchema), row.recipientsJson, 'Mottagarna av utskicket'),
  };
}

/**
 * Keeps the meeting as it is now as sent for justering; call once the e-mail
 * draft is written. `sentAt` (default `at`, the moment of the write) is when
 * it went out; the demo's sending went out on a day of its own.
 */
export function recordReviewSending(
  db: Db,
  meetingId: number,
  input: { dueOn: string | null; recipients: ReviewRecipient[]; sentAt?: string },
  at: string,
): ReviewSending {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const snapshot = getMeeting(db, meetingId);
    const { lastInsertRowid } = prepared(
      db,
      `INSERT INTO review_sendings (meeting_id, version, sent_at, due_on, recipients_json, snapshot_json)
       VALUES (@meetingId, @version, @at, @dueOn, @recipientsJson, @snapshotJson)`,
    ).run({
      meetingId,
      version: snapshot.version,
      at: input.sentAt ?? at,
      dueOn: input.dueOn,
      recipientsJson: JSON.stringify(input.recipients),
      snapshotJson: JSON.stringify(snapshot),
    });
    touchMeeting(db, meetingId, at);
    return sendingOf(prepared<SendingRow>(db, `SELECT ${SENDING_COLUMNS} FROM review_sendings WHERE id = ?`).get(lastInsertRowid)!);
  })();
}

/** Every sending of the meeting, newest first. */
export function listReviewSendings(db: Db, meetingId: number): ReviewSending[] {
  return prepared<SendingRow>(db, `SELECT ${SENDING_COLUMNS} FROM review_sendings WHERE meeting_id = ? ORDER BY sent_at DESC, id DESC`)
    .all(meetingId)
    .map(sendingOf);
}

/** The last sending and the minutes as they went out then; null: never sent. */
export function lastSentMinutes(db: Db, meetingId: number): { sending: ReviewSending; meeting: Meeting } | null {
  const row = prepared<SendingRow & { snapshotJson: string }>(
    db,
    `SELECT ${SENDING_COLUMNS}, snapshot_json AS snapshotJson FROM review_sendings
      WHERE meeting_id = ? ORDER BY sent_at DESC, id DESC LIMIT 1`,
  ).get(meetingId);
  if (!row) return null;
  return { sending: sendingOf(row), meeting: parseStoredJson(storedMeetingSchema, row.snapshotJson, 'Mötesanteckningen som skickades') };
}
