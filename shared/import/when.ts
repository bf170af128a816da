/**
 * Dates and times as minutes write them: "23 november 2023", "den 23 nov.
 * 2023", "2024-11-25", "2023 – 12- 05", "231123", "25/11 2024"; "12.30-15.30",
 * "13:00 – 16:00", "kl. 9–12". Pure; an impossible date is no date.
 */

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateForm = 'long' | 'iso' | 'short';

/** The first date in the text, and how it was written. */
export function findDate(text: string): { iso: string; form: DateForm } | null {
  const t = text.toLocaleLowerCase('sv-SE');
  const isoMatch = /(\d{4})\s*[-–]\s*(\d{1,2})\s*[-–]\s*(\d{1,2})(?!\d)/u.exec(t);
  if (isoMatch) {
    const v = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (v) return { iso: v, form: 'iso' };
  }
  const long = /(\d{1,2})\s*(?:e|:e)?\s+([a-zåäö]+)\.?\s+(\d{4})/u.exec(t);
  if (long) {
    const month = MONTHS[long[2] ?? ''];
    const v = month ? iso(Number(long[3]), month, Number(long[1])) : null;
    if (v) return { iso: v, form: 'long' };
  }
  const slash = /(\d{1,2})\/(\d{1,2})[\s-]+(\d{4})/u.exec(t);
  if (slash) {
    const v = iso(Number(slash[3]), Number(slash[2]), Number(slash[1]));
    if (v) return { iso: v, form: 'iso' };
  }
  const dotted = /(\d{1,2})\.(\d{1,2})\.(\d{4})/u.exec(t);
  if (dotted) {
    const v = iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    if (v) return { iso: v, form: 'iso' };
  }
  const compact = /(?<![\d.:])(\d{2})(\d{2})(\d{2})(?![\d.:])/u.exec(t);
  if (compact) {
    const v = iso(2000 + Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (v) return { iso: v, form: 'short' };
  }
  return null;
}

function clock(hour: string, minute: string | undefined): string | null {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}.${String(m).padStart(2, '0')}`;
}

/** "12.30-15.30" → start and end as the app stores them ("12.30", "15.30"); a lone "kl. 13.00" gives only the start. */
export function findTimes(text: string): { start: string; end: string } | null {
  const range = /(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?\s*(?:-|–|—|till|to)\s*(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?(?![\d.:])/iu.exec(text);
  if (range && (range[2] !== undefined || range[4] !== undefined || /kl/iu.test(text))) {
    const start = clock(range[1] ?? '', range[2]);
    const end = clock(range[3] ?? '', range[4]);
    if (start && end && end > start) return { start, end };
  }
  const single = /(?<![\d.:])(\d{1,2})[.:](\d{2})(?![\d.:])/u.exec(text);
  if (single) {
    const start = clock(single[1] ?? '', single[2]);
    if (start) return { start, end: '' };
  }
  return null;
}

/** "13.30", "13:30", "kl 9" → "13.30", or null. */
export function clockOf(text: string): string | null {
  const m = /(\d{1,2})(?:[.:](\d{2}))?/u.exec(text);
  return m ? clock(m[1] ?? '', m[2]) : null;
}
