import { matchesOf, withoutOverlaps, type Span } from './span';

/**
 * Personnummer and samordningsnummer: YYMMDD-NNNN, YYMMDD+NNNN (over 100
 * years), YYYYMMDD-NNNN and the same without a separator. Only a real date
 * (the day plus 60 for a samordningsnummer) with the right check digit
 * counts: a mistyped number, a date, a diarienummer or an amount is not one.
 * Numbers already taken as phone numbers (`taken`) are left to them.
 */
const CANDIDATE = /(?<![\p{L}\p{N}/+-])((?:18|19|20)?\d{6})([-+]?)(\d{4})(?![\p{N}]|[-/]\p{N})/gu;

export function detectIdentityNumbers(text: string, taken: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  for (const match of matchesOf(CANDIDATE, text)) {
    const [whole, datePart = '', , tail = ''] = match;
    const kind = identityKind(datePart, tail);
    if (kind) out.push({ kind, start: match.index, end: match.index + whole.length });
  }
  return withoutOverlaps(out, taken);
}

/** 'personal-identity-number', 'coordination-number' or null for a date part and the four last digits. */
export function identityKind(datePart: string, tail: string): 'personal-identity-number' | 'coordination-number' | null {
  if (!/^\d{4}$/.test(tail) || !/^(\d{6}|\d{8})$/.test(datePart)) return null;
  const short = datePart.slice(-6);
  if (!luhnValid(short + tail)) return null;
  const century = datePart.length === 8 ? Number(datePart.slice(0, 2)) : null;
  const yy = Number(short.slice(0, 2));
  const month = Number(short.slice(2, 4));
  const day = Number(short.slice(4, 6));
  if (month < 1 || month > 12) return null;
  if (day > 60) return validDay(century, yy, month, day - 60) ? 'coordination-number' : null;
  return validDay(century, yy, month, day) ? 'personal-identity-number' : null;
}

function validDay(century: number | null, yy: number, month: number, day: number): boolean {
  if (day < 1) return false;
  // Without the century, 29 February is real if any century makes it a leap year.
  const leap = century === null ? yy % 4 === 0 : isLeap(century * 100 + yy);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The Luhn check over the ten digits YYMMDDNNNC, as Skatteverket computes the check digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}
