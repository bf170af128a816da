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
import { dayOfRowid, firstRowidAfter, firstRowidOf } from './rowid';

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
  rowid: number;
  meetingId: number;
  itemId: number | null;
  score: number;
}

function ensureFold(db: Db): void {
  if (foldRegistered.has(db)) return;
  db.function('search_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
  foldRegistered.add(db);
}
const foldRegistered = new WeakSet<Db>();

/**
 * How many of the newest hits are ranked by BM25. Nearly every question has
 * fewer; one that matches thousands of places (a word of every meeting) has
 * its newest hits ranked and the older ones follow newest first, because
 * ranking them all would cost time in proportion to the whole archive.
 */
export const RANKED_WINDOW = 1000;

// Only the index and search_documents (a small table) are read per hit; the
// person filter alone reaches into the meetings' own rows.
const MATCHED = `
    FROM search_index s
    JOIN search_documents d ON d.index_rowid = s.rowid
   WHERE s.search_index MATCH @match
     AND s.rowid >= @lowest AND s.rowid < @highest
     AND (@bodyId IS NULL OR d.body_id = @bodyId)
     AND (@status IS NULL OR d.status = @status)
     AND (@kind IS NULL OR d.kind = @kind)
     AND (@person IS NULL
          OR EXISTS (SELECT 1 FROM called_persons c WHERE c.meeting_id = d.meeting_id AND instr(search_fold(c.name), @person) > 0)
          OR EXISTS (SELECT 1 FROM tasks t WHERE t.meeting_id = d.meeting_id AND instr(search_fold(t.owner), @person) > 0)
          OR EXISTS (SELECT 1 FROM agenda_items p, json_each(p.presenters_json) j
                      WHERE p.meeting_id = d.meeting_id AND instr(search_fold(j.value ->> '$.name'), @person) > 0))`;
const COLUMNS = 's.rowid AS rowid, d.meeting_id AS meetingId, d.item_id AS itemId';
const COUNT_SQL = `SELECT count(*) AS total ${MATCHED}`;
/** Without filters beyond dates the index counts alone (a third of the time for a word of every meeting). */
const COUNT_ALL_SQL = `SELECT count(*) AS total FROM search_index s
   WHERE s.search_index MATCH @match AND s.rowid >= @lowest AND s.rowid < @highest`;
const WINDOW_SQL = `SELECT ${COLUMNS}, bm25(search_index, ${TITLE_WEIGHT}, 1) AS score ${MATCHED}
   ORDER BY s.rowid DESC LIMIT ${RANKED_WINDOW}`;
const OLDER_SQL = `SELECT ${COLUMNS}, 0 AS score ${MATCHED} AND s.rowid < @below
   ORDER BY s.rowid DESC LIMIT @limit OFFSET @offset`;

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
  ensureFold(db);
  const from = filters.year ? maxDate(filters.from, `${filters.year}-01-01`) : filters.from;
  const to = filters.year ? minDate(filters.to, `${filters.year}-12-31`) : filters.to;
  const params = {
    match: [included.map((t) => t.expression).join(' AND '), ...excluded].join(' NOT '),
    lowest: from === undefined ? 0 : firstRowidOf(from),
    highest: to === undefined ? Number.MAX_SAFE_INTEGER : firstRowidAfter(to),
    bodyId: filters.bodyId ?? null,
    status: filters.status ?? null,
    kind: filters.kind ?? null,
    person: filters.person?.trim() ? foldForSearch(filters.person.trim()) : null,
  };
  const limit = filters.limit ?? 20;
  const offset = filters.offset ?? 0;
  const filtered = params.bodyId !== null || params.status !== null || params.kind !== null || params.person !== null;
  const total =
    (filtered
      ? prepared<{ total: number }>(db, COUNT_SQL).get(params)
      : prepared<{ total: number }>(db, COUNT_ALL_SQL).get({ match: params.match, lowest: params.lowest, highest: params.highest })
    )?.total ?? 0;
  const ranked = rankedByMeeting(prepared<HitRow>(db, WINDOW_SQL).all(params));
  let page = ranked.slice(offset, offset + limit);
  if (page.length < limit && ranked.length === RANKED_WINDOW && total > RANKED_WINDOW) {
    const older = prepared<HitRow>(db, OLDER_SQL).all({
      ...params,
      below: ranked.reduce((lowest, row) => Math.min(lowest, row.rowid), Number.MAX_SAFE_INTEGER),
      limit: limit - page.length,
      offset: Math.max(0, offset - RANKED_WINDOW),
    });
    page = [...page, ...older];
  }
  const hints = [
    included.some((t) => t.cut) ? 'Ordet förekommer i väldigt många sammansättningar; skriv ett längre ord för att hitta alla.' : null,
    total > RANKED_WINDOW
      ? `Många träffar: de ${RANKED_WINDOW} nyaste rangordnas, äldre visas därefter med de nyaste först. Välj organ eller år för att rangordna äldre möten.`
      : null,
  ].filter((h): h is string => h !== null);
  return answer(hitsOf(db, page, parsed.terms), total, hints.length > 0 ? hints.join(' ') : null);
}

/** Hits ranked by BM25 (lower is better), a meeting's hits together at its best hit's place, newest first on ties. */
function rankedByMeeting(rows: HitRow[]): HitRow[] {
  const best = new Map<number, number>();
  for (const row of rows) best.set(row.meetingId, Math.min(best.get(row.meetingId) ?? Infinity, row.score));
  return rows.sort(
    (a, b) =>
      best.get(a.meetingId)! - best.get(b.meetingId)! ||
      // The row id begins with the meeting's day: a larger one is a newer meeting.
      dayOfRowid(b.rowid) - dayOfRowid(a.rowid) ||
      b.meetingId - a.meetingId ||
      a.score - b.score ||
      b.rowid - a.rowid,
  );
}

function maxDate(a: string | undefined, b: string): string {
  return a !== undefined && a > b ? a : b;
}
function minDate(a: string | undefined, b: string): string {
  return a !== undefined && a < b ? a : b;
}

interface MeetingFacts {
  date: string;
  bodyId: number;
  body: string;
  title: string;
  status: MeetingStatus;
  cancelledAt: string | null;
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
      date: facts.date,
      bodyId: facts.bodyId,
      body: facts.body,
      meetingTitle: facts.title,
      status: facts.status,
      cancelledAt: facts.cancelledAt,
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
    `SELECT m.date, m.body_id AS bodyId, b.short_name AS body, m.title, m.status, m.cancelled_at AS cancelledAt
       FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id = ?`,
  ).get(meetingId)!;
  const places = prepared<AgendaPlace>(
    db,
    'SELECT id, parent_id AS parentId, position, title FROM agenda_items WHERE meeting_id = ?',
  ).all(meetingId);
  return { ...meeting, numbers: new Map(numberAgenda(places).map((n) => [n.item.id, n.number])) };
}
