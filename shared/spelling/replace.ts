import { z } from 'zod';
import type { AgendaItemPatch, Meeting, MeetingHeader, Task } from '../model/domain';
import { meetingHeaderOf } from '../model/meeting';
import type { NotesDocument } from '../notes/schema';
import { sameWordKey } from './meeting-spelling';
import { meetingTexts, notesRuns, type NotesRun } from './meeting-texts';
import { wordTokens } from './tokens';

/**
 * "Ersätt" and "Ersätt alla" of the whole-meeting check: a word replaced as
 * a whole word (never inside another word, a link or an e-mail address), in
 * the same texts the check reads, its capital kept. Pure: it says what each
 * changed text becomes, and storage writes those in one transaction.
 */

export const REPLACE_SCOPES = ['first', 'all'] as const;
export type ReplaceScope = (typeof REPLACE_SCOPES)[number];

/** What she writes instead: one to a hundred characters on one line. */
export const replacementSchema = z
  .string()
  .transform((text) => text.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'Skriv det ord som ska stå i stället.')
      .max(100, 'Ersättningen får vara högst 100 tecken.')
      .regex(/^[^\n\r\t]*$/u, 'Ersättningen ska stå på en rad.')
      .regex(/\p{L}/u, 'Ersättningen behöver minst en bokstav.'),
  );

/** One text of the meeting as it becomes, in the shape its storage write takes. */
export type SpellingChange =
  | { readonly kind: 'header'; readonly header: MeetingHeader }
  | { readonly kind: 'item'; readonly itemId: number; readonly patch: Pick<AgendaItemPatch, 'title' | 'topics'> }
  | { readonly kind: 'notes'; readonly itemId: number; readonly notes: NotesDocument }
  | { readonly kind: 'standpoint'; readonly itemId: number; readonly standpoint: string }
  | { readonly kind: 'task'; readonly task: Task };

export interface ReplacementPlan {
  readonly replaced: number;
  readonly changes: SpellingChange[];
}

/** The changes that replace `word` by `replacement`: its first place in the minutes, or every place. */
export function replacementPlan(meeting: Meeting, word: string, replacement: string, scope: ReplaceScope): ReplacementPlan {
  // The notes runs point at the nodes of the documents they were read from: a copy is changed, never the caller's meeting.
  const copy = JSON.parse(JSON.stringify(meeting)) as Meeting;
  const key = sameWordKey(word);
  let left = scope === 'first' ? 1 : Number.POSITIVE_INFINITY;
  let replaced = 0;
  const runsOf = new Map<number, NotesRun[]>();
  const changed = { header: false, items: new Set<number>(), notes: new Set<number>(), standpoints: new Set<number>(), tasks: new Set<number>() };

  for (const { place, text } of meetingTexts(copy)) {
    if (left === 0) break;
    if (place.field === 'notes') {
      const item = itemOf(copy, place.itemId);
      let runs = runsOf.get(item.id);
      if (!runs) {
        runs = notesRuns(item.notes);
        runsOf.set(item.id, runs);
      }
      const run = runs[place.run];
      const count = run ? replaceInRun(run, key, replacement, left) : 0;
      if (count > 0) changed.notes.add(item.id);
      left -= count;
      replaced += count;
      continue;
    }
    const result = replaceWholeWord(text, key, replacement, left);
    if (result.replaced === 0) continue;
    left -= result.replaced;
    replaced += result.replaced;
    switch (place.field) {
      case 'header':
        copy[place.name] = result.text;
        changed.header = true;
        break;
      case 'title':
        itemOf(copy, place.itemId).title = result.text;
        changed.items.add(place.itemId);
        break;
      case 'topic':
        itemOf(copy, place.itemId).topics[place.index] = result.text;
        changed.items.add(place.itemId);
        break;
      case 'standpoint':
        itemOf(copy, place.itemId).standpoint = result.text;
        changed.standpoints.add(place.itemId);
        break;
      case 'task': {
        const task = copy.tasks.find((t) => t.id === place.taskId);
        if (task) task.what = result.text;
        changed.tasks.add(place.taskId);
        break;
      }
      default: {
        const never: never = place;
        throw new Error(`Unhandled text place: ${JSON.stringify(never)}`);
      }
    }
  }

  const changes: SpellingChange[] = [];
  if (changed.header) changes.push({ kind: 'header', header: meetingHeaderOf(copy) });
  for (const item of copy.agenda) {
    if (changed.items.has(item.id)) changes.push({ kind: 'item', itemId: item.id, patch: { title: item.title, topics: item.topics } });
    if (changed.notes.has(item.id) && item.notes) changes.push({ kind: 'notes', itemId: item.id, notes: item.notes });
    if (changed.standpoints.has(item.id)) changes.push({ kind: 'standpoint', itemId: item.id, standpoint: item.standpoint });
  }
  for (const task of copy.tasks) if (changed.tasks.has(task.id)) changes.push({ kind: 'task', task });
  return { replaced, changes };
}

/** The text with up to `limit` whole-word matches of the word (compared by `sameWordKey`) replaced, from the start. */
export function replaceWholeWord(text: string, key: string, replacement: string, limit: number): { text: string; replaced: number } {
  const matches = wordTokens(text)
    .filter((token) => sameWordKey(token.text) === key)
    .slice(0, limit);
  let out = text;
  for (const token of [...matches].reverse()) {
    out = out.slice(0, token.start) + inCaseOf(token.text, replacement) + out.slice(token.end);
  }
  return { text: out, replaced: matches.length };
}

/**
 * The same in a run of notes, written into its text nodes, so the formatting
 * of every other word (bold, a link) stays as it was. A word split over two
 * nodes (half of it bold) is left: no one node holds it.
 */
function replaceInRun(run: NotesRun, key: string, replacement: string, limit: number): number {
  const matches = wordTokens(run.text)
    .filter((token) => sameWordKey(token.text) === key)
    .flatMap((token) => {
      const segment = run.segments.find((s) => s.start <= token.start && token.end <= s.start + s.node.text.length);
      return segment ? [{ token, segment }] : [];
    })
    .slice(0, limit);
  // From the end backwards: a node's earlier offsets stay right while its later words change.
  for (const { token, segment } of [...matches].reverse()) {
    const from = token.start - segment.start;
    const to = token.end - segment.start;
    const node = segment.node;
    node.text = node.text.slice(0, from) + inCaseOf(token.text, replacement) + node.text.slice(to);
  }
  return matches.length;
}

/**
 * "Samanträde" → "Sammanträde": a word written with a capital keeps it; in
 * lower case the replacement stands as she wrote it ("stockholm" →
 * "Stockholm" is a correction too).
 */
export function inCaseOf(written: string, replacement: string): string {
  const first = written.charAt(0);
  if (first === first.toLocaleLowerCase('sv-SE')) return replacement;
  return replacement.charAt(0).toLocaleUpperCase('sv-SE') + replacement.slice(1);
}

function itemOf(meeting: Meeting, itemId: number): Meeting['agenda'][number] {
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw new Error(`No item ${itemId} in the meeting`);
  return item;
}
