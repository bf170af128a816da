import type { Reviewer } from '../model/meeting';
import { reviewerStart, secretaryStart } from './patterns';
import type { ImportLine, LineReading, ReviewNote } from './reading';
import { findDate } from './when';

/**
 * The end of the minutes: "Vid anteckningarna" with the secretary's name
 * (and title), and "Justerat" / "Justeras" with a date and each reviewer's
 * name followed by their role ("LGS ordförande") on the next line or after
 * a comma.
 */
export interface Signatures {
  secretaryName: string;
  reviewers: Reviewer[];
  approvedOn: string | null;
  review: ReviewNote[];
}

const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|von|van|af|de|der|den))+$/u;

/** A line that is a person's name and nothing else ("Anette Forsberg"). */
export function isNameLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && NAME.test(t) && !/\d/u.test(t) && t.split(/\s+/u).length <= 5;
}

export function readSignatures(lines: readonly ImportLine[], readings: readonly LineReading[]): Signatures {
  const result: Signatures = { secretaryName: '', reviewers: [], approvedOn: null, review: [] };
  const secretary: string[] = [];
  const reviewer: string[] = [];
  lines.forEach((line, i) => {
    const kind = readings[i]?.kind;
    if (kind === 'secretary') {
      const rest = secretaryStart(line.text);
      secretary.push(...(rest === null ? [line.text] : rest === '' ? [] : [rest]));
    } else if (kind === 'reviewer') {
      const rest = reviewerStart(line.text);
      reviewer.push(...(rest === null ? [line.text] : rest === '' ? [] : [rest]));
    }
  });
  const secretaryName = secretary.map((t) => t.split(',')[0]!.trim()).find(isNameLine);
  result.secretaryName = (secretaryName ?? secretary[0]?.split(',')[0]?.trim() ?? '').slice(0, 200);

  let current: Reviewer | null = null;
  for (const raw of reviewer) {
    const text = raw.trim().replace(/^[-–:]\s*/u, '');
    if (text === '') continue;
    const date = findDate(text);
    if (date && !isNameLine(text)) {
      result.approvedOn ??= date.iso;
      const rest = text.replace(/\b\d[\d\s–-]*\d\b|\d{1,2}\s+\p{L}+\s+\d{4}/gu, '').replace(/[,\s]+$/u, '').trim();
      if (rest === '' || !/\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(rest)) continue;
    }
    const [first = '', ...more] = text.split(/\s*,\s*/u);
    if (isNameLine(first)) {
      current = { name: first.slice(0, 200), role: more.join(', ').slice(0, 200) };
      result.reviewers.push(current);
    } else if (current !== null && current.role === '') {
      current.role = text.slice(0, 200);
    }
  }
  if (reviewer.length > 0 && result.reviewers.length === 0) {
    result.review.push({ line: null, message: 'Justeringen stod i texten men inga namn kunde läsas.' });
  }
  return result;
}
