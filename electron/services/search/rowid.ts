/**
 * The id of a document's row in the full-text index: its meeting's date in
 * the high bits, the document's own id below. FTS5 walks its rows in id
 * order, so "the newest hits first" and "hits between two dates" are read
 * without touching the rest. 19 bits of days from 1900 (to the year 3335)
 * and 34 bits of document id stay within JavaScript's safe integers.
 */

const DOCUMENT_BITS = 2 ** 34;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1900, 0, 1);
const MAX_DAY = 2 ** 19 - 1;

export function dayKey(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
  return Math.min(MAX_DAY, Math.max(0, days));
}

export function indexRowid(isoDate: string, documentId: number): number {
  return dayKey(isoDate) * DOCUMENT_BITS + (documentId % DOCUMENT_BITS);
}

/** The first index row id of a day, and the first after it: bounds for a date range. */
export function firstRowidOf(isoDate: string): number {
  return dayKey(isoDate) * DOCUMENT_BITS;
}
export function firstRowidAfter(isoDate: string): number {
  return (dayKey(isoDate) + 1) * DOCUMENT_BITS;
}

/** The day (since 1900) an index row id begins with. */
export function dayOfRowid(rowid: number): number {
  return Math.floor(rowid / DOCUMENT_BITS);
}
