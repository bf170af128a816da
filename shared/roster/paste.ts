import type { Role } from '../model/domain';
import type { NewMember } from '../model/new-meeting';
import { swedishCollator } from '../format/sort';
import {
  DEFAULT_COLUMNS,
  GROUP_HEADINGS,
  HEADER_WORDS,
  HEADING_STARTS,
  NAME_PARTICLES,
  VACANT_WORDS,
  markOf,
  normaliseSpaces,
  partyOf,
  roleOf,
  takeEmail,
  takeMark,
  wordKey,
  type Column,
  type PastedMark,
} from './paste-words';

export type { PastedMark } from './paste-words';

/**
 * Reads members pasted into the roster editor: rows copied from Excel or a
 * Word table (tab-separated: name, party, organisation, title, role — with or
 * without a header row), and lines copied from earlier minutes such as
 * "Anna Andersson (S), Exempelregionen, **vice ordförande**",
 * "Erik Berg, förbundsdirektör Kustregionen", "Karin Ek (M) Skaraborg" or
 * "Vakant". A mark such as "(förhindrad)" or "(med på länk)" is not part of
 * the roster: it is kept beside the row as attendance for a meeting. Pure:
 * the renderer shows the result as a preview and saves nothing until the
 * secretary confirms.
 */

export type PastedRowStatus = 'ok' | 'skipped' | 'duplicate';

export interface PastedRosterRow {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line as it was pasted (without its line ending). */
  raw: string;
  status: PastedRowStatus;
  /** Why a row was skipped or is a duplicate, in Swedish. */
  reason?: string;
  /** What the row would add (also for duplicates, so the preview can show it). */
  member?: NewMember;
  /** The attendance the line carried ("(förhindrad)"): for a meeting, not the roster. */
  mark?: PastedMark;
}

/** Longer lines are prose pasted by mistake, not a roster row. */
export const MAX_PASTE_LINE_LENGTH = 400;
/** A roster category holds at most 500 members; a paste is read up to this many lines. */
export const MAX_PASTE_ROWS = 1000;
const MAX_NAME_LENGTH = 200;
const MAX_PARTY_LENGTH = 20;

export const PASTE_REASONS = {
  empty: 'Tom rad',
  header: 'Rubrikrad',
  noName: 'Saknar namn',
  heading: 'Ser ut som en rubrik, inte ett namn',
  tooLong: `För lång rad (över ${MAX_PASTE_LINE_LENGTH} tecken)`,
  nameTooLong: `Namnet är för långt (över ${MAX_NAME_LENGTH} tecken)`,
  tooMany: `För många rader: klistra in högst ${MAX_PASTE_ROWS} rader åt gången`,
  existing: 'Finns redan i listan',
  repeated: 'Förekommer två gånger i inklistringen',
} as const;

export function parseRosterPaste(text: string, existingNames: readonly string[]): PastedRosterRow[] {
  const lines = text.split(/\r\n|\r|\n/);
  // The line ending after the last row is not a row of its own.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const rows: PastedRosterRow[] = [];
  const seen: string[] = [];
  const existing = existingNames.map(normaliseSpaces).filter((n) => n !== '');
  let columns: Column[] | null = null;

  for (const [index, raw] of lines.entries()) {
    if (index === MAX_PASTE_ROWS) {
      // One row says where reading stopped; the rest is not read at all.
      rows.push({ line: index + 1, raw, status: 'skipped', reason: PASTE_REASONS.tooMany });
      break;
    }
    const row = parseRow(raw, columns);
    if ('columns' in row) {
      columns = row.columns;
      rows.push({ line: index + 1, raw, status: 'skipped', reason: PASTE_REASONS.header });
      continue;
    }
    if ('reason' in row) {
      rows.push({ line: index + 1, raw, status: 'skipped', reason: row.reason });
      continue;
    }
    const { member } = row;
    const marked = row.mark ? { mark: row.mark } : {};
    const same = (other: string) => swedishCollator.compare(other, member.name) === 0;
    // Several vacant seats are normal; they have no name to repeat.
    const reason = member.vacant
      ? null
      : existing.some(same)
        ? PASTE_REASONS.existing
        : seen.some(same)
          ? PASTE_REASONS.repeated
          : null;
    if (reason !== null) {
      rows.push({ line: index + 1, raw, status: 'duplicate', reason, member, ...marked });
      continue;
    }
    if (!member.vacant) seen.push(member.name);
    rows.push({ line: index + 1, raw, status: 'ok', member, ...marked });
  }
  return rows;
}

type RowOutcome = { member: NewMember; mark: PastedMark | null } | { reason: string } | { columns: Column[] };

function parseRow(raw: string, columns: readonly Column[] | null): RowOutcome {
  if (raw.length > MAX_PASTE_LINE_LENGTH) return { reason: PASTE_REASONS.tooLong };
  const cells = splitCells(cleanLine(raw));
  if (cells.every((c) => c === '')) return { reason: PASTE_REASONS.empty };
  const header = headerColumns(cells);
  if (header) return { columns: header };

  const parsed = cells.length > 1 ? parseCells(cells, columns) : parseFreeText(cells[0] ?? '');
  if (typeof parsed === 'string') return { reason: parsed };
  if (parsed.name.length > MAX_NAME_LENGTH) return { reason: PASTE_REASONS.nameTooLong };
  return {
    member: {
      name: parsed.name,
      party: parsed.party,
      organisation: parsed.organisation,
      title: parsed.title,
      role: parsed.role ?? 'ledamot',
      vacant: parsed.vacant,
      email: parsed.vacant ? '' : parsed.email,
    },
    // A vacant seat has nobody to be marked.
    mark: parsed.vacant ? null : parsed.mark,
  };
}

// ─── Lines and cells ────────────────────────────────────────────────────

/** Invisible characters and non-breaking spaces out; tabs stay, they separate cells. */
function cleanLine(raw: string): string {
  return raw
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[\u00a0\u2007\u202f]/gu, ' ');
}

/** Tabs (Excel, Word tables) or, failing that, semicolons (CSV) separate cells. */
function splitCells(line: string): string[] {
  const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : null;
  const cells = separator === null ? [line] : line.split(separator);
  return cells.map(cleanCell);
}

function cleanCell(cell: string): string {
  let text = cell.trim();
  // Excel quotes a cell that holds a separator or a quote.
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
  return normaliseSpaces(text.replace(/\*\*|__/g, ''));
}

/** The columns named by a header row ("Namn  Parti  Organisation  Titel  Roll"), or null if it is not one. */
function headerColumns(row: readonly string[]): Column[] | null {
  // A header typed as text: "Namn, Parti, Organisation".
  const cells = row.length === 1 ? (row[0] ?? '').split(',').map((c) => c.trim()) : row;
  const fields = cells.map((c) => HEADER_WORDS[wordKey(c)] ?? null);
  const named = fields.filter((f) => f !== null).length;
  const nonEmpty = cells.filter((c) => c !== '').length;
  // Other columns ("Nr", "E-post") may stand beside the known ones, as long as most are known.
  if (fields.includes('name') && named >= 2 && named * 2 >= nonEmpty) return fields;
  if (nonEmpty === 1 && wordKey(cells[0] ?? '') === 'namn') return DEFAULT_COLUMNS;
  return null;
}

// ─── One row ────────────────────────────────────────────────────────────

interface ParsedMember {
  name: string;
  party: string;
  organisation: string;
  title: string;
  role: Role | null;
  vacant: boolean;
  mark: PastedMark | null;
  /** Where the kallelse goes, when the line had an address. */
  email: string;
}

/** A row of cells. With a header its columns say what each cell is; without, the cells are recognised. */
function parseCells(row: readonly string[], columns: readonly Column[] | null): ParsedMember | string {
  // A numbered list in its own column ("1", "2." …) before the name.
  const cells = columns === null && /^\d{1,3}[.)]?$/u.test(row[0] ?? '') ? row.slice(1) : row;
  const nameIndex = columns ? columns.indexOf('name') : 0;
  const nameCell = nameIndex >= 0 ? (cells[nameIndex] ?? '') : '';
  const others = cells.filter((_, i) => i !== nameIndex);
  const otherColumns = columns ? columns.filter((_, i) => i !== nameIndex) : null;
  const hasOtherData = others.some((c) => c !== '');

  const base = parseFreeText(nameCell, hasOtherData);
  if (typeof base === 'string') return base;

  const rest: string[] = [];
  others.forEach((raw, i) => {
    // "förhindrad" in a column of its own, or "(förhindrad)" after a title: attendance, not roster.
    const whole = markOf(raw);
    const taken = takeMark(raw);
    base.mark ??= whole ?? taken.mark;
    const column = otherColumns ? (otherColumns[i] ?? null) : null;
    const address = takeEmail(whole ? '' : taken.text);
    if (address.email !== '' && base.email === '') base.email = address.email;
    const cell = normaliseSpaces(address.text);
    if (cell === '' || column === 'email') return;
    const party = partyOf(cell);
    const role = roleOf(cell);
    if (column === 'party' || (column === null && party !== null)) {
      if (base.party === '') base.party = party ?? (cell.length <= MAX_PARTY_LENGTH ? cell : '');
      if (party === null && cell.length > MAX_PARTY_LENGTH) rest.push(cell);
    } else if (column === 'role' || (column === null && role !== null)) {
      if (role !== null && base.role === null) base.role = role;
      else if (role === null) base.title = join(base.title, cell);
    } else if (column === 'organisation') {
      base.organisation = join(base.organisation, cell);
    } else if (column === 'title') {
      base.title = join(base.title, cell);
    } else if (otherColumns === null) {
      rest.push(cell);
    }
    // A column the header did not name ("Nr", "Telefon") is left out.
  });
  // Unnamed columns in the usual order: organisation, then title.
  const [organisation, ...titles] = rest;
  if (organisation !== undefined) base.organisation = join(base.organisation, organisation);
  for (const title of titles) base.title = join(base.title, title);
  return base;
}

/**
 * A line of text: the name first (with the party in parentheses), then
 * organisation, title and role separated by commas, in the order the minutes
 * print them.
 */
function parseFreeText(text: string, hasOtherData = false): ParsedMember | string {
  const { text: withoutEmail, email } = takeEmail(text);
  const { text: unmarked, mark } = takeMark(stripBullet(withoutEmail).replace(/\*+/g, ''));
  const line = normaliseSpaces(unmarked);
  if (line === '') return PASTE_REASONS.noName;

  const segments = splitSegments(line);
  const first = segments[0] ?? '';
  if (first.includes(':')) return PASTE_REASONS.heading;
  const rest: string[] = [];
  let party = '';

  // "Anna Andersson (S) Skaraborg": the party ends the name; what follows is the organisation.
  let namePart = first;
  const partyMatch = /\(\s*(mp|kd|sd|s|m|c|v|l)\s*\)/iu.exec(first);
  if (partyMatch) {
    party = `(${(partyMatch[1] ?? '').toUpperCase()})`;
    namePart = first.slice(0, partyMatch.index).trim();
    const after = first.slice(partyMatch.index + partyMatch[0].length).trim();
    if (after !== '') rest.push(after);
  }

  const vacant = VACANT_WORDS.has(wordKey(namePart));
  let name = '';
  if (!vacant) {
    const { run, remainder } = nameRun(namePart);
    if (run.length === 0) return PASTE_REASONS.noName;
    if (HEADING_STARTS.has(run[0]!.toLocaleLowerCase('sv-SE'))) return PASTE_REASONS.heading;
    if (run.length === 1 && GROUP_HEADINGS.has(run[0]!.toLocaleLowerCase('sv-SE'))) return PASTE_REASONS.heading;
    name = run.join(' ');
    if (remainder !== '') rest.unshift(remainder);
  }
  rest.push(...segments.slice(1));

  let role: Role | null = null;
  const unrecognised: string[] = [];
  for (const segment of rest) {
    const segmentRole = roleOf(segment);
    const segmentParty = partyOf(segment);
    if (segmentRole !== null && role === null) role = segmentRole;
    else if (segmentParty !== null && party === '' && /^\(.*\)$|^\p{Lu}{1,2}$/u.test(segment)) party = segmentParty;
    else if (segment !== '') unrecognised.push(segment);
  }

  // A single word and nothing else is a heading ("Kommunpolitiker"), not a person.
  if (!vacant && !name.includes(' ') && unrecognised.length === 0 && party === '' && role === null && !hasOtherData) {
    return PASTE_REASONS.heading;
  }

  const { organisation, title } = organisationAndTitle(unrecognised);
  return { name, party, organisation, title, role, vacant, mark, email };
}

/** Bullets ("- ", "• ") and numbering ("1. ", "2) ", "a) ") in front of a row. */
function stripBullet(text: string): string {
  return text.replace(/^\s*(?:[-–—•·*▪◦●○■□►▸‣⁃✓✔➢→]+|\(?\d{1,3}[.):]|\(?[a-zåäö]\))\s+/u, '');
}

/** Splits at commas and semicolons outside parentheses, and at spaced dashes ("Anna Ek – Kustregionen"). */
function splitSegments(line: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  return segments
    .flatMap((s) => s.split(/\s+[–—-]\s+/u))
    .map((s) => s.trim())
    .filter((s, i) => s !== '' || i === 0);
}

/**
 * The leading words that make up a name: capitalised words ("Ann-Sofie",
 * "Lärk", "O'Neil", "A.") and particles between them ("von"). The rest of
 * the text ("förbundsdirektör Kustregionen") is returned as it is.
 */
function nameRun(text: string): { run: string[]; remainder: string } {
  const words = text.split(' ').filter(Boolean);
  const run: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) run.push(word);
    else if (run.length > 0 && NAME_PARTICLES.has(word) && /^\p{Lu}/u.test(words[i + 1] ?? '')) run.push(word);
    else break;
  }
  // "Dan Nyberg." ends a sentence; "Anna B." keeps the dot of an initial.
  const last = run.at(-1);
  if (last !== undefined && !/^\p{Lu}\.$/u.test(last)) run[run.length - 1] = last.replace(/\.+$/u, '');
  return { run: run.filter((w) => w !== ''), remainder: words.slice(i).join(' ') };
}

/**
 * What follows the name, role and party: the first part is the organisation
 * if it starts with a capital ("Kustregionen"), otherwise everything is the
 * title ("extra representant för Kustregionen"). "förbundsdirektör
 * Kustregionen" is split into title and organisation.
 */
function organisationAndTitle(parts: readonly string[]): { organisation: string; title: string } {
  const [first, ...more] = parts;
  if (first === undefined) return { organisation: '', title: '' };
  if (/^\p{Lu}/u.test(first)) return { organisation: first, title: more.join(', ') };
  const split = /^(\p{Ll}[\p{L}-]*) (\p{Lu}[\p{L}-]*(?: (?:\p{Lu}[\p{L}-]*|och|i|\([^)]*\)))*)$/u.exec(first);
  if (split && roleOf(split[1] ?? '') === null) {
    return { organisation: split[2] ?? '', title: [split[1] ?? '', ...more].join(', ') };
  }
  return { organisation: '', title: parts.join(', ') };
}

function join(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a}, ${b}`;
}
