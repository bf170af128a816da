import { foldForSearch } from './fold';
import { SEARCH_TEXT_MAX } from './schema';

/**
 * What she typed in "Sök", read as words and "quoted phrases"; a leading
 * minus leaves out meetings with the word. Everything else (operators,
 * brackets, stars, colons, control characters) is only a separator: no text
 * reaches the full-text engine as syntax, so any question is safe.
 */

export interface SearchTerm {
  /** As she wrote it (for the hint and for marking). */
  text: string;
  /** The folded words of the term: one for a word, several for a phrase. */
  words: string[];
  phrase: boolean;
}

export interface ParsedSearch {
  terms: SearchTerm[];
  excluded: SearchTerm[];
  /** Why nothing can be searched for as written; null when there is something to search. */
  hint: string | null;
}

/** A word needs two letters: one letter inside words would match nearly everything. */
export const SEARCH_WORD_MIN = 2;
const MAX_TERMS = 12;

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string): string[] {
  return foldForSearch(text).match(WORD) ?? [];
}

export function parseSearchText(input: string): ParsedSearch {
  if (input.length > SEARCH_TEXT_MAX) {
    return { terms: [], excluded: [], hint: `Sökningen är för lång. Skriv några ord (högst ${SEARCH_TEXT_MAX} tecken).` };
  }
  const terms: SearchTerm[] = [];
  const excluded: SearchTerm[] = [];
  let tooShort = false;
  // A quoted phrase, or a run of anything but spaces and quotes; a minus directly before either excludes it.
  const pieces = /(-?)(?:"([^"]*)"?|([^\s"]+))/gu;
  for (const match of input.matchAll(pieces)) {
    const [, minus, quoted, bare] = match;
    const text = (quoted ?? bare ?? '').trim();
    const words = wordsOf(text);
    if (words.length === 0) continue;
    const phrase = quoted !== undefined && words.length > 1;
    // A bare run like "title:avtal" or "NEAR(a" holds several words: each is a word of its own.
    const found: SearchTerm[] = phrase ? [{ text, words, phrase }] : words.map((w) => ({ text: w, words: [w], phrase: false }));
    for (const term of found) {
      if (!term.phrase && term.words[0]!.length < SEARCH_WORD_MIN) {
        tooShort = true;
        continue;
      }
      const list = minus === '-' ? excluded : terms;
      if (!list.some((t) => t.words.join(' ') === term.words.join(' '))) list.push(term);
    }
  }
  if (terms.length > MAX_TERMS) {
    return { terms: [], excluded: [], hint: `Sök på högst ${MAX_TERMS} ord eller fraser åt gången.` };
  }
  if (terms.length === 0) {
    const hint = tooShort
      ? 'Skriv minst två bokstäver i ett sökord.'
      : excluded.length > 0
        ? 'Skriv också något att söka efter – ett minustecken utesluter bara ord.'
        : 'Skriv ett eller flera ord att söka efter.';
    return { terms: [], excluded: [], hint };
  }
  return { terms, excluded, hint: null };
}
