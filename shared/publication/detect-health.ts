import { personMentions } from './detect-names';
import { HEALTH_PATTERN } from './health-words';
import type { KnownNames } from './known-names';
import { matchesOf, type Span } from './span';

/** At most this many words between the name and the word about health or social circumstances. */
export const HEALTH_NEAR_WORDS = 5;

/**
 * A word about health or social circumstances in the same sentence as a
 * person's name and within a few words of it, known or not ("Anna Berg är
 * sjukskriven"): the span from the name to the word. The same words without
 * a person near are the bodies' own subject and not found.
 */
export function detectHealth(text: string, known: KnownNames): Span[] {
  const people = personMentions(text, known);
  const out: Span[] = [];
  for (const match of matchesOf(HEALTH_PATTERN, text)) {
    const word = { start: match.index, end: match.index + match[0].length };
    const sentence = sentenceAround(text, word.start);
    let best: { start: number; end: number; gap: number } | null = null;
    for (const person of people) {
      if (person.start < sentence.start || person.end > sentence.end) continue;
      const between = person.end <= word.start ? text.slice(person.end, word.start) : text.slice(word.end, person.start);
      if (person.start < word.end && word.start < person.end) continue;
      const gap = wordCount(between);
      if (gap > HEALTH_NEAR_WORDS) continue;
      if (!best || gap < best.gap) best = { start: Math.min(person.start, word.start), end: Math.max(person.end, word.end), gap };
    }
    if (best) out.push({ kind: 'health', start: best.start, end: best.end });
  }
  return out;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The sentence a place in the text stands in: up to ". " before a capital, "!", "?" or a line break. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  const boundary = /[.!?](?=\s+[\p{Lu}\d"”–-])|\n/gu;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else if (m.index >= at) {
      end = m.index + (m[0] === '\n' ? 0 : 1);
      break;
    }
  }
  return { start, end };
}
