import { AppError } from '../../../shared/ipc/result';
import { issuedSummarySchema, type IssuedFile, type IssuedFileKind, type IssuedSummary } from '../../../shared/model/issued';
import { getBody } from './bodies';
import type { Db } from './db';
import { getMeeting } from './meetings';
import { parseStoredJson, prepared } from './sql';

/**
 * Files issued from approved minutes: the archive copy and the public
 * version, each with its SHA-256 and the id written into it. The rows stay
 * when the meeting goes, so a PDF can always be told for what it is.
 */

interface IssuedRow {
  id: number;
  meetingId: number | null;
  kind: IssuedFileKind;
  fileName: string;
  sha256: string;
  size: number;
  issueId: string;
  issuedAt: string;
  summaryJson: string;
}

const ISSUED_COLUMNS = `id, meeting_id AS meetingId, kind, file_name AS fileName, sha256, size, issue_id AS issueId,
  issued_at AS issuedAt, summary_json AS summaryJson`;

function issuedOf(row: IssuedRow): IssuedFile {
  const { summaryJson, ...rest } = row;
  return { ...rest, summary: parseStoredJson(issuedSummarySchema, summaryJson, 'Uppgifterna om den utfärdade filen') };
}

/** What the files of approved minutes say about themselves: body, date, version, reviewers. */
export function issuedSummaryOf(db: Db, meetingId: number): IssuedSummary {
  const meeting = getMeeting(db, meetingId);
  if (meeting.status !== 'approved') {
    throw new AppError('conflict', 'Mötesanteckningen är inte justerad. Markera den som justerad först.');
  }
  const body = getBody(db, meeting.bodyId);
  return {
    bodyName: body.name,
    bodyShortName: body.shortName,
    title: meeting.title,
    date: meeting.date,
    diaryNumber: meeting.diaryNumber,
    version: meeting.version,
    approvedOn: meeting.approvedOn,
    reviewers: meeting.reviewers,
  };
}

export interface IssuedFileInput {
  kind: IssuedFileKind;
  fileName: string;
  sha256: string;
  size: number;
}

/** Records files issued together (one issue id) from the meeting's approved minutes; call once they are written. */
export function recordIssuedFiles(db: Db, meetingId: number, issueId: string, files: readonly IssuedFileInput[], at: string): IssuedFile[] {
  return db.transaction(() => {
    const summary = issuedSummaryOf(db, meetingId);
    const insert = prepared(
      db,
      `INSERT INTO issued_files (meeting_id, version, kind, file_name, sha256, size, issue_id, issued_at, summary_json)
       VALUES (@meetingId, @version, @kind, @fileName, @sha256, @size, @issueId, @at, @summaryJson)`,
    );
    const ids = files.map(
      (file) =>
        insert.run({ meetingId, version: summary.version, ...file, issueId, at, summaryJson: JSON.stringify(summary) })
          .lastInsertRowid,
    );
    const read = prepared<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_files WHERE id = ?`);
    return ids.map((id) => issuedOf(read.get(id)!));
  })();
}

/** The files issued from a meeting, newest first. */
export function listIssuedFiles(db: Db, meetingId: number): IssuedFile[] {
  return prepared<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_files WHERE meeting_id = ? ORDER BY issued_at DESC, id DESC`)
    .all(meetingId)
    .map(issuedOf);
}

/** The issued file with exactly these bytes (by SHA-256), the latest if issued twice. */
export function issuedFileByHash(db: Db, sha256: string): IssuedFile | null {
  const row = prepared<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_files WHERE sha256 = ? ORDER BY id DESC LIMIT 1`).get(sha256);
  return row ? issuedOf(row) : null;
}

/** The issued file of this kind that carries the id (read from a PDF's metadata). */
export function issuedFileById(db: Db, issueId: string, kinds: readonly IssuedFileKind[]): IssuedFile | null {
  const rows = prepared<IssuedRow>(db, `SELECT ${ISSUED_COLUMNS} FROM issued_files WHERE issue_id = ? ORDER BY id DESC`).all(issueId);
  const row = rows.find((r) => kinds.includes(r.kind));
  return row ? issuedOf(row) : null;
}
