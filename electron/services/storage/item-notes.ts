import { notesDocumentSchema, type NotesDocument } from '../../../shared/notes/schema';
import { isNotesEmpty } from '../../../shared/notes/text';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { ITEM_NOT_IN_MEETING, MEETING_NOT_FOUND, assertMeetingWritable, whyItemNotWritten } from './meeting-guards';
import { parseInput, parseStoredJson, prepared } from './sql';
import { reindexItem } from '../search/index-store';

/**
 * One item's notes: the autosave write and the read of what is stored.
 *
 * Every stored text has a revision, bumped by each write. The editor sends
 * the revision its text started from (`baseRevision`); a save whose base is
 * no longer the stored revision is refused as a conflict, because another
 * window (a second tab, a duplicated tab) has written to the item since, and
 * writing over that would drop its text without anyone seeing it. A write
 * without a base (a script, the CLI, a test) is the last write and wins.
 */

export interface SavedNotes {
  revision: number;
  savedAt: string;
}

export interface StoredNotes {
  notes: NotesDocument | null;
  revision: number;
  savedAt: string | null;
}

export const STALE_BASE_MESSAGE =
  'Punkten har ändrats i ett annat fönster sedan du började skriva här. ' +
  'Din text är inte sparad ännu, men finns kvar – välj vilken text som ska gälla.';

export const EMPTY_OVER_TEXT_MESSAGE =
  'Anteckningarna sparades inte: ett tomt dokument skulle ersätta text som redan finns. ' +
  'Ladda om mötet och försök igen, eller töm anteckningarna med flit.';

/**
 * Autosave of one item's notes: a single UPDATE that also proves the item
 * belongs to the meeting, that the meeting is not approved and that the
 * stored revision is the one the editor started from, so nothing is read
 * back but the new revision and no other write can come between the check
 * and the write.
 *
 * An empty document never replaces stored text unless the secretary emptied
 * the notes on purpose (`replaceWithEmpty`): an editor that failed to load
 * sends an empty document, and that must not wipe what was typed.
 */
export function saveItemNotes(
  db: Db,
  meetingId: number,
  itemId: number,
  input: NotesDocument,
  at: string,
  options: { replaceWithEmpty?: boolean | undefined; baseRevision?: number | undefined } = {},
): SavedNotes {
  const notes = parseInput(notesDocumentSchema, input);
  const savedAt = at;
  const baseRevision = options.baseRevision ?? null;
  const save = db.transaction(() => {
    const row = prepared<{ revision: number }>(
      db,
      `UPDATE agenda_items
          SET notes_json = @notesJson, notes_revision = notes_revision + 1, notes_updated_at = @savedAt
        WHERE id = @itemId AND meeting_id = @meetingId
          AND (@baseRevision IS NULL OR notes_revision = @baseRevision)
          AND (SELECT status FROM meetings WHERE id = @meetingId) <> 'approved'
        RETURNING notes_revision AS revision`,
    ).get({ notesJson: JSON.stringify(notes), savedAt, itemId, meetingId, baseRevision });
    if (!row) throw whyNotesNotWritten(db, meetingId, itemId);
    // In the same transaction as the text: the index can never disagree with what is saved.
    reindexItem(db, meetingId, itemId);
    return { revision: row.revision, savedAt };
  });
  if (!isNotesEmpty(notes) || options.replaceWithEmpty === true) return save();

  // The rare path: an empty document. Check what is stored in the same transaction as the write.
  return db.transaction(() => {
    const stored = prepared<{ notesJson: string | null; revision: number }>(
      db,
      'SELECT notes_json AS notesJson, notes_revision AS revision FROM agenda_items WHERE id = ? AND meeting_id = ?',
    ).get(itemId, meetingId);
    if (stored?.notesJson) {
      assertMeetingWritable(db, meetingId);
      // Another window's newer text is a conflict first: the secretary chooses, nothing is replaced.
      if (baseRevision !== null && stored.revision !== baseRevision) throw staleBase();
      const current = parseStoredJson(notesDocumentSchema, stored.notesJson, 'Anteckningarna');
      if (!isNotesEmpty(current)) throw new AppError('conflict', EMPTY_OVER_TEXT_MESSAGE);
    }
    return save();
  })();
}

/** What is stored for one item now, with its revision: the text another window saved. */
export function getItemNotes(db: Db, meetingId: number, itemId: number): StoredNotes {
  const row = prepared<{ notesJson: string | null; revision: number; savedAt: string | null }>(
    db,
    `SELECT notes_json AS notesJson, notes_revision AS revision, notes_updated_at AS savedAt
       FROM agenda_items WHERE id = ? AND meeting_id = ?`,
  ).get(itemId, meetingId);
  if (!row) throw whyItemNotRead(db, meetingId);
  return {
    notes: row.notesJson === null ? null : parseStoredJson(notesDocumentSchema, row.notesJson, 'Anteckningarna'),
    revision: row.revision,
    savedAt: row.savedAt,
  };
}

/**
 * Why a notes UPDATE changed nothing: no such meeting, approved minutes, an
 * item of another meeting, or else a revision that moved on.
 */
function whyNotesNotWritten(db: Db, meetingId: number, itemId: number): AppError {
  const error = whyItemNotWritten(db, meetingId);
  if (error.code !== 'not_found') return error;
  const exists = prepared(db, 'SELECT 1 FROM agenda_items WHERE id = ? AND meeting_id = ?').get(itemId, meetingId);
  return exists ? staleBase() : error;
}

function whyItemNotRead(db: Db, meetingId: number): AppError {
  const meeting = prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId);
  return new AppError('not_found', meeting ? ITEM_NOT_IN_MEETING : MEETING_NOT_FOUND);
}

function staleBase(): AppError {
  return new AppError('conflict', STALE_BASE_MESSAGE, 'baseRevision');
}
