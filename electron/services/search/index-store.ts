import { foldForSearch } from '../../../shared/search/fold';
import type { Db } from '../storage/db';
import {
  AGENDA_ITEM_COLUMNS,
  CALLED_PERSON_SEARCH_COLUMNS,
  toAgendaItem,
  toCalledPerson,
  type AgendaItemRow,
  type CalledPersonRow,
  reviewersSchema,
} from '../storage/meeting-rows';
import { parseStoredJson, prepared } from '../storage/sql';
import { documentText, itemDocument, meetingDocument, type MeetingOwnText, type SearchDocument } from './documents';
import { learnTerms } from './vocabulary';
import { indexRowid } from './rowid';

/**
 * Keeps the full-text index (`search_index`, FTS5) equal to the text. Every
 * storage write that changes searchable text calls one of these inside its own
 * transaction, so the index commits or rolls back with the text: it can never
 * disagree with it, not even after a killed process.
 *
 * The index is contentless: it stores only the folded words, and the text a
 * hit shows is read again from the meeting. Rows of `search_documents` say
 * which meeting and item each index row belongs to; deleting a meeting or an
 * item deletes its rows (foreign keys), and a trigger takes them out of the
 * index. An index row's id begins with its meeting's date (rowid.ts), so the
 * newest hits are read first; a meeting that moves to another date is indexed
 * again as a whole.
 */

interface DocumentRow {
  id: number;
  indexRowid: number;
}

function documentRow(db: Db, meetingId: number, itemId: number | null): DocumentRow | undefined {
  return prepared<DocumentRow>(
    db,
    'SELECT id, index_rowid AS indexRowid FROM search_documents WHERE meeting_id = ? AND item_id IS ?',
  ).get(meetingId, itemId);
}

interface MeetingPlace {
  date: string;
  bodyId: number;
  status: string;
}

function meetingPlace(db: Db, meetingId: number): MeetingPlace | undefined {
  return prepared<MeetingPlace>(db, 'SELECT date, body_id AS bodyId, status FROM meetings WHERE id = ?').get(meetingId);
}

/** A meeting's status is a filter of "Sök": its documents follow a change of it (review, approval, unlock). */
export function reindexMeetingStatus(db: Db, meetingId: number): void {
  prepared(db, 'UPDATE search_documents SET status = (SELECT status FROM meetings WHERE id = ?) WHERE meeting_id = ?').run(
    meetingId,
    meetingId,
  );
}

/**
 * The benchmark's "without the index" figures only (tests/bench): while
 * paused, writes leave the index alone. Never paused in the app.
 */
let pausedForBenchmark = false;
export function pauseSearchIndexForBenchmark(paused: boolean): void {
  pausedForBenchmark = paused;
}

function writeDocument(db: Db, meetingId: number, document: SearchDocument): void {
  if (pausedForBenchmark) return;
  const meeting = meetingPlace(db, meetingId);
  if (!meeting) return;
  const existing = documentRow(db, meetingId, document.itemId);
  let id = existing?.id;
  if (id === undefined) {
    // A placeholder index row id until the real one (which needs the document's id) is known.
    id = Number(
      prepared(
        db,
        'INSERT INTO search_documents (meeting_id, item_id, index_rowid, body_id, status) VALUES (?, ?, -random(), ?, ?)',
      ).run(meetingId, document.itemId, meeting.bodyId, meeting.status).lastInsertRowid,
    );
  }
  const rowid = indexRowid(meeting.date, id);
  const title = foldForSearch(document.title);
  const text = foldForSearch(documentText(document));
  if (existing) prepared(db, 'DELETE FROM search_index WHERE rowid = ?').run(existing.indexRowid);
  prepared(db, 'UPDATE search_documents SET index_rowid = ?, body_id = ?, status = ?, kind = ? WHERE id = ?').run(
    rowid,
    meeting.bodyId,
    meeting.status,
    document.kind,
    id,
  );
  prepared(db, 'INSERT INTO search_index (rowid, title, text) VALUES (?, ?, ?)').run(rowid, title, text);
  learnTerms(db, title);
  learnTerms(db, text);
}

/** Indexes the meeting's own document again: its header, called list and attendance, tasks without item, reviewers. */
export function reindexMeetingOwn(db: Db, meetingId: number): void {
  const own = loadMeetingDocument(db, meetingId);
  if (own) writeDocument(db, meetingId, own);
}

/** Indexes again where a called person is read: a guest in the item, anyone else in the meeting's own document. */
export function reindexPlaceOf(db: Db, meetingId: number, person: { kind: string; itemId: number | null }): void {
  if (person.kind === 'guest' && person.itemId !== null) reindexItem(db, meetingId, person.itemId);
  else reindexMeetingOwn(db, meetingId);
}

/** Indexes a whole meeting again (its header, called list, every item); nothing if it no longer exists. */
export function reindexMeeting(db: Db, meetingId: number): void {
  if (!prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) return;
  reindexMeetingOwn(db, meetingId);
  // Items that are gone took their documents with them (foreign key, trigger).
  const itemIds = prepared<{ id: number }>(db, 'SELECT id FROM agenda_items WHERE meeting_id = ?').all(meetingId);
  for (const { id } of itemIds) reindexItem(db, meetingId, id);
}

/**
 * Indexes one item again: the autosave path (notes, standpoint), which must
 * stay as cheap as the write it belongs to.
 */
export function reindexItem(db: Db, meetingId: number, itemId: number): void {
  const document = loadItemDocument(db, meetingId, itemId);
  if (document) writeDocument(db, meetingId, document);
}

/** One item's document, read from its own rows only (not the whole meeting). */
export function loadItemDocument(db: Db, meetingId: number, itemId: number): SearchDocument | null {
  const row = prepared<AgendaItemRow>(
    db,
    `SELECT ${AGENDA_ITEM_COLUMNS} FROM agenda_items i WHERE i.id = ? AND i.meeting_id = ?`,
  ).get(itemId, meetingId);
  if (!row) return null;
  const item = toAgendaItem(row);
  const tasks = prepared<{ what: string; owner: string }>(
    db,
    'SELECT what, owner FROM tasks WHERE meeting_id = ? AND item_id = ? ORDER BY position, id',
  ).all(meetingId, itemId);
  const guests = prepared<CalledPersonRow>(
    db,
    `SELECT ${CALLED_PERSON_SEARCH_COLUMNS} FROM called_persons WHERE meeting_id = ? AND item_id = ? ORDER BY position, id`,
  )
    .all(meetingId, itemId)
    .map(toCalledPerson);
  return itemDocument(item, tasks, guests);
}

/** The meeting's own document (header, called list, tasks without item), without reading any notes. */
export function loadMeetingDocument(db: Db, meetingId: number): SearchDocument | null {
  const row = prepared<Omit<MeetingOwnText, 'calledPersons' | 'tasks' | 'reviewers'> & { reviewersJson: string }>(
    db,
    `SELECT title, subtitle, meeting_form AS meetingForm, place, called_text AS calledText, diary_number AS diaryNumber,
       secretary_name AS secretaryName, reviewers_json AS reviewersJson FROM meetings WHERE id = ?`,
  ).get(meetingId);
  if (!row) return null;
  const { reviewersJson, ...header } = row;
  const calledPersons = prepared<CalledPersonRow>(
    db,
    `SELECT ${CALLED_PERSON_SEARCH_COLUMNS} FROM called_persons WHERE meeting_id = ? AND kind <> 'guest' ORDER BY position, id`,
  )
    .all(meetingId)
    .map(toCalledPerson);
  const tasks = prepared<{ id: number; what: string; owner: string }>(
    db,
    'SELECT id, what, owner FROM tasks WHERE meeting_id = ? AND item_id IS NULL ORDER BY position, id',
  )
    .all(meetingId)
    .map((t) => ({ ...t, itemId: null, deadline: null, done: false }));
  const reviewers = parseStoredJson(reviewersSchema, reviewersJson, 'Justerarna');
  return meetingDocument({ ...header, calledPersons, tasks, reviewers });
}

/** Builds the whole index anew ("reindex"): for databases from before the index, and after a repair. */
export function rebuildSearchIndex(db: Db): { meetings: number; documents: number } {
  return db.transaction(() => {
    db.exec("DELETE FROM search_documents; INSERT INTO search_index (search_index) VALUES ('delete-all');");
    const ids = prepared<{ id: number }>(db, 'SELECT id FROM meetings ORDER BY date, id').all();
    for (const { id } of ids) reindexMeeting(db, id);
    db.exec("INSERT INTO search_index (search_index) VALUES ('optimize');");
    const documents = prepared<{ n: number }>(db, 'SELECT count(*) AS n FROM search_documents').get()?.n ?? 0;
    return { meetings: ids.length, documents };
  })();
}
