import { numberAgenda } from '../model/agenda';
import type { Meeting } from '../model/domain';
import type { BlockNodeJson, InlineNodeJson, ListItemNodeJson, NotesDocument, TextNodeJson } from '../notes/schema';

/**
 * The texts of a meeting that its minutes print, in the order they print
 * them, each with its place: what the whole-meeting spelling check reads and
 * what "Ersätt" writes to. The two must agree, so both walk the meeting here.
 */

/** Where a text stands in the meeting: a header field, a field of an item, one run of an item's notes, a task. */
export type TextPlace =
  | { readonly field: 'header'; readonly name: HeaderField }
  | { readonly field: 'title'; readonly itemId: number }
  | { readonly field: 'topic'; readonly itemId: number; readonly index: number }
  | { readonly field: 'notes'; readonly itemId: number; readonly run: number }
  | { readonly field: 'standpoint'; readonly itemId: number }
  | { readonly field: 'task'; readonly itemId: number | null; readonly taskId: number };

export const HEADER_FIELDS = ['title', 'subtitle', 'place', 'meetingForm'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface MeetingText {
  readonly place: TextPlace;
  readonly text: string;
}

/** A stretch of notes read as one text (a paragraph, a heading, a list item's own line): its text nodes, where each starts. */
export interface NotesRun {
  readonly text: string;
  readonly segments: readonly { readonly node: TextNodeJson; readonly start: number }[];
}

/** The agenda item a place belongs to; null for the header and a task of no item. */
export function itemIdOf(place: TextPlace): number | null {
  return place.field === 'header' ? null : place.itemId;
}

export function meetingTexts(meeting: Meeting): MeetingText[] {
  const texts: MeetingText[] = HEADER_FIELDS.map((name) => ({ place: { field: 'header', name }, text: meeting[name] }));
  for (const { item } of numberAgenda(meeting.agenda)) {
    const itemId = item.id;
    texts.push({ place: { field: 'title', itemId }, text: item.title });
    item.topics.forEach((text, index) => texts.push({ place: { field: 'topic', itemId, index }, text }));
    notesRuns(item.notes).forEach((run, index) => texts.push({ place: { field: 'notes', itemId, run: index }, text: run.text }));
    texts.push({ place: { field: 'standpoint', itemId }, text: item.standpoint });
    for (const task of meeting.tasks) {
      if (task.itemId === itemId) texts.push({ place: { field: 'task', itemId, taskId: task.id }, text: task.what });
    }
  }
  const itemIds = new Set(meeting.agenda.map((item) => item.id));
  for (const task of meeting.tasks) {
    if (task.itemId === null || !itemIds.has(task.itemId)) {
      texts.push({ place: { field: 'task', itemId: null, taskId: task.id }, text: task.what });
    }
  }
  return texts.filter((entry) => entry.text.trim() !== '');
}

/**
 * The notes as runs of text the way a reader reads them: each paragraph,
 * heading, quote and list item's own line is one run, its text nodes (also
 * inside links) joined, a line break or tab standing between words. The
 * segments point at the document's own text nodes, so a caller that changes
 * a run's words changes the document (the replace works on a copy).
 */
export function notesRuns(doc: NotesDocument | null): NotesRun[] {
  const runs: NotesRun[] = [];
  if (doc) for (const block of doc.root.children) blockRuns(block, runs);
  return runs;
}

function blockRuns(node: BlockNodeJson, runs: NotesRun[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      pushRun(node.children, runs);
      return;
    case 'list':
      for (const item of node.children) listItemRuns(item, runs);
      return;
    case 'table':
      for (const row of node.children) for (const cell of row.children) for (const block of cell.children) blockRuns(block, runs);
      return;
    default: {
      const never: never = node;
      throw new Error(`Unhandled notes block: ${JSON.stringify(never)}`);
    }
  }
}

function listItemRuns(item: ListItemNodeJson, runs: NotesRun[]): void {
  let inline: InlineNodeJson[] = [];
  for (const child of item.children) {
    if (child.type === 'list' || child.type === 'paragraph') {
      pushRun(inline, runs);
      inline = [];
      blockRuns(child, runs);
    } else {
      inline.push(child);
    }
  }
  pushRun(inline, runs);
}

function pushRun(nodes: readonly InlineNodeJson[], runs: NotesRun[]): void {
  const segments: { node: TextNodeJson; start: number }[] = [];
  let text = '';
  const read = (inline: readonly InlineNodeJson[]): void => {
    for (const node of inline) {
      switch (node.type) {
        case 'text':
          segments.push({ node, start: text.length });
          text += node.text;
          break;
        case 'linebreak':
          text += '\n';
          break;
        case 'tab':
          text += '\t';
          break;
        case 'link':
        case 'autolink':
          read(node.children);
          break;
        default: {
          const never: never = node;
          throw new Error(`Unhandled notes inline: ${JSON.stringify(never)}`);
        }
      }
    }
  };
  read(nodes);
  if (text.trim() !== '') runs.push({ text, segments });
}
