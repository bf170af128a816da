import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_PREFIX, TEMP_SUFFIX, backupFolder, listBackups, localTimeToDate, newestGoodBackup, type FileOptions } from './backup-files';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old is what a crash mid-backup left behind. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Deletes backups older than `keepDays` (and temporary files a crash left
 * behind). The newest good backup is always kept, however old, so pruning
 * can never leave the secretary without one.
 */
export function pruneBackups(databasePath: string, now: Date, keepDays: number, options: FileOptions = {}): string[] {
  const cutoff = now.getTime() - keepDays * DAY_MS;
  const keep = newestGoodBackup(databasePath, options);
  const removed: string[] = [];
  for (const backup of listBackups(databasePath)) {
    if (backup.path === keep?.path) continue;
    if (localTimeToDate(backup.takenAt).getTime() >= cutoff) continue;
    rmSync(backup.path, { force: true });
    removed.push(backup.fileName);
  }
  const folder = backupFolder(databasePath);
  try {
    for (const name of readdirSync(folder)) {
      if (!name.startsWith(TEMP_PREFIX) || !name.includes(TEMP_SUFFIX)) continue;
      const path = join(folder, name);
      if (now.getTime() - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    }
  } catch {
    // No folder yet, or a temp file vanished: nothing to tidy.
  }
  return removed;
}
