import type { MeetingFile, MeetingFileSubItem } from '../../shared/meetingfile/schema';
import { notesToPlainText } from '../../shared/notes/text';

/**
 * "Text kept in order": the share of the truth's words (titles, topics,
 * standpoints, notes, item by item) that stand in the draft in the same
 * order: the longest common subsequence of the two word lists over the
 * whole meeting, divided by the truth's word count. A word moved to
 * another item still counts when the order holds; a word lost or put out of
 * order does not. Extra words in the draft (a line read wrongly into the
 * notes) cost nothing here; the fields catch them.
 */

export function words(text: string): string[] {
  return (text.toLocaleLowerCase('sv-SE').normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}

function itemText(item: MeetingFileSubItem): string {
  const notes = item.notes ? notesToPlainText(item.notes) : (item.notesMarkdown ?? '');
  return [item.title, ...item.topics, item.standpoint, notes].join('\n');
}

/** The words of a meeting's items in agenda order. */
export function meetingWords(file: MeetingFile): string[] {
  return file.meeting.agenda.flatMap((item) => [item, ...item.children]).flatMap((item) => words(itemText(item)));
}

/** Length of the longest common subsequence (two rows of the table, so memory stays small). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  // Words as numbers: comparing integers is much faster than strings in the inner loop.
  const ids = new Map<string, number>();
  const id = (w: string) => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  let prev = new Int32Array(y.length + 1);
  let row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      row[j] = xi === y[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, row[j - 1] as number);
    }
    [prev, row] = [row, prev];
  }
  return prev[y.length] as number;
}

export interface TextKept {
  kept: number;
  total: number;
}

export function textKeptInOrder(truth: MeetingFile, draft: MeetingFile): TextKept {
  const expected = meetingWords(truth);
  return { kept: lcsLength(expected, meetingWords(draft)), total: expected.length };
}
