/**
 * The words of a text as the spelling check sees them, with their place in
 * the text (UTF-16 offsets, as the DOM's ranges count). Links, e-mail
 * addresses and anything with a digit in it (numbers, dates, times,
 * diarienummer, "covid-19") are never words to check; neither are
 * abbreviations in capitals ("PSN", "SKR:s") or names written in mixed case
 * ("eHälsa", "McLean").
 */

export interface WordToken {
  /** As written: "Samanträde", "hälso-", "e-post", "PSN:s". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// A link or an e-mail address: masked before words are read, so none of its parts is checked.
// Minutes also name a site or an attached file bare ("vgregion.se", "Samverkansplan 2024-2025.pdf"):
// a name ending in a common top-level domain or document type counts as a link. An e-mail
// address is tried only where a run of its characters starts (the same matches, but not a
// scan to the next space from every letter: a third of the time on a 100,000-character meeting).
const NOT_PROSE =
  /(?:https?:\/\/|mailto:|www\.)[^\s<>"]+|(?<![^\s<>"@()])[^\s<>"@()]+@[^\s<>"@()]+\.[^\s<>"@()]+|(?<![\p{L}\p{N}.@-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:se|nu|com|org|net|eu|io|info|pdf|docx?|xlsx?|pptx?|odt|txt|csv|zip)(?![\p{L}\p{N}])/giu;
// Letters and digits, joined by a hyphen, an apostrophe, a colon or a full stop ("e-post",
// "PSN:s", "t.ex"); a trailing hyphen marks a compound to be finished by the next word
// ("hälso- och sjukvård"). A full stop after the word is not part of it: the check tries
// the word with it when the word alone is unknown ("dvs." is a word, "dvs" is not).
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’:.][\p{L}\p{M}\p{N}]+)*-?/gu;

/** Every word of the text, in order: the ones to check and the ones known by their form alike. */
export function wordTokens(text: string): WordToken[] {
  const masked = text.replace(NOT_PROSE, (match) => ' '.repeat(match.length));
  const tokens: WordToken[] = [];
  for (const match of masked.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/**
 * Whether a word is one the dictionary decides on. Not: a single letter,
 * anything with a digit, an abbreviation in capitals (also with an ending
 * after a colon, "SKR:s", "HSL:en"), a word with a capital inside it.
 */
export function isCheckable(word: string): boolean {
  const bare = word.endsWith('-') ? word.slice(0, -1) : word;
  if ([...bare].length < 2) return false;
  if (/\p{N}/u.test(bare)) return false;
  const head = bare.split(':')[0] ?? bare;
  if (head.length >= 2 && head === head.toLocaleUpperCase('sv-SE') && head !== head.toLocaleLowerCase('sv-SE')) return false;
  // A capital after the first letter of a part: "eHälsa", "McLean", "PowerPoint".
  return !bare.split(/[-'’:.]/).some((part) => /\p{Lu}/u.test(part.slice(1)));
}

/** The word lower-cased the Swedish way, for comparing with known words. */
export function foldWord(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('sv-SE');
}
