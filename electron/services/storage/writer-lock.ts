import Database from 'better-sqlite3';
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { makePrivateFile, makePrivateFolder } from './private-files';

/**
 * One writer per database file. SQLite alone would let two hosts write the
 * same file turn by turn, and each would then show the secretary a stale view
 * and overwrite the other's notes with its own autosaves.
 *
 * The lock is an OS file lock, not a marker file: a small side file
 * `<database>.lock` is opened by SQLite in exclusive locking mode and written
 * once, so SQLite holds its exclusive lock on it (fcntl on POSIX, LockFileEx
 * on Windows) until the connection closes. The operating system drops that
 * lock when the process dies, however it dies (SIGKILL, power cut of the
 * process, crash), so a lock file left behind never blocks the next start.
 * The database file itself is not locked: other programs (the CLI's `list`
 * and `export`) can still read it while the app runs.
 *
 * The lock is taken on the real file, not on the path as typed: a symbolic
 * link (or a folder reached through one) resolves to the same
 * `<real path>.lock`, and a hard link, which has a real path of its own, is
 * caught by a second lock named by the file's device and inode in the
 * user's temporary folder.
 */
export interface WriterLock {
  /** The lock file beside the database's real file. */
  readonly path: string;
  /** Lets the next writer in; safe to call more than once. */
  release(): void;
}

/**
 * better-sqlite3 closes a connection its garbage collector frees, which would
 * silently let go of the lock when a caller keeps no reference to it: every
 * held lock stays reachable from here until released.
 */
const held = new Set<Database.Database>();

/** The database's real file: symbolic links resolved, also in a folder of a file not created yet. */
export function realDatabasePath(databasePath: string): string {
  try {
    return realpathSync(databasePath);
  } catch {
    try {
      return join(realpathSync(dirname(databasePath)), basename(databasePath));
    } catch {
      return databasePath;
    }
  }
}

export function writerLockPath(databasePath: string): string {
  return `${realDatabasePath(databasePath)}.lock`;
}

/** The lock of the file's inode, shared by every hard link to it; null while the file does not exist. */
function inodeLockPath(databasePath: string): string | null {
  try {
    const { dev, ino } = statSync(databasePath);
    return join(tmpdir(), `anteckna-las-${process.getuid?.() ?? 'user'}`, `${dev}-${ino}.lock`);
  } catch {
    return null;
  }
}

export function acquireWriterLock(databasePath: string): WriterLock {
  try {
    makePrivateFolder(dirname(databasePath));
  } catch {
    throw new AppError('storage', `Mappen för databasen ${databasePath} kunde inte skapas.`);
  }
  const byPath = lockFile(writerLockPath(databasePath), databasePath);
  const inodePath = inodeLockPath(databasePath);
  if (inodePath === null) return byPath;
  let byInode: WriterLock;
  try {
    mkdirSync(dirname(inodePath), { recursive: true, mode: 0o700 });
    byInode = lockFile(inodePath, databasePath);
  } catch (error) {
    byPath.release();
    throw error instanceof AppError ? error : new AppError('storage', `Låsfilen ${inodePath} kunde inte skapas: ${detail(error)}`);
  }
  return {
    path: byPath.path,
    release: () => {
      byInode.release();
      byPath.release();
    },
  };
}

function lockFile(path: string, databasePath: string): WriterLock {
  let lock: Database.Database;
  try {
    // timeout 0: a held lock is reported at once instead of after SQLite's busy wait.
    lock = new Database(path, { timeout: 0 });
  } catch (error) {
    throw new AppError('storage', `Låsfilen ${path} kunde inte öppnas: ${detail(error)}`);
  }

  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write in exclusive locking mode takes SQLite's EXCLUSIVE lock
    // and keeps it after COMMIT, until the connection closes.
    lock.exec('BEGIN EXCLUSIVE');
    lock.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), pid INTEGER NOT NULL, since TEXT NOT NULL)');
    lock.prepare('INSERT OR REPLACE INTO holder (id, pid, since) VALUES (1, ?, ?)').run(process.pid, new Date().toISOString());
    lock.exec('COMMIT');
  } catch (error) {
    lock.close();
    if (isBusy(error)) {
      throw new AppError(
        'storage',
        `Databasen ${databasePath} används redan av Anteckna i ett annat fönster eller program (låsfilen ${path} är upptagen). ` +
          'Stäng det först eller välj en annan fil med --db.',
      );
    }
    throw new AppError('storage', `Låsfilen ${path} kunde inte låsas: ${detail(error)}`);
  }

  makePrivateFile(path);
  held.add(lock);
  return {
    path,
    release: () => {
      // Closing the connection lets go of the OS lock; the file stays for the next start.
      held.delete(lock);
      if (lock.open) lock.close();
    },
  };
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
