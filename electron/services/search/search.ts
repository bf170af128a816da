import { numberAgenda, type AgendaPlace } from '../../../shared/model/agenda';
import type { ItemKind, MeetingStatus } from '../../../shared/model/kinds';
import { hitPattern, snippetOf, snippetText } from '../../../shared/search/marks';
import { parseSearchText, type SearchTerm } from '../../../shared/search/query';
import type { SearchHit, SearchResult } from '../../../shared/search/schema';
import { foldForSearch } from '../../../shared/search/fold';
import type { Db } from '../storage/db';
import { prepared } from '../storage/sql';
import { loadItemDocument, loadMeetingDocument } from './index-store';
import { wordsContaining } from './vocabulary';

/**
 * "Sök": the question read into words (shared/search/query.ts), turned into
 * an FTS5 expression that only ever holds quoted words, run with the filters
 * in one statement, ranked by BM25 (a word in a title weighs more) and
 * grouped by meeting: a meeting's place is its best hit, newest first where
 * ranks tie, its hits together.
 */

export interface SearchFilters {
  text: string;
  bodyId?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  year?: number | undefined;
  status?: MeetingStatus | undefined;
  kind?: ItemKind | undefined;
  person?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

/** Compounds looked up per word; a fragment inside more words than this also finds fewer compounds. */
const MAX_COMPOUNDS = 400;
const TITLE_WEIGHT = 4;

const quote = (word: string) => `"${word}"`;

function termExpression(db: Db, term: SearchTerm): { expression: string; cut: boolean } {
  if (term.phrase) return { expression: `${quote(term.words.join(' '))} *`, cut: false };
  const word = term.words[0]!;
  const { words, cut } = wordsContaining(db, word, MAX_COMPOUNDS);
  return { expression: `(${[`${quote(word)} *`, ...words.map(quote)].join(' OR ')})`, cut };
}

interface HitRow {
  docId: number;
  meetingId: number;
  itemId: number | null;
  date: string;
  total: number;
}

function ensureFold(db: Db): void {
  if (foldRegistered.has(db)) return;
  db.function('search_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
  foldRegistered.add(db);
}
const foldRegistered = new WeakSet<Db>();

const HITS_SQL = `
  SELECT d.id AS docId, d.meeting_id AS meetingId, d.item_id AS itemId, m.date AS date, count(*) OVER () AS total
    FROM (SELECT rowid AS id, bm25(search_index, ${TITLE_WEIGHT}, 1) AS score
            FROM search_index WHERE search_index MATCH @match) s
    JOIN search_documents d ON d.id = s.id
    JOIN meetings m ON m.id = d.meeting_id
    LEFT JOIN agenda_items i ON i.id = d.item_id
   WHERE (@bodyId IS NULL OR m.body_id = @bodyId)
     AND (@from IS NULL OR m.date >= @from)
     AND (@to IS NULL OR m.date <= @to)
     AND (@status IS NULL OR m.status = @status)
     AND (@kind IS NULL OR i.kind = @kind)
     AND (@person IS NULL
          OR EXISTS (SELECT 1 FROM called_persons c WHERE c.meeting_id = m.id AND instr(search_fold(c.name), @person) > 0)
          OR EXISTS (SELECT 1 FROM tasks t WHERE t.meeting_id = m.id AND instr(search_fold(t.owner), @person) > 0)
          OR EXISTS (SELECT 1 FROM agenda_items p, json_each(p.presenters_json) j
                      WHERE p.meeting_id = m.id AND instr(search_fold(j.value ->> '$.name'), @person) > 0))
   ORDER BY min(s.score) OVER (PARTITION BY d.meeting_id), m.date DESC, d.meeting_id DESC, s.score, d.id
   LIMIT @limit OFFSET @offset`;

export function searchArchive(db: Db, filters: SearchFilters, now: () => number = () => performance.now()): SearchResult {
  const started = now();
  const parsed = parseSearchText(filters.text);
  const words = parsed.terms.map((t) => t.words.join(' '));
  const answer = (hits: SearchHit[], total: number, hint: string | null): SearchResult => ({
    total,
    tookMs: Math.round((now() - started) * 100) / 100,
    hint,
    words,
    hits,
  });
  if (parsed.hint !== null) return answer([], 0, parsed.hint);

  const included = parsed.terms.map((t) => termExpression(db, t));
  const excluded = parsed.excluded.map((t) => termExpression(db, t).expression);
  const match = [included.map((t) => t.expression).join(' AND '), ...excluded].join(' NOT ');
  ensureFold(db);
  const rows = prepared<HitRow>(db, HITS_SQL).all({
    match,
    bodyId: filters.bodyId ?? null,
    from: filters.year ? maxDate(filters.from, `${filters.year}-01-01`) : (filters.from ?? null),
    to: filters.year ? minDate(filters.to, `${filters.year}-12-31`) : (filters.to ?? null),
    status: filters.status ?? null,
    kind: filters.kind ?? null,
    person: filters.person?.trim() ? foldForSearch(filters.person.trim()) : null,
    limit: filters.limit ?? 20,
    offset: filters.offset ?? 0,
  });
  const total = rows[0]?.total ?? 0;
  const hint = included.some((t) => t.cut)
    ? 'Ordet förekommer i väldigt många sammansättningar; skriv ett längre ord för att hitta alla.'
    : null;
  return answer(hitsOf(db, rows, parsed.terms), total, hint);
}

function maxDate(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
function minDate(a: string | undefined, b: string): string {
  return a !== undefined && a < b ? a : b;
}

interface MeetingFacts {
  bodyId: number;
  body: string;
  title: string;
  status: MeetingStatus;
  numbers: Map<number, string>;
}

/** The page's hits with their text: each meeting on the page read once, its snippet cut from the text as written. */
function hitsOf(db: Db, rows: readonly HitRow[], terms: readonly SearchTerm[]): SearchHit[] {
  const pattern = hitPattern(terms);
  const meetings = new Map<number, MeetingFacts>();
  return rows.map((row) => {
    let facts = meetings.get(row.meetingId);
    if (!facts) {
      facts = meetingFacts(db, row.meetingId);
      meetings.set(row.meetingId, facts);
    }
    const document = row.itemId === null ? loadMeetingDocument(db, row.meetingId) : loadItemDocument(db, row.meetingId, row.itemId);
    const sections = [{ where: 'Rubrik', text: document?.title ?? '' }, ...(document?.sections ?? [])];
    const found = sections.find((s) => pattern !== null && foldForSearch(s.text).search(pattern) !== -1) ?? sections[1] ?? sections[0]!;
    const parts = snippetOf(found.text, pattern);
    return {
      meetingId: row.meetingId,
      itemId: row.itemId,
      date: row.date,
      bodyId: facts.bodyId,
      body: facts.body,
      meetingTitle: facts.title,
      status: facts.status,
      itemNumber: row.itemId === null ? '' : (facts.numbers.get(row.itemId) ?? ''),
      itemTitle: row.itemId === null ? '' : (document?.title ?? ''),
      where: found.where,
      snippet: snippetText(parts),
      parts,
    };
  });
}

/** The meeting around a hit: its body, title, status and the numbers of its items (no notes read). */
function meetingFacts(db: Db, meetingId: number): MeetingFacts {
  const meeting = prepared<Omit<MeetingFacts, 'numbers'>>(
    db,
    `SELECT m.body_id AS bodyId, b.short_name AS body, m.title, m.status
       FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?`,
  ).get(meetingId)!;
  const places = prepared<AgendaPlace>(
    db,
    'SELECT id, parent_id AS parentId, position, title FROM agenda_items WHERE meeting_id = ?',
  ).all(meetingId);
  return { ...meeting, numbers: new Map(numberAgenda(places).map((n) => [n.item.id, n.number])) };
}
