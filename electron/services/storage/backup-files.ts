import Database from 'better-sqlite3';
import { existsSync, linkSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { makePrivateFile, makePrivateFolder } from './private-files';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result';
import { formatLocalTimestamp, toLocalTimestamp } from '../../../shared/format/datetime';
import { ANTECKNA_APPLICATION_ID, SCHEMA_VERSION } from './migrations';
import { examineDatabaseFile, type Db } from './database';
import { describeSchemaObjects, unknownSchemaObjects } from './schema-check';
import { examineCopyOffThread, type CopyFacts } from './copy-check';

/**
 * Rotating backups of the database, made with SQLite's online backup API
 * (never by copying the live file, whose WAL may hold the newest writes and
 * whose bytes may be mid-transaction). Every backup is written to a temporary
 * name, checked (quick_check, application_id, user_version) and only then
 * renamed into place, so a file in the backup folder is always a whole
 * Anteckna database that opens on its own (journal mode DELETE, no -wal).
 */

export const BACKUP_FOLDER_NAME = 'Säkerhetskopior';
export const DEFAULT_KEEP_DAYS = 30;
export const MAX_KEEP_DAYS = 3650;

export const TEMP_PREFIX = '.anteckna-';
export const TEMP_SUFFIX = '.tmp';

export interface BackupInfo {
  fileName: string;
  path: string;
  /** Local wall-clock time the backup was taken, "2026-11-22T07:15:03". */
  takenAt: string;
  bytes: number;
}

export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), BACKUP_FOLDER_NAME);
}

/** "anteckna 2026-11-22 07.15.03.sqlite", with " (2)" … when a second backup falls in the same second. */
export function backupFileName(at: Date, sequence = 1): string {
  const stamp = toLocalTimestamp(at).replace('T', ' ').replace(/:/g, '.');
  return sequence > 1 ? `anteckna ${stamp} (${sequence}).sqlite` : `anteckna ${stamp}.sqlite`;
}

const BACKUP_NAME = /^anteckna (\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})(?: \((\d{1,4})\))?\.sqlite$/;

/** The time (and same-second sequence) a backup file's name carries, or null for any other file. */
export function parseBackupFileName(fileName: string): { takenAt: string; sequence: number } | null {
  const m = BACKUP_NAME.exec(fileName);
  if (!m) return null;
  return { takenAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`, sequence: m[7] === undefined ? 1 : Number(m[7]) };
}

/** A stamp for files moved aside: "2026-11-22-07.15.03". */
export function fileStamp(at: Date): string {
  return toLocalTimestamp(at).replace('T', '-').replace(/:/g, '.');
}

export function localTimeToDate(local: string): Date {
  const [date = '', time = ''] = local.split('T');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [hh = 0, mm = 0, ss = 0] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm, ss);
}

/** Every backup of this database, newest first. */
export function listBackups(databasePath: string): BackupInfo[] {
  const folder = backupFolder(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const found: (BackupInfo & { sequence: number })[] = [];
  for (const fileName of names) {
    const parsed = parseBackupFileName(fileName);
    if (!parsed) continue;
    const path = join(folder, fileName);
    try {
      const stat = statSync(path);
      if (!stat.isFile()) continue;
      found.push({ fileName, path, takenAt: parsed.takenAt, bytes: stat.size, sequence: parsed.sequence });
    } catch {
      // Vanished between readdir and stat (pruned by another process): not a backup any more.
    }
  }
  found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.sequence - a.sequence);
  return found.map(({ sequence: _sequence, ...info }) => info);
}

function tempPathBeside(destination: string): string {
  return join(dirname(destination), `${TEMP_PREFIX}${basename(destination)}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

function removeWithSideFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
}

/**
 * Makes a freshly written copy self-contained (journal mode DELETE) and
 * checks it is a whole Anteckna database this version can open.
 */
function finishAndVerifyCopy(path: string): void {
  makePrivateFile(path);
  let copy: Db | null = null;
  try {
    copy = new Database(path, { fileMustExist: true });
    copy.pragma('journal_mode = DELETE');
    const check = (copy.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    const applicationId = copy.pragma('application_id', { simple: true }) as number;
    const userVersion = copy.pragma('user_version', { simple: true }) as number;
    refuseBrokenCopy({ check, applicationId, userVersion });
  } catch (error) {
    throw unverified(error);
  } finally {
    copy?.close();
  }
}

/** The same check as finishAndVerifyCopy, in a worker thread: the app keeps answering while a large copy is read. */
async function finishAndVerifyCopyOffThread(path: string): Promise<void> {
  makePrivateFile(path);
  try {
    refuseBrokenCopy(await examineCopyOffThread(path));
  } catch (error) {
    throw unverified(error);
  }
}

function refuseBrokenCopy({ check, applicationId, userVersion }: CopyFacts): void {
  if (check.length !== 1 || check[0] !== 'ok' || applicationId !== ANTECKNA_APPLICATION_ID || userVersion > SCHEMA_VERSION) {
    throw new AppError('storage', 'Kopian av databasen blev inte hel och har tagits bort. Databasen har inte ändrats.');
  }
}

function unverified(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('storage', `Kopian av databasen kunde inte kontrolleras (${describe(error)}). Databasen har inte ändrats.`);
}

export function describe(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code || (error instanceof Error ? error.message : String(error));
}

/**
 * Puts a verified temporary file in place. Without `overwrite` an existing
 * file is never replaced, not even by a backup racing for the same name: a
 * hard link fails when the name is taken, where a rename would clobber it.
 */
function placeVerified(temp: string, destination: string, overwrite: boolean): void {
  if (overwrite) {
    renameSync(temp, destination);
    return;
  }
  if (existsSync(destination)) throw nameTaken(destination);
  try {
    linkSync(temp, destination);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw nameTaken(destination);
    // File systems without hard links (FAT on a USB stick): the check above has to do.
    renameSync(temp, destination);
  }
}

function nameTaken(destination: string): AppError {
  return new AppError('conflict', `Filen ${destination} finns redan. Den har inte skrivits över.`);
}

/**
 * An online backup of an open connection to `destination`: a consistent
 * snapshot even while the app keeps writing (writes through the same
 * connection are carried into the copy by SQLite).
 */
export async function backupDatabaseTo(db: Db, destination: string, options: { overwrite?: boolean } = {}): Promise<void> {
  makePrivateFolder(dirname(destination));
  const temp = tempPathBeside(destination);
  try {
    await db.backup(temp);
    await finishAndVerifyCopyOffThread(temp);
    placeVerified(temp, destination, options.overwrite === true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `Säkerhetskopian kunde inte skrivas till ${destination} (${describe(error)}). Databasen har inte ändrats.`);
  } finally {
    removeWithSideFiles(temp);
  }
}

/**
 * Copies a database file (a backup, or a file the secretary chose) to
 * `destination` through SQLite, verified and renamed into place. The source
 * is read through a read-only connection, never copied byte by byte.
 */
export function copyDatabaseFile(source: string, destination: string, options: { overwrite?: boolean } = {}): void {
  makePrivateFolder(dirname(destination));
  const temp = tempPathBeside(destination);
  let src: Db | null = null;
  try {
    src = new Database(source, { readonly: true, fileMustExist: true });
    writeFileSync(temp, src.serialize(), { flag: 'wx', mode: 0o600 });
    src.close();
    src = null;
    finishAndVerifyCopy(temp);
    placeVerified(temp, destination, options.overwrite === true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `Filen ${source} kunde inte kopieras (${describe(error)}).`);
  } finally {
    src?.close();
    removeWithSideFiles(temp);
  }
}

/** One backup into the backup folder, named by the time `now` (" (2)" … when the name is taken). */
export async function createBackup(db: Db, databasePath: string, now: Date): Promise<BackupInfo> {
  const folder = backupFolder(databasePath);
  makePrivateFolder(folder);
  const temp = tempPathBeside(join(folder, backupFileName(now)));
  try {
    await db.backup(temp);
    await finishAndVerifyCopyOffThread(temp);
    for (let sequence = 1; ; sequence++) {
      const fileName = backupFileName(now, sequence);
      const path = join(folder, fileName);
      try {
        placeVerified(temp, path, false);
      } catch (error) {
        if (error instanceof AppError && error.code === 'conflict') continue;
        throw error;
      }
      return { fileName, path, takenAt: toLocalTimestamp(now), bytes: statSync(path).size };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('storage', `Säkerhetskopian kunde inte skrivas i ${folder} (${describe(error)}). Databasen har inte ändrats.`);
  } finally {
    removeWithSideFiles(temp);
  }
}

/** Why a file cannot be restored, as a Swedish sentence; null when it can. */
export function restoreRefusal(source: string): string | null {
  if (!existsSync(source) || !statSync(source).isFile()) return `Filen ${source} finns inte. Databasen har inte ändrats.`;
  const problem = examineDatabaseFile(source);
  if (problem) {
    switch (problem.kind) {
      case 'damaged':
        return `Filen ${source} är skadad eller ingen Anteckna-databas och kan inte återställas. Databasen har inte ändrats.`;
      case 'foreign':
        return `Filen ${source} är inte en Anteckna-databas och kan inte återställas. Databasen har inte ändrats.`;
      case 'newer':
        return `Säkerhetskopian ${source} kommer från en nyare version av Anteckna. Uppdatera Anteckna först. Databasen har inte ändrats.`;
      default:
        return `Filen ${source} kunde inte läsas som en databas. Databasen har inte ändrats.`;
    }
  }
  // examineDatabaseFile accepts an empty SQLite file as a new database; as a backup it holds nothing.
  let check: Db | null = null;
  try {
    check = new Database(source, { readonly: true, fileMustExist: true });
    if ((check.pragma('application_id', { simple: true }) as number) !== ANTECKNA_APPLICATION_ID) {
      return `Filen ${source} är inte en Anteckna-databas och kan inte återställas. Databasen har inte ändrats.`;
    }
    const unknown = unknownSchemaObjects(check);
    if (unknown.length > 0) {
      return (
        `Filen ${source} innehåller delar som Anteckna inte har skapat (${describeSchemaObjects(unknown)}) och kan inte återställas. ` +
        'Databasen har inte ändrats.'
      );
    }
  } catch {
    return `Filen ${source} kunde inte läsas som en databas. Databasen har inte ändrats.`;
  } finally {
    check?.close();
  }
  return null;
}

/** The newest backup that passes the checks, or null. */
export function newestGoodBackup(databasePath: string): BackupInfo | null {
  for (const backup of listBackups(databasePath)) {
    if (restoreRefusal(backup.path) === null) return backup;
  }
  return null;
}

/**
 * Moves the database file and its -wal/-shm aside as `<file>.<label>`
 * (+ `-wal`, `-shm`); never deletes them. Returns the new main file's path,
 * or null when there was no file.
 */
export function moveDatabaseAside(databasePath: string, label: string): string | null {
  if (!existsSync(databasePath)) return null;
  let target = `${databasePath}.${label}`;
  for (let n = 2; existsSync(target); n++) target = `${databasePath}.${label}-${n}`;
  renameSync(databasePath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${databasePath}${suffix}`)) renameSync(`${databasePath}${suffix}`, `${target}${suffix}`);
  }
  return target;
}

/** Undoes `moveDatabaseAside` after a failed restore, so the secretary is left where she was. */
function moveBack(aside: string, databasePath: string): void {
  removeWithSideFiles(databasePath);
  renameSync(aside, databasePath);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${aside}${suffix}`)) renameSync(`${aside}${suffix}`, `${databasePath}${suffix}`);
  }
}

/**
 * Restores `source` as the database at `databasePath` while no connection
 * has it open (CLI `restore`, and the damaged-database start). The current
 * file is moved aside as `<file>.<asideLabel>`, folded together with its WAL
 * first when it still opens. Returns the moved-aside path (null if none).
 */
export function restoreDatabaseFile(databasePath: string, source: string, asideLabel: string): string | null {
  const refusal = restoreRefusal(source);
  if (refusal) throw new AppError('validation', refusal);
  // Only a healthy file is folded together with its WAL first; a damaged one is
  // moved aside exactly as it was found, -wal beside it, for whoever examines it.
  if (existsSync(databasePath) && examineDatabaseFile(databasePath) === null) {
    try {
      const current = new Database(databasePath, { fileMustExist: true });
      try {
        current.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.close();
      }
    } catch {
      // Busy or unreadable: its -wal moves aside with it as it is.
    }
  }
  const aside = moveDatabaseAside(databasePath, asideLabel);
  try {
    copyDatabaseFile(source, databasePath);
  } catch (error) {
    if (aside !== null) moveBack(aside, databasePath);
    throw error;
  }
  return aside;
}

export function startupNoticeText(aside: string, backup: BackupInfo): string {
  return (
    `Databasen var skadad och har flyttats till ${aside}. ` +
    `Dina data har återställts från säkerhetskopian från ${formatLocalTimestamp(backup.takenAt)}. ` +
    'Det som skrevs efter den tiden finns inte med.'
  );
}

/** `ANTECKNA_BACKUP_DAYS` / `--keep-days`: whole days, 1–3650. */
export function parseKeepDays(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_KEEP_DAYS;
  const trimmed = value.trim();
  if (!/^\d{1,4}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > MAX_KEEP_DAYS) {
    throw new AppError('validation', `Ogiltigt antal dagar för säkerhetskopior: ${value}. Ange ett heltal mellan 1 och ${MAX_KEEP_DAYS}.`);
  }
  return Number(trimmed);
}
