import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES, type ItemAttachment } from '../../../shared/model/invitation';
import { attachmentFileName, attachmentTooLargeMessage } from '../../../shared/attachments/types';
import { AppError } from '../../../shared/ipc/result';
import { sniffAttachment } from '../attachments/sniff';
import type { Db } from './db';
import { ITEM_NOT_IN_MEETING, assertMeetingWritable, touchMeeting } from './meeting-guards';
import { prepared } from './sql';

/**
 * Files attached to agenda items (bilagor): content-addressed bytes, linked
 * to items by name and order. A blob is kept while some link uses it, so the
 * same file on two items (or in two meetings) is stored once.
 */

export const ATTACHMENT_NOT_FOUND = 'Bilagan finns inte längre i det här mötet.';

const COLUMNS = `a.id, a.item_id AS itemId, a.position, a.file_name AS fileName, a.hash, b.size, b.media_type AS mediaType
       FROM item_attachments a JOIN attachment_blobs b ON b.hash = a.hash`;

/** A meeting's attachments, item by item in their order, without their bytes. */
export function attachmentsOf(db: Db, meetingId: number): ItemAttachment[] {
  return prepared<ItemAttachment>(db, `SELECT ${COLUMNS} WHERE a.meeting_id = ? ORDER BY a.item_id, a.position, a.id`).all(meetingId);
}

function attachmentOf(db: Db, meetingId: number, attachmentId: number): ItemAttachment {
  const row = prepared<ItemAttachment>(db, `SELECT ${COLUMNS} WHERE a.meeting_id = ? AND a.id = ?`).get(meetingId, attachmentId);
  if (!row) throw new AppError('not_found', ATTACHMENT_NOT_FOUND, 'attachmentId');
  return row;
}

/**
 * Attaches a file at the end of the item's list. Its type is read from the
 * bytes and must match its name; the item's "bilaga" mark is set, as the
 * agenda then says "(bilaga)". Nothing is stored when anything is refused.
 */
export function addAttachment(
  db: Db,
  meetingId: number,
  itemId: number,
  file: { fileName: string; bytes: Uint8Array },
  at: string,
): ItemAttachment {
  const fileName = attachmentFileName(file.fileName);
  if (fileName === '') throw new AppError('validation', 'Filen saknar namn.', 'fileName');
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw new AppError('validation', attachmentTooLargeMessage(fileName), 'contentBase64');
  const mediaType = withField(() => sniffAttachment(file.bytes, fileName), 'contentBase64');
  const hash = createHash('sha256').update(file.bytes).digest('hex');
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const item = prepared(db, 'SELECT 1 FROM agenda_items WHERE meeting_id = ? AND id = ?').get(meetingId, itemId);
    if (!item) throw new AppError('not_found', ITEM_NOT_IN_MEETING, 'itemId');
    prepared(db, 'INSERT OR IGNORE INTO attachment_blobs (hash, bytes, size, media_type) VALUES (?, ?, ?, ?)').run(
      hash,
      file.bytes,
      file.bytes.byteLength,
      mediaType,
    );
    const last = prepared<{ position: number | null }>(
      db,
      'SELECT max(position) AS position FROM item_attachments WHERE meeting_id = ? AND item_id = ?',
    ).get(meetingId, itemId);
    const id = Number(
      prepared(
        db,
        'INSERT INTO item_attachments (meeting_id, item_id, position, file_name, hash, added_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(meetingId, itemId, (last?.position ?? -1) + 1, fileName, hash, at).lastInsertRowid,
    );
    prepared(db, 'UPDATE agenda_items SET attachment = 1 WHERE meeting_id = ? AND id = ?').run(meetingId, itemId);
    touchMeeting(db, meetingId, at);
    return attachmentOf(db, meetingId, id);
  })();
}

/** Removes an attachment from its item; its bytes go when no other item uses the same file. */
export function removeAttachment(db: Db, meetingId: number, attachmentId: number, at: string): { removed: ItemAttachment } {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const removed = attachmentOf(db, meetingId, attachmentId);
    prepared(db, 'DELETE FROM item_attachments WHERE id = ?').run(attachmentId);
    renumber(db, meetingId, removed.itemId);
    dropUnusedBlobs(db);
    touchMeeting(db, meetingId, at);
    return { removed };
  })();
}

/** Moves an attachment one place up or down in its item's list; at the end of the list nothing moves. */
export function moveAttachment(
  db: Db,
  meetingId: number,
  attachmentId: number,
  direction: 'up' | 'down',
  at: string,
): ItemAttachment[] {
  return db.transaction(() => {
    assertMeetingWritable(db, meetingId);
    const moving = attachmentOf(db, meetingId, attachmentId);
    const ids = siblingIds(db, meetingId, moving.itemId);
    const from = ids.indexOf(attachmentId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) {
      ids.splice(from, 1);
      ids.splice(to, 0, attachmentId);
      writePositions(db, ids);
      touchMeeting(db, meetingId, at);
    }
    return attachmentsOf(db, meetingId);
  })();
}

/** The file as it was attached: its name, type and bytes. */
export function attachmentFile(db: Db, meetingId: number, attachmentId: number): { attachment: ItemAttachment; bytes: Uint8Array } {
  const attachment = attachmentOf(db, meetingId, attachmentId);
  const row = prepared<{ bytes: Uint8Array }>(db, 'SELECT bytes FROM attachment_blobs WHERE hash = ?').get(attachment.hash);
  if (!row) throw new AppError('not_found', ATTACHMENT_NOT_FOUND, 'attachmentId');
  return { attachment, bytes: new Uint8Array(row.bytes) };
}

/**
 * Bytes no link uses any more: after a remove here, and after items or
 * meetings went (their links cascade, the blobs do not).
 */
export function dropUnusedBlobs(db: Db): void {
  prepared(db, 'DELETE FROM attachment_blobs WHERE NOT EXISTS (SELECT 1 FROM item_attachments a WHERE a.hash = attachment_blobs.hash)').run();
}

function siblingIds(db: Db, meetingId: number, itemId: number): number[] {
  return prepared<{ id: number }>(db, 'SELECT id FROM item_attachments WHERE meeting_id = ? AND item_id = ? ORDER BY position, id')
    .all(meetingId, itemId)
    .map((row) => row.id);
}

function renumber(db: Db, meetingId: number, itemId: number): void {
  writePositions(db, siblingIds(db, meetingId, itemId));
}

function writePositions(db: Db, ids: readonly number[]): void {
  const update = prepared(db, 'UPDATE item_attachments SET position = ? WHERE id = ?');
  ids.forEach((id, position) => update.run(position, id));
}

function withField<T>(read: () => T, field: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, field);
    throw error;
  }
}
