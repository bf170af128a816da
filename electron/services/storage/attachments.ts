import type { ItemAttachment } from '../../../shared/model/invitation';
import type { Db } from './db';
import { prepared } from './sql';

/** Files attached to agenda items (bilagor): content-addressed bytes, linked to items by name and order. */

/** A meeting's attachments, item by item in their order, without their bytes. */
export function attachmentsOf(db: Db, meetingId: number): ItemAttachment[] {
  return prepared<ItemAttachment>(
    db,
    `SELECT a.id, a.item_id AS itemId, a.position, a.file_name AS fileName, a.hash, b.size, b.media_type AS mediaType
       FROM item_attachments a JOIN attachment_blobs b ON b.hash = a.hash
      WHERE a.meeting_id = ?
      ORDER BY a.item_id, a.position, a.id`,
  ).all(meetingId);
}
