import { matchesOf, type Span } from './span';

/**
 * Street addresses ("Storgatan 12", "Kungsvägen 3 B", "Lilla Torget 4",
 * "Västra Hamngatan 12, 411 17 Göteborg") and a postal code with its town
 * ("411 17 Göteborg"). A street is a capitalised name ending in a street word
 * and followed by a house number of at most three digits: "vägen framåt" or
 * "gatan" in prose has neither, and "Vägen 2030" is a plan, not a house.
 */
const STREET_ENDINGS = [
  'gatan', 'gata', 'vägen', 'väg', 'torget', 'torg', 'gränden', 'gränd', 'backen', 'backe', 'allén', 'allé',
  'alléen', 'stigen', 'platsen', 'kajen', 'esplanaden', 'promenaden', 'stråket', 'slingan',
];
const PREFIXES = 'Lilla|Stora|Norra|Södra|Östra|Västra|Gamla|Nya|Övre|Nedre|Sankt|S:t';
const POSTAL = String.raw`[1-9]\d{2} ?\d{2}[ \u00a0]+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?`;

const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:${PREFIXES}|\p{Lu}\p{Ll}+s) )?\p{Lu}[\p{L}-]*(?: (?:gata|väg|torg|gränd|backe|allé))?)` +
    String.raw` (\d{1,3})(?: ?[A-H](?![\p{L}\p{N}]))?(?![\p{N}]|[-.,]\p{N})(?:,? ${POSTAL})?`,
  'gu',
);
const POSTAL_ONLY = new RegExp(String.raw`(?<![\p{L}\p{N}]|\p{N}[ .,])${POSTAL}`, 'gu');

export function detectAddresses(text: string): Span[] {
  const out: Span[] = [];
  for (const match of matchesOf(STREET, text)) {
    const street = (match[1] ?? '').toLocaleLowerCase('sv-SE');
    if (!STREET_ENDINGS.some((ending) => street.endsWith(ending))) continue;
    out.push({ kind: 'address', start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesOf(POSTAL_ONLY, text)) {
    const span = { kind: 'address' as const, start: match.index, end: match.index + match[0].length };
    if (!out.some((s) => s.start <= span.start && span.end <= s.end)) out.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
}
