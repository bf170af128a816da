import { z } from 'zod';

/**
 * The plain values the domain is built from: ids, calendar dates and clock
 * times as the secretary writes them.
 */

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datumet ska skrivas ÅÅÅÅ-MM-DD.')
  .refine(isRealDate, 'Datumet finns inte i kalendern.');

export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, 'Tiden ska skrivas TT.MM, till exempel 13.00.');

export const idSchema = z.number().int().positive();

/** Text fields of a person or a body (organisation, title …). */
export const shortTextSchema = z.string().max(500);

/** Minutes since midnight of "HH.MM" / "HH:MM". */
export function clockMinutes(time: string): number {
  const [h, m] = time.split(/[.:]/).map(Number) as [number, number];
  return h * 60 + m;
}

/** An end time after the start, or either left empty. */
export function endAfterStart(start: string, end: string): boolean {
  return start === '' || end === '' || clockMinutes(end) > clockMinutes(start);
}

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * An e-mail address as the secretary types it into a roster or the body's
 * settings; empty means not known yet. Only the shape a mail program accepts
 * is checked, so a Swedish message can name what is wrong.
 */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .default('')
  .refine((value) => value === '' || /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u.test(value), {
    message: 'Skriv e-postadressen som namn@exempel.se.',
  });
