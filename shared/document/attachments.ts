import { numberAgenda, printedHeading } from '../model/agenda';
import type { Meeting } from '../model/domain';
import type { ItemAttachment } from '../model/invitation';
import { joinSwedish, paragraph, text } from './inline';
import type { DocBlock } from './model';

/** The files attached to agenda items (bilagor) as the minutes and the handlingar name them. */

/** An item's attachments in their order. */
export function itemAttachments(meeting: Meeting, itemId: number): ItemAttachment[] {
  return meeting.attachments.filter((a) => a.itemId === itemId).sort((a, b) => a.position - b.position || a.id - b.id);
}

/** "Bilagor: Budget 2027.pdf och Plan.docx" under the item, or nothing when it has none. */
export function attachmentsBlock(meeting: Meeting, itemId: number): DocBlock[] {
  const names = itemAttachments(meeting, itemId).map((a) => a.fileName);
  if (names.length === 0) return [];
  return [paragraph('normal', [text(`${names.length > 1 ? 'Bilagor' : 'Bilaga'}: ${joinSwedish(names)}`)])];
}

/** The items that have attachments, in agenda order, named as printed ("3. Budget 2027", "3 a) Lokaler"). */
export function itemsWithAttachments(meeting: Meeting): { label: string; attachments: ItemAttachment[] }[] {
  return numberAgenda(meeting.agenda)
    .map((entry) => ({
      label: entry.depth === 0 ? printedHeading(entry, true) : `${entry.number} ${entry.item.title.trim()}`.trim(),
      attachments: itemAttachments(meeting, entry.item.id),
    }))
    .filter((entry) => entry.attachments.length > 0);
}
