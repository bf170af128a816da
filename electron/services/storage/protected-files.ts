import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { backupFolder } from './backup-files';
import { realDatabasePath, writerLockPath } from './writer-lock';

/**
 * The files an export (or a backup written with `--out`) must never replace:
 * the database, its -wal, -shm and -journal, the writer lock, and anything in
 * the backup folder. Compared by real path and, for a file that exists, by
 * inode, so a symbolic or hard link to the database is refused as well.
 */
export function assertNotDatabaseFile(target: string, databasePath: string, options: { newBackup?: boolean } = {}): void {
  const real = realDatabasePath(databasePath);
  const targetReal = realDatabasePath(target);
  const sideFiles = [real, `${real}-wal`, `${real}-shm`, `${real}-journal`, writerLockPath(databasePath)];
  const inFolder = (folder: string) => {
    const rel = relative(folder, targetReal);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const backups = realFolder(backupFolder(real));
  // `anteckna backup --out` may add a new file to the backup folder, never replace one there.
  const replacesBackup = inFolder(backups) && (options.newBackup !== true || exists(target));
  if (sideFiles.includes(targetReal) || replacesBackup || sameFile(target, real)) {
    throw new AppError(
      'validation',
      `${target} är Antecknas egen databas eller en av dess säkerhetskopior och kan inte skrivas över. Välj en annan fil.`,
    );
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function realFolder(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
