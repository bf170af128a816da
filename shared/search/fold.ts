/**
 * Swedish folding for search: lower case; å, ä and ö are letters of their own
 * (a search for "har" must not find "här"); other accents fold to their base
 * letter ("Helen" finds "Helén", "Muller" finds "Müller"). Each character
 * folds to exactly one character, so a position in the folded text is the
 * same position in the text as written: snippets and marks use the original.
 */

const KEPT = new Set(['å', 'ä', 'ö']);
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const known = folded.get(ch);
  if (known !== undefined) return known;
  const lower = ch.toLowerCase();
  let out = lower;
  if (lower.length !== 1) out = ch; // "İ" lowercases to two characters: keep the length.
  else if (!KEPT.has(lower)) {
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base : lower;
  }
  folded.set(ch, out);
  return out;
}

/** Accented letters and capitals: the characters folding changes (Latin, Greek and Cyrillic blocks). */
const FOLDABLE = /[A-Z\u00C0-\u024F\u0370-\u04FF\u1E00-\u1EFF]/g;

export function foldForSearch(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}
