/**
 * The secretary's own calendar and wall clock. Main's handlers take "now" as a
 * dependency (`clock: () => Date`) so tests can fix the time; these turn
 * that moment into what is stored and printed.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-12" on the local calendar (not UTC: a meeting at 00.30 is still that day). */
export function localDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** "13.30" on the local clock, as times are printed in the minutes. */
export function localClock(moment: Date): string {
  return `${pad(moment.getHours())}.${pad(moment.getMinutes())}`;
}
