import type { AttendanceStatus, Role } from '../model/domain';

/**
 * The words the roster paste recognises: parties, roles, headings, header
 * rows, and the attendance marks that minutes and notices print after a
 * name ("(förhindrad)", "(med på länk)").
 */

export const PARTIES = ['S', 'M', 'C', 'V', 'L', 'MP', 'KD', 'SD'] as const;

export const PARTY_NAMES: Record<string, (typeof PARTIES)[number]> = {
  socialdemokraterna: 'S',
  moderaterna: 'M',
  centerpartiet: 'C',
  vänsterpartiet: 'V',
  liberalerna: 'L',
  miljöpartiet: 'MP',
  kristdemokraterna: 'KD',
  sverigedemokraterna: 'SD',
};

/** Role phrases, written without dots and in lower case. */
export const ROLE_PHRASES: Record<string, Role> = {
  ordförande: 'ordforande',
  ordf: 'ordforande',
  'vice ordförande': 'vice_ordforande',
  'vice ordf': 'vice_ordforande',
  'v ordf': 'vice_ordforande',
  'förste vice ordförande': 'forste_vice_ordforande',
  'första vice ordförande': 'forste_vice_ordforande',
  '1:e vice ordförande': 'forste_vice_ordforande',
  '1:a vice ordförande': 'forste_vice_ordforande',
  'förste vice ordf': 'forste_vice_ordforande',
  '1:e vice ordf': 'forste_vice_ordforande',
  'andre vice ordförande': 'andre_vice_ordforande',
  'andra vice ordförande': 'andre_vice_ordforande',
  '2:e vice ordförande': 'andre_vice_ordforande',
  '2:a vice ordförande': 'andre_vice_ordforande',
  'andre vice ordf': 'andre_vice_ordforande',
  '2:e vice ordf': 'andre_vice_ordforande',
  sekreterare: 'sekreterare',
  sekr: 'sekreterare',
  ledamot: 'ledamot',
  adjungerad: 'adjungerad',
  'adjungerad ledamot': 'adjungerad',
  adj: 'adjungerad',
};

export const VACANT_WORDS = new Set(['vakant', 'vakant plats', 'vakans', 'vakanta']);

export type Field = 'name' | 'party' | 'organisation' | 'title' | 'role' | 'email';
export type Column = Field | null;

export const HEADER_WORDS: Record<string, Field> = {
  namn: 'name',
  name: 'name',
  'för- och efternamn': 'name',
  ledamot: 'name',
  ledamöter: 'name',
  parti: 'party',
  party: 'party',
  organisation: 'organisation',
  org: 'organisation',
  organ: 'organisation',
  förvaltning: 'organisation',
  arbetsplats: 'organisation',
  'kommun/region': 'organisation',
  titel: 'title',
  title: 'title',
  befattning: 'title',
  tjänst: 'title',
  roll: 'role',
  role: 'role',
  funktion: 'role',
  uppdrag: 'role',
  'e-post': 'email',
  epost: 'email',
  'e-postadress': 'email',
  email: 'email',
  'e-mail': 'email',
  mejl: 'email',
  mail: 'email',
};

/** An e-mail address in a pasted line: "<eva.berg@strandby.example>" or bare, "mailto:" left out. */
const EMAIL_IN_TEXT = /<?\s*(?:mailto:)?([^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,})\s*>?/iu;

/** The text without its e-mail address, and the address ('' when there is none). */
export function takeEmail(text: string): { text: string; email: string } {
  const m = EMAIL_IN_TEXT.exec(text);
  if (!m) return { text, email: '' };
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  // A separator the address leaves dangling ("Eva Berg, , Strandby") goes with it.
  return { text: normaliseSpaces(rest.replace(/([,;])\s*(?=[,;]|$)/gu, '').replace(/^\s*[,;]/u, '')), email: m[1]! };
}

export const DEFAULT_COLUMNS: Column[] = ['name', 'party', 'organisation', 'title', 'role'];

/** Capitalised words that begin a heading of the roster rather than a name. */
export const HEADING_STARTS = new Set(['för', 'från', 'till', 'med', 'och', 'av', 'i', 'på', 'om', 'vid', 'inom']);

/** Group headings of a roster or an attendance block; never a person, whatever follows. */
export const GROUP_HEADINGS = new Set([
  'kommunpolitiker', 'regionpolitiker', 'politiker', 'tjänstepersoner', 'tjänstemän', 'administration', 'kommunikation',
  'ledamöter', 'ersättare', 'närvarande', 'förhindrade', 'förhinder', 'frånvarande', 'inbjudna', 'gäster', 'kallade',
  'adjungerade', 'region', 'kommun', 'kommuner', 'plats', 'tid', 'datum', 'dagordning',
]);

/** Lower-case words that may stand inside a name: "Henrik von Sydow". */
export const NAME_PARTICLES = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'la', 'le', 'di', 'da', 'du', 'del', 'al', 'el', 'bin', 'ibn', 'ter', 'ten', 'zu']);

export function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/gu, ' ').trim();
}

export function wordKey(text: string): string {
  return normaliseSpaces(text).toLocaleLowerCase('sv-SE').replace(/[.:]+$/u, '');
}

export function roleOf(text: string): Role | null {
  const key = normaliseSpaces(text.replace(/[().*_]/g, ' ')).toLocaleLowerCase('sv-SE');
  return ROLE_PHRASES[key] ?? null;
}

/** "(S)", "S", "s", "Socialdemokraterna" → "(S)". */
export function partyOf(text: string): string | null {
  const key = text.replace(/[()\s]/g, '');
  const upper = key.toUpperCase();
  if ((PARTIES as readonly string[]).includes(upper)) return `(${upper})`;
  const named = PARTY_NAMES[key.toLocaleLowerCase('sv-SE')];
  return named ? `(${named})` : null;
}

// ─── Attendance marks ───────────────────────────────────────────────────

/** An attendance mark read from a pasted line: someone the list says was there, on the link or away. */
export type PastedMark = Exclude<AttendanceStatus, 'unmarked'>;

/**
 * The marks a "Kallade" list or earlier minutes print after a name, in lower
 * case. "ej närvarande" says no more than that the person was not there, so
 * it reads as frånvarande; apologies are förhinder.
 */
const MARK_PHRASES: Record<string, PastedMark> = {
  förhindrad: 'excused',
  förhinder: 'excused',
  'anmält förhinder': 'excused',
  'har förhinder': 'excused',
  frånvarande: 'absent',
  'ej närvarande': 'absent',
  'inte närvarande': 'absent',
  närvarande: 'present',
  'med på länk': 'remote',
  'på länk': 'remote',
  'deltar på länk': 'remote',
  'med via teams': 'remote',
  'på teams': 'remote',
};

const MARK_IN_PARENTHESES = new RegExp(
  `\\(\\s*(${Object.keys(MARK_PHRASES)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/ /g, '\\s+'))
    .join('|')})\\s*\\)`,
  'giu',
);

/**
 * Takes the attendance mark out of a line ("Anna Berg (S) (förhindrad),
 * Kustregionen"): the line without it, and the mark (the first, if a line
 * carries two).
 */
export function takeMark(text: string): { text: string; mark: PastedMark | null } {
  let mark: PastedMark | null = null;
  const rest = text.replace(MARK_IN_PARENTHESES, (_whole, phrase: string) => {
    mark ??= markOf(phrase);
    return ' ';
  });
  return { text: rest, mark };
}

/** A cell or phrase that is nothing but a mark ("förhindrad", "(med på länk)"), or null. */
export function markOf(text: string): PastedMark | null {
  const key = normaliseSpaces(text.replace(/[()*_]/g, ' ')).toLocaleLowerCase('sv-SE');
  return MARK_PHRASES[key] ?? null;
}
