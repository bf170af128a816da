/**
 * The times of a Teams attendance report, as the organiser's Teams wrote
 * them: Swedish ("2024-11-25 13:02:11", "2024-11-25 kl. 13:02",
 * "25.11.2024 13:02") or US ("11/25/24, 1:02:11 PM"). They are wall-clock
 * times without a zone, kept as "YYYY-MM-DDTHH:MM:SS" so they compare as text
 * and convert to minutes without any time zone getting in the way.
 */

/** A local wall-clock moment: "2024-11-25T13:02:11". */
export type LocalStamp = string;

export const LOCAL_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function stamp(year: number, month: number, day: number, hour: number, minute: number, second: number): LocalStamp | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
}

/** Hour, minute and second of "13:02:11", "13.02", "1:02:11 PM", "1:02 em". */
function clockOf(text: string): [number, number, number] | null {
  const m = /^(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*(am|pm|a\.m\.|p\.m\.|fm|em)?$/i.exec(text.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    if (half === 'pm' || half === 'em') hour = hour === 12 ? 12 : hour + 12;
    else hour = hour === 12 ? 0 : hour;
  }
  return [hour, Number(m[2]), Number(m[3] ?? 0)];
}

/** Reads a report time; null when it is not one. */
export function parseReportStamp(text: string): LocalStamp | null {
  const t = text.trim().replace(/\u202f|\u00a0/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s,]+(?:kl\.?\s*)?)(.+)$/i.exec(t);
  if (m) {
    const clock = clockOf(m[4]!);
    return clock ? stamp(Number(m[1]), Number(m[2]), Number(m[3]), ...clock) : null;
  }
  // "11/25/24, 1:02:11 PM" (US: month first) or "25/11/2024 13:02" (day first, when the first part cannot be a month).
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+(.+)$/.exec(t);
  if (m) {
    const clock = clockOf(m[4]!);
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return clock ? stamp(Number(m[3]), month, day, ...clock) : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}),?\s+(.+)$/.exec(t);
  if (m) {
    const clock = clockOf(m[4]!);
    return clock ? stamp(Number(m[3]), Number(m[2]), Number(m[1]), ...clock) : null;
  }
  return null;
}

/** Whole seconds from 2000-01-01 of a local stamp: for differences only. */
export function stampSeconds(value: LocalStamp): number {
  const [date, time] = value.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = time.split(':').map(Number) as [number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s) / 1000;
}

/** The local stamp of a meeting's date and clock time "13.00". */
export function stampOf(date: string, clock: string): LocalStamp {
  return `${date}T${clock.replace('.', ':')}:00`;
}

/** "13.02" of "2024-11-25T13:02:11": the clock time the minutes print. */
export function clockOfStamp(value: LocalStamp): string {
  return value.slice(11, 16).replace(':', '.');
}

/**
 * A duration as Teams writes it: "1h 23m 4s", "1 tim 23 min 4 s", "48m",
 * "01:23:04", "23:04" (minutes and seconds). Null when it is not one.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  const colon = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(t);
  if (colon) return Number(colon[1] ?? 0) * 3600 + Number(colon[2]) * 60 + Number(colon[3]);
  const parts = /^(?:(\d+)\s*(?:h|tim(?:mar|me)?|t)\b\.?)?\s*(?:(\d+)\s*(?:m|min(?:uter)?)\b\.?)?\s*(?:(\d+)\s*(?:s|sek(?:under)?)\b\.?)?$/.exec(t);
  if (!parts || (parts[1] === undefined && parts[2] === undefined && parts[3] === undefined)) return null;
  return Number(parts[1] ?? 0) * 3600 + Number(parts[2] ?? 0) * 60 + Number(parts[3] ?? 0);
}
