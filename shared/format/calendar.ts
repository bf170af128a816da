/**
 * Calendar arithmetic on ISO dates ("2026-12-19") and the Swedish names the
 * date field and its calendar show. Everything works in UTC on whole days, so
 * neither the machine's time zone nor its locale can shift or rename a day.
 */

export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** Monday first, as Swedish calendars are printed. */
export const WEEKDAY_NAMES = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;
export const WEEKDAY_SHORT = ['må', 'ti', 'on', 'to', 'fr', 'lö', 'sö'] as const;

export interface DayParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toIso({ year, month, day }: DayParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoParts(iso: string): DayParts {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

function utc(iso: string): Date {
  const { year, month, day } = isoParts(iso);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

function fromUtc(date: Date): string {
  return toIso({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function addDays(iso: string, days: number): string {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** The same day `months` later, or the month's last day when it has fewer (31 januari + 1 → 28 februari). */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = isoParts(iso);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return toIso({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(iso: string): number {
  return (utc(iso).getUTCDay() + 6) % 7;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

/** The ISO 8601 week number ("vecka 51"), the one Swedish calendars print. */
export function isoWeek(iso: string): number {
  const thursday = addDays(iso, 3 - weekdayIndex(iso));
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor(daysBetween(firstOfYear, thursday) / 7) + 1;
}

/** The Monday of the week the day is in. */
export function startOfWeek(iso: string): string {
  return addDays(iso, -weekdayIndex(iso));
}

/** "fredag 19 december 2026", without Intl, so it reads the same on every machine. */
export function spokenDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${WEEKDAY_NAMES[weekdayIndex(iso)]} ${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The weeks of a month as shown in a calendar: Monday to Sunday, starting
 * with the week of the 1st, with the neighbouring months' days filling the
 * first and last week.
 */
export function monthGrid(year: number, month: number): string[][] {
  const first = toIso({ year, month, day: 1 });
  const last = toIso({ year, month, day: daysInMonth(year, month) });
  const weeks: string[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return weeks;
}
