import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { makePrivateFile, makePrivateFolder } from './private-files';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { ANTECKNA_APPLICATION_ID, SCHEMA_VERSION, applyMigrations } from './migrations';
import type { Db } from './db';

export type { Db };

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the app's database and brings its schema up to date.
 *
 * An existing file is first inspected through a separate read-only
 * connection, so a damaged file, a file from a newer Anteckna or a file that
 * belongs to another program is refused before anything could write to it
 * (switching to WAL and migrating both write).
 */
export function openDatabase(path: string): Db {
  try {
    makePrivateFolder(dirname(path));
  } catch {
    throw new AppError('storage', `Mappen för databasen ${path} kunde inte skapas.`);
  }

  if (existsSync(path) && statSync(path).size > 0) {
    inspectExistingFile(path);
  }

  let db: Db;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw openError(path, error);
  }
  makePrivateFile(path);
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // SQL functions with side effects may not run from the schema (triggers, views, defaults);
    // better-sqlite3 already turns on SQLite's defensive mode, which keeps the schema itself from being written.
    db.pragma('trusted_schema = OFF');
    // 32 MB of pages in memory (SQLite's default is 2 MB): the search index of
    // years of minutes is read page by page, and each page read again is a system call.
    db.pragma('cache_size = -32000');
    applyMigrations(db);
    // SQLite gives new -wal and -shm files the database file's permissions; ones from before are tightened here.
    for (const file of [path, `${path}-wal`, `${path}-shm`]) makePrivateFile(file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    throw openError(path, error);
  }
}

/** Folds the WAL back into the main file so the database is one self-contained file again. */
export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

export interface DatabasePathSources {
  /** The value of `--db`, if given. */
  cliPath?: string | undefined;
  env: Record<string, string | undefined>;
  /** The per-user data folder of the host (Electron's userData, XDG data dir …). */
  dataDir: string;
}

/** `--db` wins over `ANTECKNA_DB`, which wins over the default file in the data folder. */
export function resolveDatabasePath({ cliPath, env, dataDir }: DatabasePathSources): string {
  if (cliPath !== undefined && cliPath.trim() !== '') return resolve(cliPath);
  const fromEnv = env['ANTECKNA_DB'];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return resolve(fromEnv);
  return join(dataDir, 'anteckna.sqlite');
}

function inspectExistingFile(path: string): void {
  const problem = examineDatabaseFile(path);
  if (problem) throw problem.error;
}

/** Why a file cannot be used as Anteckna's database; `damaged` is the one a backup can mend. */
export type DatabaseProblemKind = 'damaged' | 'foreign' | 'newer' | 'unopenable';

export interface DatabaseProblem {
  kind: DatabaseProblemKind;
  /** The refusal as the hosts show it (Swedish, says the file was not changed). */
  error: AppError;
}

/** Thrown by `openDatabase` when the file was refused; `kind` tells a recovering host what to do. */
export class DatabaseRefusedError extends AppError {
  constructor(
    readonly kind: DatabaseProblemKind,
    message: string,
  ) {
    super('storage', message);
  }
}

/**
 * Inspects an existing file through a read-only connection without changing
 * it: null when it is a usable Anteckna database (or an empty SQLite file),
 * else what is wrong with it.
 */
export function examineDatabaseFile(path: string): DatabaseProblem | null {
  // A read-only connection on a WAL database creates -wal/-shm beside it; if
  // we refuse the file we remove what we created, so the folder is as we found it.
  const sideFiles = [`${path}-wal`, `${path}-shm`];
  const existedBefore = sideFiles.map((f) => existsSync(f));

  let refusal: DatabaseProblem | null = null;
  let check: Db | null = null;
  try {
    check = new Database(path, {
      readonly: true,
      fileMustExist: true,
      timeout: BUSY_TIMEOUT_MS,
    });
    refusal = refusalReason(check, path);
  } catch (error) {
    refusal = problemOf(openError(path, error));
  } finally {
    try {
      check?.close();
    } catch {
      // Closing a connection to a damaged file can fail too; the refusal says enough.
    }
  }

  if (refusal) {
    sideFiles.forEach((file, i) => {
      if (!existedBefore[i] && existsSync(file) && (file.endsWith('-shm') || statSync(file).size === 0)) {
        rmSync(file, { force: true });
      }
    });
  }
  return refusal;
}

function problemOf(error: AppError): DatabaseProblem {
  const kind = error instanceof DatabaseRefusedError ? error.kind : 'unopenable';
  return { kind, error };
}

function refusalReason(check: Db, path: string): DatabaseProblem | null {
  const applicationId = check.pragma('application_id', { simple: true }) as number;
  const userVersion = check.pragma('user_version', { simple: true }) as number;

  if (applicationId !== ANTECKNA_APPLICATION_ID) {
    const hasObjects = check.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
    // An empty SQLite file is as good as a new one; anything else is another program's data.
    if (applicationId !== 0 || userVersion !== 0 || hasObjects > 0) {
      return problemOf(
        new DatabaseRefusedError(
          'foreign',
          `Filen ${path} är inte en Anteckna-databas. Den har inte ändrats. Välj en annan fil med --db eller ANTECKNA_DB.`,
        ),
      );
    }
  }

  if (userVersion > SCHEMA_VERSION) {
    return problemOf(
      new DatabaseRefusedError(
        'newer',
        `Databasen ${path} skapades av en nyare version av Anteckna (databasversion ${userVersion}, ` +
          `den här versionen hanterar ${SCHEMA_VERSION}). Uppdatera Anteckna för att öppna den. Filen har inte ändrats.`,
      ),
    );
  }

  const rows = check.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    return problemOf(damaged(path));
  }
  return null;
}

function damaged(path: string): DatabaseRefusedError {
  return new DatabaseRefusedError(
    'damaged',
    `Databasfilen ${path} är skadad och kan inte öppnas. Filen har inte ändrats. ` +
      'Återställ en säkerhetskopia eller starta med en annan fil (--db).',
  );
}

function openError(path: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = error instanceof Database.SqliteError ? error.code : '';
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damaged(path);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('storage', `Databasen ${path} används av ett annat program just nu. Försök igen om en stund.`);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_READONLY')) {
    return new AppError('storage', `Databasen ${path} kunde inte öppnas. Kontrollera att filen finns och att du har behörighet till den.`);
  }
  const detail = code || (error instanceof Error ? error.message : String(error));
  return new AppError('storage', `Databasen ${path} kunde inte öppnas (${detail}).`);
}
