/**
 * Times of backups and start-up notices, written the way the secretary reads
 * them. A backup's time is local wall-clock time without a zone
 * ("2026-11-22T07:15:03"), taken from its file name, so host and renderer
 * show the same clock time whatever their time zone settings.
 */

import { localDate } from './clock';
import { formatDateWithWeekday } from './date';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A Date's local wall-clock time as "2026-11-22T07:15:03". */
export function toLocalTimestamp(date: Date): string {
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * "2026-11-22T07:15:03" → "söndag 22 november 2026 kl. 07.15" (with
 * `seconds`, "… kl. 07.15.03"); anything else is returned as it is.
 */
export function formatLocalTimestamp(local: string, options: { seconds?: boolean } = {}): string {
  const match = LOCAL_TIME.exec(local);
  if (!match) return local;
  const [, y, m, d, hh, mm, ss] = match;
  return `${formatDateWithWeekday(`${y}-${m}-${d}`)} kl. ${hh}.${mm}${options.seconds ? `.${ss}` : ''}`;
}

/**
 * A backup's time in the list: two in the same minute are told apart by
 * their seconds, two in the same second by the number their file name
 * carries ("anteckna 2026-11-22 07.15.03 (2).sqlite").
 */
export function formatBackupTime(
  backup: { fileName: string; takenAt: string },
  all: readonly { fileName: string; takenAt: string }[],
): string {
  const others = all.filter((other) => other.fileName !== backup.fileName);
  const sameMinute = others.some((other) => other.takenAt.slice(0, 16) === backup.takenAt.slice(0, 16));
  const sameSecond = others.some((other) => other.takenAt === backup.takenAt);
  const sequence = / \((\d+)\)\.sqlite$/.exec(backup.fileName)?.[1] ?? '1';
  return `${formatLocalTimestamp(backup.takenAt, { seconds: sameMinute })}${sameSecond ? ` (${sequence})` : ''}`;
}

/** 1536 → "1,5 kB"; file sizes in the backup list. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace('.', ',');
  return `${rounded} ${units[unit]}`;
}
