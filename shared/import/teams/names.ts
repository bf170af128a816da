import { foldForSearch } from '../../format/sort';

/**
 * Display names as Teams writes them, made comparable with the names on a
 * called list: "Berg Anna (VGR)", "Anna Berg | Region Halland",
 * "BERG, ANNA (Extern)", "Jørgensen Åsa". What stood in brackets or after a
 * bar is kept as the organisation, unless it only says the person was a
 * guest or external.
 */

const NOT_AN_ORGANISATION = /^(extern|external|gäst|guest|overifierad|unverified|ej verifierad|deltagare|participant|mobil|mobile|telefon|phone|surfplatta|ipad)$/i;

export interface CleanName {
  /** The name alone, "Förnamn Efternamn" when Teams wrote "Efternamn, Förnamn". */
  name: string;
  /** "VGR", "Region Halland": what Teams added after the name; '' when nothing or only "(Extern)". */
  organisation: string;
}

export function cleanTeamsName(raw: string): CleanName {
  const extras: string[] = [];
  let name = raw.replace(/\s+/g, ' ').trim();
  name = name.replace(/[([]([^)\]]*)[)\]]/g, (_all, inner: string) => {
    extras.push(inner.trim());
    return ' ';
  });
  const bar = /\s*[|｜]\s*(.*)$/.exec(name);
  if (bar) {
    extras.push(bar[1]!.trim());
    name = name.slice(0, bar.index);
  }
  const dash = /\s+[-–]\s+(.*)$/.exec(name);
  if (dash && name.slice(0, dash.index).trim().includes(' ')) {
    extras.push(dash[1]!.trim());
    name = name.slice(0, dash.index);
  }
  name = name.replace(/\s+/g, ' ').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) name = `${comma[2]!.trim()} ${comma[1]!.trim()}`;
  if (name === name.toUpperCase() && /\p{Lu}/u.test(name)) name = titleCase(name);
  const organisation = extras.filter((e) => e !== '' && !NOT_AN_ORGANISATION.test(e)).join(', ');
  return { name, organisation };
}

function titleCase(text: string): string {
  return text.toLocaleLowerCase('sv-SE').replace(/(^|[\s-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toLocaleUpperCase('sv-SE'));
}

/** Lower case, å ä ö kept (æ, ø as ä, ö), other accents off: "Jørgen Hélin" → "jörgen helin". */
export const softFold = foldForSearch;

/** Also å, ä, ö to a, a, o: for names typed on a keyboard without them ("Ostlund"). */
export function hardFold(text: string): string {
  return softFold(text).replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/ß/g, 'ss');
}

/** The words of a name, each once, in order. */
export function nameWords(text: string, fold: (t: string) => string): string[] {
  const words = fold(text)
    .split(/[\s\-.,'’_]+/u)
    .filter((w) => w !== '');
  return [...new Set(words)];
}
