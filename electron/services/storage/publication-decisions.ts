import { AppError } from '../../../shared/ipc/result';
import { publicationDecisionSchema, type PublicationDecision } from '../../../shared/publication/findings';
import type { DecisionOf } from '../../../shared/publication/check';
import type { Db } from './db';
import { MEETING_NOT_FOUND } from './meeting-guards';
import { prepared } from './sql';

/**
 * What the secretary decided in the publication check: keep, remove or
 * rewrite, per finding key. Decisions never change the minutes, and they are
 * made on approved minutes (that is when one publishes), so they are not
 * refused as frozen; they go with the meeting when it is removed.
 */

interface DecisionRow {
  key: string;
  decision: string;
  replacement: string;
}

function assertMeetingExists(db: Db, meetingId: number): void {
  const row = prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
}

/** The decisions made for a meeting, by finding key. */
export function listPublicationDecisions(db: Db, meetingId: number): Map<string, DecisionOf> {
  assertMeetingExists(db, meetingId);
  const rows = prepared<DecisionRow>(
    db,
    `SELECT finding_key AS key, decision, replacement FROM publication_decisions WHERE meeting_id = ? ORDER BY finding_key`,
  ).all(meetingId);
  return new Map(rows.map((row) => [row.key, { decision: publicationDecisionSchema.parse(row.decision), replacement: row.replacement }]));
}

/** Records one decision (replacing an earlier one for the same key); null takes it back. */
export function setPublicationDecision(
  db: Db,
  meetingId: number,
  key: string,
  decision: PublicationDecision | null,
  replacement: string,
  at: string,
): void {
  db.transaction(() => {
    assertMeetingExists(db, meetingId);
    if (decision === null) {
      prepared(db, 'DELETE FROM publication_decisions WHERE meeting_id = ? AND finding_key = ?').run(meetingId, key);
      return;
    }
    prepared(
      db,
      `INSERT INTO publication_decisions (meeting_id, finding_key, decision, replacement, decided_at)
       VALUES (@meetingId, @key, @decision, @replacement, @at)
       ON CONFLICT (meeting_id, finding_key) DO UPDATE SET
         decision = excluded.decision, replacement = excluded.replacement, decided_at = excluded.decided_at`,
    ).run({ meetingId, key, decision, replacement: decision === 'rewrite' ? replacement : '', at });
  })();
}

/** Forgets every decision of a meeting ("Börja om"). */
export function clearPublicationDecisions(db: Db, meetingId: number): number {
  assertMeetingExists(db, meetingId);
  return prepared(db, 'DELETE FROM publication_decisions WHERE meeting_id = ?').run(meetingId).changes;
}
