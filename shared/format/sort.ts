/** Swedish collation: å, ä, ö after z; case and accents ignored for equality. */
export const swedishCollator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return swedishCollator.compare(a, b);
}

/**
 * Folds a text for searching the Swedish way: case and accents are ignored
 * (é = e, ü = u, ç = c), but å, ä and ö are letters of their own, so they
 * stay (æ and ø are their Danish/Norwegian spellings of ä and ö).
 * Non-breaking and repeated spaces count as one space.
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLocaleLowerCase('sv-SE')) {
    if (char === 'å' || char === 'ä' || char === 'ö') out += char;
    else if (char === 'æ') out += 'ä';
    else if (char === 'ø') out += 'ö';
    else out += char.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a name (of a body, a person, an item …) matches what the secretary
 * typed in a search field: every word of the query occurs in the name, in
 * any order, ignoring case and accents but not å/ä/ö. "hälso" finds
 * "Hälso- och sjukvård", "helen" finds "Helén", "åsa" finds "ÅSA" but "asa"
 * does not find "Åsa". An empty query matches everything.
 */
export function matchesName(query: string, name: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(name);
  return words.every((word) => folded.includes(word));
}
