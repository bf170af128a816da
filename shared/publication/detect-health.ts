import { personMentions } from './detect-names';
import { HEALTH_PATTERN } from './health-words';
import type { KnownNames } from './known-names';
import { sentencesOf } from './sentences';
import { matchesOf, type Span } from './span';

/** At most this many words between the name and the word about health or social circumstances. */
export const HEALTH_NEAR_WORDS = 5;
/** Further than this many characters, five words are not "near" (and a long paragraph is not read again for each word). */
const NEAR_CHARACTERS = 300;

/**
 * A word about health or social circumstances in the same sentence as a
 * person's name and within a few words of it, known or not ("Anna Berg är
 * sjukskriven"): the span from the name to the word. The same words without
 * a person near are the bodies' own subject and not found.
 */
export function detectHealth(text: string, known: KnownNames): Span[] {
  const people = personMentions(text, known);
  const sentences = sentencesOf(text);
  const out: Span[] = [];
  for (const match of matchesOf(HEALTH_PATTERN, text)) {
    const word = { start: match.index, end: match.index + match[0].length };
    const sentence = sentences.around(word.start);
    let best: { start: number; end: number; gap: number } | null = null;
    for (let i = firstStartingAtOrAfter(people, word.start - NEAR_CHARACTERS); i < people.length; i++) {
      const person = people[i];
      if (!person || person.start > word.end + NEAR_CHARACTERS) break;
      if (person.start < sentence.start || person.end > sentence.end) continue;
      if (person.start < word.end && word.start < person.end) continue;
      const between = person.end <= word.start ? text.slice(person.end, word.start) : text.slice(word.end, person.start);
      const gap = wordCount(between);
      if (gap > HEALTH_NEAR_WORDS) continue;
      if (!best || gap < best.gap) best = { start: Math.min(person.start, word.start), end: Math.max(person.end, word.end), gap };
    }
    if (best) out.push({ kind: 'health', start: best.start, end: best.end });
  }
  return out;
}

/** The index of the first span (sorted by start) that starts at or after `at`. */
function firstStartingAtOrAfter(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.start ?? Infinity) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
