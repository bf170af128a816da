import { chmodSync, mkdirSync, statSync } from 'node:fs';

/**
 * Minutes hold names, standpoints and sometimes personal matters: the data
 * folder, the database and its backups are for the user alone (0700 for
 * folders, 0600 for files), as a password store would be. Folders are made
 * so when created; files are tightened when they are ours. Windows keeps its
 * own access lists (the user's profile), where chmod means little.
 */

const PRIVATE_FOLDER = 0o700;
const PRIVATE_FILE = 0o600;

export function makePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Makes an existing file of this user readable by this user only; never fails the caller. */
export function makePrivateFile(path: string): void {
  if (process.platform === 'win32') return;
  try {
    const stat = statSync(path);
    if (process.getuid !== undefined && stat.uid !== process.getuid()) return;
    if ((stat.mode & 0o777) !== PRIVATE_FILE) chmodSync(path, PRIVATE_FILE);
  } catch {
    // Gone or not ours: nothing to tighten.
  }
}
