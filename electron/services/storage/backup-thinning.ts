import { readdirSync, rmSync, statSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../../../shared/format/clock';
import { formatBytes } from '../../../shared/format/datetime';
import { AppError } from '../../../shared/ipc/result';
import {
  TEMP_PREFIX,
  TEMP_SUFFIX,
  backupFolder,
  listBackups,
  localTimeToDate,
  newestGoodBackup,
  type BackupInfo,
} from './backup-files';

/**
 * Which backups are kept, as Time Machine thins its own: every backup of
 * the last day, the newest of each day for `keepDays` days, the newest of
 * each week after that, and never more than `maxTotalBytes` in all (the
 * oldest go first). A full copy up to six times an hour would otherwise fill
 * the disk within months.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old is what a crash mid-backup left behind. */
const STALE_TEMP_MS = 60 * 60 * 1000;

export const DEFAULT_MAX_BACKUP_MB = 2048;
export const MAX_BACKUP_MB_LIMIT = 1024 * 1024;

export interface ThinningPolicy {
  /** Days for which one backup per day is kept (`ANTECKNA_BACKUP_DAYS`, `--keep-days`). */
  keepDays: number;
  /** All backups together may take at most this much (`ANTECKNA_BACKUP_MAX_MB`). */
  maxTotalBytes: number;
}

const dayKey = localDate;

/** The Monday of the local week, as the week's key. */
function weekKey(d: Date): string {
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday);
}

/**
 * The backups the policy removes, from a list newest first. Paths in
 * `protectedPaths` (the newest good backup, a backup being restored) are
 * never removed.
 */
export function backupsToThin(
  backups: readonly BackupInfo[],
  now: Date,
  policy: ThinningPolicy,
  protectedPaths: ReadonlySet<string>,
): BackupInfo[] {
  const days = new Set<string>();
  const weeks = new Set<string>();
  const kept: BackupInfo[] = [];
  const removed: BackupInfo[] = [];
  for (const backup of backups) {
    const taken = localTimeToDate(backup.takenAt);
    const age = now.getTime() - taken.getTime();
    const slots = age < policy.keepDays * DAY_MS ? days : weeks;
    const slot = slots === days ? dayKey(taken) : weekKey(taken);
    const keep = protectedPaths.has(backup.path) || age < DAY_MS || !slots.has(slot);
    if (age >= DAY_MS) slots.add(slot);
    (keep ? kept : removed).push(backup);
  }
  // The size cap takes the oldest first, never a protected one (the newest good backup is).
  let total = kept.reduce((sum, b) => sum + b.bytes, 0);
  for (let i = kept.length - 1; i >= 0 && total > policy.maxTotalBytes; i--) {
    const backup = kept[i]!;
    if (protectedPaths.has(backup.path)) continue;
    removed.push(backup);
    total -= backup.bytes;
  }
  return removed;
}

/**
 * Thins the backup folder by the policy (and removes temporary files a
 * crash left behind). The newest good backup and `protect` (the file being
 * restored) are always kept. Returns the names removed.
 */
export function pruneBackups(
  databasePath: string,
  now: Date,
  policy: ThinningPolicy,
  options: { protect?: string } = {},
): string[] {
  const protectedPaths = new Set<string>();
  const newest = newestGoodBackup(databasePath);
  if (newest) protectedPaths.add(newest.path);
  if (options.protect !== undefined) protectedPaths.add(options.protect);
  const removed: string[] = [];
  for (const backup of backupsToThin(listBackups(databasePath), now, policy, protectedPaths)) {
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

export interface BackupSpace {
  /** All backups together. */
  totalBytes: number;
  count: number;
  /** Free space on the disk of the backup folder; null when the system does not say. */
  freeBytes: number | null;
  /** A Swedish warning when the disk is nearly full, else null. */
  warning: string | null;
}

/** The disk is short when less than this is free, or less than five database copies. */
const LOW_DISK_BYTES = 500 * 1024 * 1024;

/** What the backups take and what is left on the disk, for the backup dialog. */
export function backupSpace(databasePath: string, databaseBytes: number, freeBytes = freeSpace(backupFolder(databasePath))): BackupSpace {
  const backups = listBackups(databasePath);
  const totalBytes = backups.reduce((sum, b) => sum + b.bytes, 0);
  const short = freeBytes !== null && freeBytes < Math.max(LOW_DISK_BYTES, 5 * databaseBytes);
  return {
    totalBytes,
    count: backups.length,
    freeBytes,
    warning: short
      ? `Disken börjar bli full: bara ${formatBytes(freeBytes)} ledigt. Säkerhetskopiorna tar ${formatBytes(totalBytes)}. ` +
        'Frigör utrymme på disken, annars kan nya säkerhetskopior inte göras.'
      : null,
  };
}

function freeSpace(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/** `ANTECKNA_BACKUP_MAX_MB`: whole megabytes, 1–1,048,576; the default 2,048 (2 GB). */
export function parseMaxBackupMegabytes(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_BACKUP_MB;
  const trimmed = value.trim();
  if (!/^\d{1,7}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > MAX_BACKUP_MB_LIMIT) {
    throw new AppError(
      'validation',
      `Ogiltigt tak för säkerhetskopiornas storlek: ${value}. Ange ett heltal (megabyte) mellan 1 och ${MAX_BACKUP_MB_LIMIT}.`,
    );
  }
  return Number(trimmed);
}
