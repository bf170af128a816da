import { reindexItem } from '../search/index-store';
import { notesDocumentSchema, type NotesDocument } from '../../../shared/notes/schema';
import { isNotesEmpty } from '../../../shared/notes/text';
import type { NotesChoice, NotesCopy, NotesCopyReason } from '../../../shared/notes/copies';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { ITEM_NOT_IN_MEETING, MEETING_NOT_FOUND, assertMeetingWritable } from './meeting-guards';
import { parseInput, parseStoredJson, prepared } from './sql';
import type { StoredNotes } from './item-notes';

/**
 * The way out of a notes conflict (two windows wrote to one item), in one
 * transaction, and the copies it leaves: whichever text the secretary does
 * not choose is kept as a read-only copy under the item, never dropped.
 * Copies go with their item and their meeting (ON DELETE CASCADE, so the
 * meeting's removal overwrites them with the rest), and approved minutes
 * refuse the choice like every other write.
 */

interface CopyRow {
  id: number;
  itemId: number;
  keptAt: string;
  why: NotesCopyReason;
  notesJson: string;
}

/** The kept copies of a meeting's items (or of one item), oldest first. */
export function listNotesCopies(db: Db, meetingId: number, itemId?: number): NotesCopy[] {
  if (!prepared(db, 'SELECT 1 FROM meetings WHERE id = ?').get(meetingId)) {
    throw new AppError('not_found', MEETING_NOT_FOUND);
  }
  return prepared<CopyRow>(
    db,
    `SELECT id, item_id AS itemId, kept_at AS keptAt, why, notes_json AS notesJson
       FROM notes_copies WHERE meeting_id = @meetingId AND (@itemId IS NULL OR item_id = @itemId)
      ORDER BY kept_at, id`,
  )
    .all({ meetingId, itemId: itemId ?? null })
    .map((row) => ({
      id: row.id,
      itemId: row.itemId,
      keptAt: row.keptAt,
      why: row.why,
      notes: parseStoredJson(notesDocumentSchema, row.notesJson, 'En kopia av anteckningarna'),
    }));
}

/**
 * Settles a conflict: `mine` makes the editor's text the stored one and keeps
 * what was stored as a copy; `saved` keeps the stored text and the editor's
 * as a copy. Returns what is stored afterwards, whose revision is the base of
 * the editor's next save. An empty text, or one equal to the chosen, needs no copy.
 */
export function resolveNotesConflict(
  db: Db,
  meetingId: number,
  itemId: number,
  keep: NotesChoice,
  input: NotesDocument,
  at: string,
): StoredNotes {
  const mine = parseInput(notesDocumentSchema, input);
  return db.transaction((): StoredNotes => {
    assertMeetingWritable(db, meetingId);
    const stored = prepared<{ notesJson: string | null; revision: number; savedAt: string | null }>(
      db,
      `SELECT notes_json AS notesJson, notes_revision AS revision, notes_updated_at AS savedAt
         FROM agenda_items WHERE id = ? AND meeting_id = ?`,
    ).get(itemId, meetingId);
    if (!stored) throw new AppError('not_found', ITEM_NOT_IN_MEETING);
    const saved = stored.notesJson === null ? null : parseStoredJson(notesDocumentSchema, stored.notesJson, 'Anteckningarna');
    const same = saved !== null && JSON.stringify(saved) === JSON.stringify(mine);

    switch (keep) {
      case 'mine': {
        if (saved !== null && !isNotesEmpty(saved) && !same) keepCopy(db, meetingId, itemId, saved, 'replacedByMine', at);
        const row = prepared<{ revision: number }>(
          db,
          `UPDATE agenda_items
              SET notes_json = ?, notes_revision = notes_revision + 1, notes_updated_at = ?
            WHERE id = ? AND meeting_id = ?
            RETURNING notes_revision AS revision`,
        ).get(JSON.stringify(mine), at, itemId, meetingId);
        if (!row) throw new AppError('not_found', ITEM_NOT_IN_MEETING);
        reindexItem(db, meetingId, itemId);
        return { notes: mine, revision: row.revision, savedAt: at };
      }
      case 'saved':
        if (!isNotesEmpty(mine) && !same) keepCopy(db, meetingId, itemId, mine, 'setAsideForSaved', at);
        return { notes: saved, revision: stored.revision, savedAt: stored.savedAt };
      default: {
        const never: never = keep;
        throw new AppError('validation', `Okänt val: ${String(never)}.`);
      }
    }
  })();
}

function keepCopy(db: Db, meetingId: number, itemId: number, notes: NotesDocument, why: NotesCopyReason, at: string): void {
  prepared(
    db,
    'INSERT INTO notes_copies (meeting_id, item_id, notes_json, kept_at, why) VALUES (?, ?, ?, ?, ?)',
  ).run(meetingId, itemId, JSON.stringify(notes), at, why);
}
