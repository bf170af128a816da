import type { DateStyle } from '../model/kinds';

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', timeZone: 'UTC' });

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "2023-11-23" → "23 november 2023". */
export function formatLongDate(iso: string): string {
  return longDate.format(utc(iso));
}

/** The date as the body prints it in its minutes. */
export function formatMeetingDate(iso: string, style: DateStyle): string {
  switch (style) {
    case 'long':
      return formatLongDate(iso);
    case 'iso':
      return iso;
    default: {
      const never: never = style;
      return never;
    }
  }
}

/** "2023-12-10" → "231210", the short form used in running text. */
export function formatShortDate(iso: string): string {
  return iso.slice(2).replace(/-/g, '');
}

/** "2026-11-12" → "12/11", as a reply's day is noted ("förhinder anmält 12/11"). */
export function formatDayMonth(iso: string): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d}/${m}`;
}

/** "torsdag 23 november 2023". */
export function formatDateWithWeekday(iso: string): string {
  return `${weekday.format(utc(iso))} ${formatLongDate(iso)}`;
}

/** "12.30" and "15.30" → "12.30-15.30"; either may be missing. */
export function formatTimeRange(start: string, end: string): string {
  const s = start.replace(':', '.');
  const e = end.replace(':', '.');
  if (s && e) return `${s}-${e}`;
  return s || e;
}
