import type { Db } from '../db';
import { bodiesMeetingsAttendanceAgendaTasks } from './0001-bodies-meetings-attendance-agenda-tasks';
import { standingAgendaItems } from './0002-standing-agenda-items';
import { reviewVersionsStandpointTemplates } from './0003-review-versions-standpoint-templates';
import { docxTemplatePerBody } from './0004-docx-template-per-body';
import { attendanceTimesBodyLayoutStandingItems } from './0005-attendance-times-body-layout-standing-items';
import { notesCopies } from './0006-notes-copies';
import { taskFollowUpMinutesPublishing } from './0007-task-follow-up-minutes-publishing';
import { searchIndex } from './0008-search-index';
import { invitationsEmailsAttachments } from './0009-invitations-emails-attachments';
import { reviewRoundPublicationArchive } from './0010-review-round-publication-archive';
import { bodyWordList } from './0011-body-word-list';
import type { Migration } from './migration';

export { ANTECKNA_APPLICATION_ID, type Migration } from './migration';

/**
 * The schema's history, in order. `PRAGMA user_version` records how far a
 * database has come, so each migration runs exactly once per file.
 */
export const MIGRATIONS: readonly Migration[] = [
  bodiesMeetingsAttendanceAgendaTasks,
  standingAgendaItems,
  reviewVersionsStandpointTemplates,
  docxTemplatePerBody,
  attendanceTimesBodyLayoutStandingItems,
  notesCopies,
  taskFollowUpMinutesPublishing,
  searchIndex,
  invitationsEmailsAttachments,
  reviewRoundPublicationArchive,
  bodyWordList,
];

export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the migrations the database has not seen yet, each in its own
 * transaction together with the bump of `user_version`: a failure leaves the
 * file at the last complete version, never half-way.
 */
export function applyMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  for (const migration of migrations) {
    if (schemaVersionOf(db) >= migration.version) continue;
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (schemaVersionOf(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    step.immediate();
  }
  return schemaVersionOf(db);
}
