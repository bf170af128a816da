import { DOMAIN_WORDS } from './domain-words';
import type { Speller } from './speller';
import { foldWord, isCheckable, wordTokens, type WordToken } from './tokens';

/**
 * The spelling check of a text: which of its words neither Hunspell's
 * Swedish dictionary nor the meeting's own words know. Pure: the same code
 * runs in the renderer's worker (as she types), in the whole-meeting check and
 * in the CLI, each with its own Hunspell.
 */

/** A word the check does not know, where it stands in the text. */
export interface UnknownWord {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Words that join the two halves of a suspended compound: "hälso- och sjukvård", "för- eller eftermiddag".
const COMPOUND_JOINERS = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'som', 'till', 'men', 'både', 'liksom']);

/**
 * Decides on single words, remembering each answer: a meeting's text repeats
 * the same words many times, and Hunspell's compound rules make a first
 * answer cost more than a lookup.
 */
export class SpellCheck {
  private readonly answers = new Map<string, boolean>();
  private known: ReadonlySet<string>;

  constructor(
    private readonly speller: Speller,
    known: Iterable<string> = [],
  ) {
    this.known = foldedSet([...DOMAIN_WORDS, ...known]);
  }

  /** The meeting's own words (names, the body's word list, what she ignored): folded, replacing the earlier ones. */
  setKnown(words: Iterable<string>): void {
    this.known = foldedSet([...DOMAIN_WORDS, ...words]);
  }

  /** Whether the word as written (no trailing full stop) is right. */
  isKnown(word: string): boolean {
    if (!isCheckable(word)) return true;
    const folded = foldWord(word);
    if (this.isOwnWord(folded)) return true;
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.askDictionary(word);
      this.answers.set(word, answer);
    }
    return answer;
  }

  /** The unknown words of a text, in order. */
  unknownIn(text: string): UnknownWord[] {
    const tokens = wordTokens(text);
    const unknown: UnknownWord[] = [];
    tokens.forEach((token, index) => {
      if (this.isTokenKnown(text, tokens, index, token)) return;
      unknown.push({ word: token.text, start: token.start, end: token.end });
    });
    return unknown;
  }

  private isTokenKnown(text: string, tokens: readonly WordToken[], index: number, token: WordToken): boolean {
    if (token.text.endsWith('-')) return this.isSuspendedCompoundKnown(tokens, index, token);
    if (this.isKnown(token.text)) return true;
    // An abbreviation the dictionary knows only with its full stop: "dvs.", "osv.", "resp.".
    return text[token.end] === '.' && this.isKnown(`${token.text}.`);
  }

  /** "hälso-" in "hälso- och sjukvårdsavtalet": right when it makes a word with the compound it shares its ending with. */
  private isSuspendedCompoundKnown(tokens: readonly WordToken[], index: number, token: WordToken): boolean {
    const prefix = token.text.slice(0, -1);
    if (!isCheckable(prefix) || this.isKnown(prefix)) return true;
    let next = tokens[index + 1];
    if (next && COMPOUND_JOINERS.has(foldWord(next.text))) next = tokens[index + 2];
    if (!next || next.text.endsWith('-')) return false;
    return this.isKnown(`${prefix}${foldWord(next.text)}`);
  }

  /** Names, the body's words and their genitive ("Norrviks", "Åsa-Lenas"). */
  private isOwnWord(folded: string): boolean {
    if (this.known.has(folded)) return true;
    return folded.endsWith('s') && this.known.has(folded.slice(0, -1));
  }

  private askDictionary(word: string): boolean {
    if (this.speller.spell(word)) return true;
    // A capital at the start of a sentence or a heading: the word itself decides.
    const lower = word.toLocaleLowerCase('sv-SE');
    if (lower !== word && this.speller.spell(lower)) return true;
    // Parts joined by a hyphen, each right on its own: "Norrvik-modellen", "SKR-rapporten".
    const parts = word.split('-');
    return parts.length > 1 && parts.every((part) => part === '' || this.isKnown(part));
  }
}

function foldedSet(words: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const word of words) {
    const folded = foldWord(word.trim());
    if (folded) set.add(folded);
  }
  return set;
}
