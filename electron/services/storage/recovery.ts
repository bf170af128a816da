import { statSync } from 'node:fs';
import { formatLocalTimestamp } from '../../../shared/format/datetime';
import { AppError } from '../../../shared/ipc/result';
import { backupFolder, fileStamp, newestGoodBackup, restoreDatabaseFile, startupNoticeText, type BackupInfo } from './backup-files';
import { DatabaseRefusedError, openDatabase, type Db } from './database';

export interface RecoveredOpen {
  db: Db;
  /** Set when a damaged database was replaced by a backup: what to tell the secretary, in Swedish. */
  notice: string | null;
  /** The backup the data now comes from, when one was restored. */
  restoredFrom: BackupInfo | null;
  /** Where the damaged file was moved. */
  damagedFile: string | null;
}

/**
 * `openDatabase` for the hosts that start the app (Electron, the browser
 * host). A damaged file is moved aside (never deleted) and the newest good
 * backup is put in its place, and the caller gets a notice saying so. A file
 * from another program or a newer Anteckna is refused as before, and so is a
 * damaged file when no good backup exists: then nothing is changed.
 */
export function openDatabaseRecovering(path: string, options: { clock?: () => Date } = {}): RecoveredOpen {
  const now = () => (options.clock ?? (() => new Date()))();
  // An empty or missing file next to backups is a lost database, not a new one:
  // starting empty would make the next backup the newest "good" one while the real ones age out.
  const emptiness = emptyOrMissing(path);
  if (emptiness !== null) {
    const backup = newestGoodBackup(path);
    if (backup !== null) {
      const aside = restoreDatabaseFile(path, backup.path, `${emptiness === 'empty' ? 'tom' : 'saknad'}-${fileStamp(now())}`);
      const db = openDatabase(path);
      return { db, notice: lostNoticeText(path, emptiness, aside, backup), restoredFrom: backup, damagedFile: aside };
    }
  }
  try {
    return { db: openDatabase(path), notice: null, restoredFrom: null, damagedFile: null };
  } catch (error) {
    if (!(error instanceof DatabaseRefusedError) || error.kind !== 'damaged') throw error;
  }

  const backup = newestGoodBackup(path);
  if (backup === null) {
    throw new AppError(
      'storage',
      `Databasfilen ${path} är skadad och det finns ingen hel säkerhetskopia i ${backupFolder(path)}. ` +
        'Filen har inte ändrats. Kontakta den som sköter datorn, eller starta med en annan fil (--db).',
    );
  }
  const aside = restoreDatabaseFile(path, backup.path, `skadad-${fileStamp(now())}`);
  const db = openDatabase(path);
  const damagedFile = aside ?? path;
  return { db, notice: startupNoticeText(damagedFile, backup), restoredFrom: backup, damagedFile };
}

function emptyOrMissing(path: string): 'empty' | 'missing' | null {
  try {
    return statSync(path).size === 0 ? 'empty' : null;
  } catch {
    return 'missing';
  }
}

function lostNoticeText(path: string, emptiness: 'empty' | 'missing', aside: string | null, backup: BackupInfo): string {
  const what =
    emptiness === 'empty'
      ? `Databasfilen ${path} var tom (0 byte) fast det finns säkerhetskopior. Den tomma filen har flyttats till ${aside ?? path}.`
      : `Databasfilen ${path} saknades fast det finns säkerhetskopior.`;
  return (
    `${what} Dina data har återställts från säkerhetskopian från ${formatLocalTimestamp(backup.takenAt)}. ` +
    'Det som skrevs efter den tiden finns inte med.'
  );
}
