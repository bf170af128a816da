import { reindexMeetingOwn, reindexMeetingStatus } from '../search/index-store';
import { z } from 'zod';
import type { MeetingStatus } from '../../../shared/model/kinds';
import { storedMeetingSchema, reviewerSchema, type Meeting, type MeetingVersion, type Reviewer } from '../../../shared/model/meeting';
import { formatLongDate } from '../../../shared/format/date';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { FROZEN_MESSAGE, MEETING_NOT_FOUND, assertMeetingWritable } from './meeting-guards';
import { getMeeting } from './meetings';
import { parseInput, parseStoredJson, prepared } from './sql';

/**
 * Justering: Utkast → För justering → Justerad. Approved minutes are frozen;
 * the only way back is an explicit unlock, which keeps the approved version
 * whole (readable as it was, with who unlocked it, when and why) and starts
 * the next version as a draft.
 */

interface StatusRow {
  status: MeetingStatus;
  date: string;
  version: number;
  openedAt: string | null;
}

export interface ReviewState {
  status: MeetingStatus;
  reviewers: Reviewer[];
  approvedOn: string | null;
  version: number;
}

const VERSION_NOT_FOUND = 'Den versionen av mötesanteckningen finns inte.';

/**
 * Sets the review status with the reviewers ("Justerat av") and, for
 * approved minutes, the day they were approved. Draft and review move freely
 * between each other and to approved; approved minutes only change through
 * `unlockMeeting`.
 */
export function setReview(
  db: Db,
  meetingId: number,
  input: { status: MeetingStatus; reviewers: Reviewer[]; approvedOn: string | null },
  at: string,
): ReviewState {
  const reviewers = parseInput(z.array(reviewerSchema), input.reviewers).map((r) => ({ name: r.name.trim(), role: r.role.trim() }));
  return db.transaction(() => {
    const current = statusOf(db, meetingId);
    if (current.status === 'approved') throw new AppError('frozen', FROZEN_MESSAGE);
    // The day of approval belongs to approved minutes only; a draft has not been approved on any day.
    let approvedOn: string | null = null;
    if (input.status === 'approved') {
      if (reviewers.length === 0) {
        throw new AppError('validation', 'Ange minst en justerare innan mötesanteckningen markeras som justerad.', 'reviewers');
      }
      if (input.approvedOn === null) {
        throw new AppError('validation', 'Ange vilken dag mötesanteckningen justerades.', 'approvedOn');
      }
      if (input.approvedOn < current.date) {
        throw new AppError(
          'validation',
          `Mötesanteckningen kan inte justeras före mötet den ${formatLongDate(current.date)}.`,
          'approvedOn',
        );
      }
      approvedOn = input.approvedOn;
    }
    prepared(
      db,
      `UPDATE meetings SET status = @status, reviewers_json = @reviewersJson, approved_on = @approvedOn,
         updated_at = max(updated_at, @at)
       WHERE id = @meetingId`,
    ).run({ status: input.status, reviewersJson: JSON.stringify(reviewers), approvedOn, at, meetingId });
    reindexMeetingOwn(db, meetingId);
    reindexMeetingStatus(db, meetingId);
    return { status: input.status, reviewers, approvedOn, version: current.version };
  })();
}

/**
 * Lås upp: stores the approved minutes as they are as version N, with who
 * unlocked them, when and why, and makes the meeting a draft of version N+1
 * (the reviewers stay, the day of approval goes). One transaction: either
 * the old version is kept and the meeting is open again, or nothing changed.
 */
export function unlockMeeting(db: Db, meetingId: number, input: { who: string; reason: string }, at: string): { version: number } {
  const who = input.who.trim();
  const reason = input.reason.trim();
  if (who === '') throw new AppError('validation', 'Ange vem som låser upp.', 'who');
  if (reason === '') throw new AppError('validation', 'Ange varför mötesanteckningen låses upp.', 'reason');
  return db.transaction(() => {
    const current = statusOf(db, meetingId);
    if (current.status !== 'approved') {
      throw new AppError('conflict', 'Mötesanteckningen är inte justerad och behöver inte låsas upp.');
    }
    const snapshot = getMeeting(db, meetingId);
    prepared(
      db,
      `INSERT INTO meeting_versions (meeting_id, version, snapshot_json, unlocked_at, unlocked_by, reason, approved_on)
       VALUES (@meetingId, @version, @snapshotJson, @at, @who, @reason, @approvedOn)`,
    ).run({
      meetingId,
      version: snapshot.version,
      snapshotJson: JSON.stringify(snapshot),
      at,
      who,
      reason,
      approvedOn: snapshot.approvedOn,
    });
    const version = snapshot.version + 1;
    prepared(
      db,
      `UPDATE meetings SET status = 'draft', approved_on = NULL, version = @version, updated_at = max(updated_at, @at)
       WHERE id = @meetingId`,
    ).run({ version, at, meetingId });
    reindexMeetingStatus(db, meetingId);
    return { version };
  })();
}

/** The earlier, kept versions of a meeting's minutes, newest first (the current one is the meeting itself). */
export function listVersions(db: Db, meetingId: number): MeetingVersion[] {
  statusOf(db, meetingId);
  return prepared<MeetingVersion>(
    db,
    `SELECT version, unlocked_at AS unlockedAt, unlocked_by AS unlockedBy, reason, approved_on AS approvedOn
       FROM meeting_versions WHERE meeting_id = ? ORDER BY version DESC`,
  ).all(meetingId);
}

/** One version of the minutes: a kept one as it was approved, or the current one (the live meeting). */
export function getVersion(db: Db, meetingId: number, version: number): Meeting {
  const current = statusOf(db, meetingId);
  if (version === current.version) return getMeeting(db, meetingId);
  const row = prepared<{ snapshotJson: string }>(
    db,
    'SELECT snapshot_json AS snapshotJson FROM meeting_versions WHERE meeting_id = ? AND version = ?',
  ).get(meetingId, version);
  if (!row) throw new AppError('not_found', VERSION_NOT_FOUND, 'version');
  return parseStoredJson(storedMeetingSchema, row.snapshotJson, `Version ${version} av mötesanteckningen`);
}

/**
 * Live mode: "Mötet öppnades kl. 13.02". The first call stamps the time;
 * later calls (a second click, a reload) return the time already stamped.
 */
export function openMeeting(db: Db, meetingId: number, moment: { at: string; clock: string }): { openedAt: string } {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const current = statusOf(db, meetingId);
    if (current.openedAt !== null) return { openedAt: current.openedAt };
    prepared(db, 'UPDATE meetings SET opened_at = ?, updated_at = max(updated_at, ?) WHERE id = ?').run(
      moment.clock,
      moment.at,
      meetingId,
    );
    return { openedAt: moment.clock };
  })();
}

/**
 * Live mode: "Mötet avslutades kl. 15.02". Each call stamps the time: a
 * meeting closed too early and resumed is closed again, and the last close
 * is when it ended.
 */
export function closeMeeting(db: Db, meetingId: number, moment: { at: string; clock: string }): { closedAt: string } {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    prepared(db, 'UPDATE meetings SET closed_at = ?, updated_at = max(updated_at, ?) WHERE id = ?').run(
      moment.clock,
      moment.at,
      meetingId,
    );
    return { closedAt: moment.clock };
  })();
}

function statusOf(db: Db, meetingId: number): StatusRow {
  const row = prepared<StatusRow>(
    db,
    'SELECT status, date, version, opened_at AS openedAt FROM meetings WHERE id = ?',
  ).get(meetingId);
  if (!row) throw new AppError('not_found', MEETING_NOT_FOUND);
  return row;
}
