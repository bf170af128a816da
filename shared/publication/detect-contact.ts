import { matchesOf, type Span } from './span';

/**
 * Phone numbers and e-mail addresses. Swedish phone numbers start with 0 and
 * an area code (070-123 45 67, 031-12 34 56, 08-123 456 78, 0701234567) or
 * +46 (+46 70 123 45 67) and have 8–10 digits with the leading 0. A number
 * glued to a letter, a slash or a hyphen before it is part of something else:
 * a diarienummer (RS 2024-01234), a date (2026-12-03), a reference.
 */
const NATIONAL = /(?<![\p{L}\p{N}/+.,-]|\p{N}[ .,])0\d{1,3}(?:[- ]|(?=\d))\d{2,3}(?:[ ]?\d{2,3}){0,3}(?![\p{L}\p{N}/]|[-.,]\p{N})/gu;
const INTERNATIONAL = /(?<![\p{L}\p{N}/+])\+46[ -]?(?:\(0\)[ ]?)?\d{1,3}[- ]?\d{2,3}(?:[ ]?\d{2,3}){0,3}(?![\p{L}\p{N}/]|[-.,]\p{N})/gu;

export function detectPhones(text: string): Span[] {
  const out: Span[] = [];
  for (const match of matchesOf(NATIONAL, text)) {
    const digits = match[0].replace(/\D/g, '');
    // "00…" dials abroad; a Swedish number has 8–10 digits with its 0.
    if (digits.startsWith('00') || digits.length < 8 || digits.length > 10) continue;
    out.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesOf(INTERNATIONAL, text)) {
    const national = match[0].replace(/\(0\)/, '').replace(/\D/g, '').slice(2);
    if (national.startsWith('0') || national.length < 7 || national.length > 9) continue;
    out.push({ kind: 'phone', start: match.index, end: match.index + match[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function detectEmails(text: string): Span[] {
  return matchesOf(EMAIL, text).map((m) => ({ kind: 'email' as const, start: m.index, end: m.index + m[0].length }));
}
