import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { closeDatabase, examineDatabaseFile, openDatabase } from '../../services/storage/database';
import { acquireWriterLock } from '../../services/storage/writer-lock';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { backupDatabaseTo, backupFileName, backupFolder, fileStamp, restoreDatabaseFile, restoreRefusal } from '../../services/storage/backup-files';
import { toLocalTimestamp } from '../../../shared/format/datetime';
import { UsageError, type Options, databasePath, printJson, requireOption } from '../support';

/** `anteckna backup`: an online backup (the app may be running), checked before it is put in place. */
export async function backup(options: Options): Promise<number> {
  const path = databasePath(options);
  if (!existsSync(path)) throw new AppError('not_found', `Databasen ${path} finns inte.`);
  const problem = examineDatabaseFile(path);
  if (problem) throw problem.error;
  const now = new Date();
  let out = options.out === undefined ? join(backupFolder(path), backupFileName(now)) : resolvePath(requireOption(options.out, '--out SÖKVÄG'));
  if (existsSync(out) && statSync(out).isDirectory()) out = join(out, backupFileName(now));
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  assertNotDatabaseFile(out, path, { newBackup: true });
  // Read-write, though it only reads: the last connection to close then tidies up -wal/-shm
  // the way the app does, where a read-only one would leave them beside the database.
  const source = new Database(path, { fileMustExist: true, timeout: 5000 });
  try {
    await backupDatabaseTo(source, out, { overwrite: options.force === true });
  } finally {
    source.close();
  }
  printJson({ database: path, file: out, takenAt: toLocalTimestamp(now), bytes: statSync(out).size });
  return 0;
}

/**
 * `anteckna restore`: only while no host has the database open for writing.
 * The current file is moved aside, never deleted; every refusal leaves it as it was.
 */
export function restore(options: Options): number {
  const from = resolvePath(requireOption(options.from, '--from SÄKERHETSKOPIA'));
  const path = databasePath(options);
  if (from === path) throw new UsageError('Säkerhetskopian och databasen är samma fil.');
  const refusal = restoreRefusal(from);
  if (refusal) throw new AppError('validation', refusal);
  const lock = acquireWriterLock(path);
  try {
    const movedAside = restoreDatabaseFile(path, from, `före-återställning-${fileStamp(new Date())}`);
    // Opening brings an older backup's schema up to date now, not at the next start.
    closeDatabase(openDatabase(path));
    printJson({ database: path, restoredFrom: from, movedAside });
    return 0;
  } finally {
    lock.release();
  }
}
