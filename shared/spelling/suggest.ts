import { COMMON_WORDS } from './common-words';
import type { Speller } from './speller';

/**
 * Suggestions for an unknown word, the likeliest first. Hunspell's own list
 * misses common slips in long Swedish compounds ("tjänstepersonner" gets
 * "tjänstepensioner" but not "tjänstepersoner"), so the words one edit away
 * that the dictionary accepts come first, the usual slips of Swedish typing
 * (a doubled or single consonant, two letters swapped) before the rest, then
 * Hunspell's list.
 */

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzåäöé'];
// Past this length the edits (about 60 per letter) cost more than they find.
const MAX_EDITED_LENGTH = 40;

interface Candidate {
  readonly word: string;
  /** Lower is likelier. */
  readonly rank: number;
}

export function suggestionsFor(speller: Speller, word: string, limit = 5): string[] {
  const lower = word.toLocaleLowerCase('sv-SE');
  // Hunspell's own spelling of a suggestion is kept ("Stockholm"); it is compared lower-cased.
  const hunspellWords = speller.suggest(word);
  const fromHunspell = hunspellWords.map((s) => s.toLocaleLowerCase('sv-SE'));
  const edits = [...oneEditAway(lower)].filter((candidate) => speller.spell(candidate));
  const ranked = edits
    .map((candidate): Candidate => ({ word: candidate, rank: editRank(lower, candidate) - (fromHunspell.includes(candidate) ? 0.5 : 0) }))
    .sort((a, b) => a.rank - b.rank || fromHunspellIndex(fromHunspell, a.word) - fromHunspellIndex(fromHunspell, b.word));
  const ordered = unique([...ranked.map((c) => c.word), ...hunspellWords]).filter((s) => s.toLocaleLowerCase('sv-SE') !== lower);
  return ordered.slice(0, limit).map((s) => inCaseOf(word, s));
}

function fromHunspellIndex(list: readonly string[], word: string): number {
  const index = list.indexOf(word);
  return index === -1 ? list.length : index;
}

/** Every string one deletion, swap, replacement or insertion away. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  const letters = [...word];
  if (letters.length > MAX_EDITED_LENGTH) return out;
  for (let i = 0; i <= letters.length; i += 1) {
    const head = letters.slice(0, i).join('');
    const tail = letters.slice(i);
    if (tail.length > 0) out.add(head + tail.slice(1).join(''));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2).join(''));
    for (const letter of ALPHABET) {
      if (tail.length > 0 && tail[0] !== letter) out.add(head + letter + tail.slice(1).join(''));
      out.add(head + letter + tail.join(''));
    }
  }
  out.delete(word);
  return out;
}

/**
 * How likely a one-edit slip is in Swedish typing: one of the commonest
 * words first, then a doubled consonant dropped or added ("samanträde", "tjänstepersonner") first, then two
 * letters swapped, then a neighbouring vowel (ä/e, å/o), then the rest.
 */
function editRank(typed: string, candidate: string): number {
  if (COMMON_WORDS.has(candidate)) return -1;
  if (isDoubling(typed, candidate) || isDoubling(candidate, typed)) return 0;
  if (typed.length === candidate.length) {
    const diff = [...typed].flatMap((ch, i) => (ch === candidate[i] ? [] : [i]));
    if (diff.length === 2) return 1;
    const [at] = diff;
    if (at !== undefined && isSimilarSound(typed[at] ?? '', candidate[at] ?? '')) return 1.5;
    return 2;
  }
  return 3;
}

/** Whether `longer` is `shorter` with one letter written twice. */
function isDoubling(shorter: string, longer: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 0; i < longer.length; i += 1) {
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return longer[i] === longer[i - 1] || longer[i] === longer[i + 1];
  }
  return false;
}

const SIMILAR = ['äe', 'åo', 'ks', 'kc', 'ck', 'sz', 'ij', 'vw', 'öø', 'ts', 'ae'];
function isSimilarSound(a: string, b: string): boolean {
  return SIMILAR.some((pair) => pair.includes(a) && pair.includes(b));
}

/** Without repeats, compared lower-cased, the first spelling kept. */
function unique(words: readonly string[]): string[] {
  const seen = new Set<string>();
  return words.filter((word) => {
    const key = word.toLocaleLowerCase('sv-SE');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Samanträde" → "Sammanträde": a suggestion takes the written word's capital. */
function inCaseOf(written: string, suggestion: string): string {
  const first = written[0] ?? '';
  if (first !== first.toLocaleUpperCase('sv-SE') || first === first.toLocaleLowerCase('sv-SE')) return suggestion;
  return suggestion.charAt(0).toLocaleUpperCase('sv-SE') + suggestion.slice(1);
}
