import { AppError } from '../../../shared/ipc/result';
import { backupFolder, fileStamp, newestGoodBackup, restoreDatabaseFile, startupNoticeText, type BackupInfo } from './backup-files';
import { DatabaseRefusedError, openDatabase, type Db, type OpenOptions } from './database';

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
export function openDatabaseRecovering(path: string, options: OpenOptions & { clock?: () => Date } = {}): RecoveredOpen {
  const openOptions: OpenOptions = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  try {
    return { db: openDatabase(path, openOptions), notice: null, restoredFrom: null, damagedFile: null };
  } catch (error) {
    if (!(error instanceof DatabaseRefusedError) || error.kind !== 'damaged') throw error;
  }

  const backup = newestGoodBackup(path, openOptions);
  if (backup === null) {
    throw new AppError(
      'storage',
      `Databasfilen ${path} är skadad och det finns ingen hel säkerhetskopia i ${backupFolder(path)}. ` +
        'Filen har inte ändrats. Kontakta den som sköter datorn, eller starta med en annan fil (--db).',
    );
  }
  const now = (options.clock ?? (() => new Date()))();
  const aside = restoreDatabaseFile(path, backup.path, `skadad-${fileStamp(now)}`, openOptions);
  const db = openDatabase(path, openOptions);
  const damagedFile = aside ?? path;
  return { db, notice: startupNoticeText(damagedFile, backup), restoredFrom: backup, damagedFile };
}
