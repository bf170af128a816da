import { numberAgenda, type NumberedItem } from './agenda';
import type { Meeting } from './domain';

/**
 * "Sammanfattning": every standpoint of the meeting gathered in agenda
 * order, as some bodies end their minutes (see the LGS reference, item 15).
 * It is derived from the items each time it is shown or printed, never
 * stored, so a standpoint is typed once and the summary cannot disagree.
 */

export interface StandpointSummaryLine {
  itemId: number;
  /** The item's number: "4" for a top-level item, "4 a)" for a sub-item. */
  label: string;
  title: string;
  standpoint: string;
  /** The item in the agenda, for naming it as the body prints items (with or without numbers). */
  entry: NumberedItem;
}

export function summaryOfStandpoints(meeting: Pick<Meeting, 'agenda'>): StandpointSummaryLine[] {
  const lines: StandpointSummaryLine[] = [];
  for (const entry of numberAgenda(meeting.agenda)) {
    const { item } = entry;
    const standpoint = item.standpoint.trim();
    // The summary item itself would otherwise quote itself.
    if (standpoint === '' || isSummaryItem(item.title)) continue;
    lines.push({ itemId: item.id, label: entry.number, title: item.title.trim(), standpoint, entry });
  }
  return lines;
}

function isSummaryItem(title: string): boolean {
  return title.trim().startsWith('Sammanfattning');
}
