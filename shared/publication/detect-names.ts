import { isGivenName, NOT_SURNAMES } from './given-names';
import { isKnownName, type KnownNames } from './known-names';
import { withoutOverlaps, type Span } from './span';

/** A word of the text with its place. */
interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*/gu;
/** What follows a name that is in fact a place: "Gustav Adolfs torg", "Karl Johans gata". */
const PLACE_AFTER = /^(?:torg|gata|väg|kyrka|skola|sjukhus|park|plats|gård|hus)\p{Ll}*$/u;

const PARTICLES: ReadonlySet<string> = new Set(['von', 'af', 'de', 'van', 'der', 'la', 'di', 'da']);

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function capitalisedName(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && !/\d/.test(word);
}

/** Only a space (or a no-break space) between two words: "Anna Berg", not "Anna, Berg". */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \u00a0]$/.test(text.slice(a.end, b.start));
}

/**
 * Every person's name written as a given name and a capitalised surname
 * ("Anna Berg", "Anna-Karin Lund", "Karl Erik Ek", "Henrik von Sydow"), known or not.
 */
export function personNames(text: string): Span[] {
  const words = wordsOf(text);
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || !isGivenName(first.text)) continue;
    let last = i + 1;
    // A nobiliary particle before the surname: "Henrik von Sydow", "Eva af Klint".
    const particle = words[last];
    if (particle && PARTICLES.has(particle.text) && adjacent(text, first, particle)) last += 1;
    const before = words[last - 1] ?? first;
    const next = words[last];
    if (!next || !adjacent(text, before, next) || !capitalisedName(next.text) || NOT_SURNAMES.has(next.text)) continue;
    // A second given name before the surname: "Karl Erik Ek".
    const third = words[last + 1];
    if (isGivenName(next.text) && third && adjacent(text, next, third) && capitalisedName(third.text) && !NOT_SURNAMES.has(third.text)) {
      last += 1;
    }
    const after = words[last + 1];
    const lastWord = words[last];
    if (!lastWord) continue;
    if (after && adjacent(text, lastWord, after) && PLACE_AFTER.test(after.text)) continue;
    out.push({ kind: 'name', start: first.start, end: lastWord.end });
    i = last;
  }
  return out;
}

/** Names of people that are not among the known ones (the called list, roster, presenters …). */
export function detectUnknownNames(text: string, known: KnownNames): Span[] {
  return personNames(text).filter((span) => !isKnownName(known, text.slice(span.start, span.end)));
}

/**
 * Where any person is named: the known people's names as written, names
 * found by `personNames`, and a given name standing alone ("Anna är
 * sjukskriven"). For the health check, which cares about every person.
 */
export function personMentions(text: string, known: KnownNames): Span[] {
  const out: Span[] = personNames(text);
  for (const name of known.names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      out.push({ kind: 'name', start: at, end: at + name.length });
    }
  }
  const alone = wordsOf(text)
    .filter((word) => isGivenName(word.text))
    .map((word): Span => ({ kind: 'name', start: word.start, end: word.end }));
  return [...out, ...withoutOverlaps(alone, out)].sort((a, b) => a.start - b.start);
}
