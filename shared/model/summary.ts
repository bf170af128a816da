import { numberAgenda } from './agenda';
import type { Meeting } from './domain';

/**
 * "Sammanfattning": every standpoint of the meeting gathered in agenda
 * order, as some bodies end their minutes (see the LGS reference, item 15).
 * It is derived from the items each time it is shown or printed, never
 * stored, so a standpoint is typed once and the summary cannot disagree.
 */

export interface StandpointSummaryLine {
  itemId: number;
  /** The printed number: "4" for a top-level item, "4 a)" for a sub-item. */
  label: string;
  title: string;
  standpoint: string;
}

export function summaryOfStandpoints(meeting: Pick<Meeting, 'agenda'>): StandpointSummaryLine[] {
  const lines: StandpointSummaryLine[] = [];
  let parentLabel = '';
  for (const { item, label, depth } of numberAgenda(meeting.agenda)) {
    if (depth === 0) parentLabel = label;
    const standpoint = item.standpoint.trim();
    // The summary item itself would otherwise quote itself.
    if (standpoint === '' || isSummaryItem(item.title)) continue;
    lines.push({ itemId: item.id, label: depth === 0 ? label : `${parentLabel} ${label}`, title: item.title.trim(), standpoint });
  }
  return lines;
}

function isSummaryItem(title: string): boolean {
  return title.trim().startsWith('Sammanfattning');
}
