import {
  TEXT_FORMAT,
  type BlockNodeJson,
  type InlineNodeJson,
  type ListItemNodeJson,
  type ListNodeJson,
  type NotesDocument,
} from '../notes/schema';
import { noteHeadingOutline } from '../notes/outline';
import { hasContent, heading, linkOrText, paragraph, text } from './inline';
import type { DocBlock, DocInline, DocList, DocListItem, HeadingLevel } from './model';

type HeadingTag = Extract<BlockNodeJson, { type: 'heading' }>['tag'];

/**
 * An item's notes, the stored Lexical JSON, as document blocks: every node
 * kind. Headings in the notes are real headings under their item
 * (`itemLevel`): see `noteOutline`.
 */
export function notesBlocks(doc: NotesDocument | null, itemLevel: HeadingLevel = 1): DocBlock[] {
  if (!doc) return [];
  const out: DocBlock[] = [];
  const levelOf = noteOutline(doc.root.children, itemLevel);
  for (const node of doc.root.children) out.push(...noteBlock(node, levelOf));
  return out;
}

/** The outline level of each heading in the notes (see `noteHeadingOutline`), at most Heading 4. */
function noteOutline(nodes: readonly BlockNodeJson[], itemLevel: HeadingLevel): (tag: HeadingTag) => HeadingLevel {
  const used = new Set<HeadingTag>();
  const collect = (list: readonly BlockNodeJson[]): void => {
    for (const node of list) {
      if (node.type === 'heading') used.add(node.tag);
      if (node.type === 'table') for (const row of node.children) for (const cell of row.children) collect(cell.children);
    }
  };
  collect(nodes);
  const levelOf = noteHeadingOutline(used, itemLevel, 4);
  return (tag) => levelOf(tag) as HeadingLevel;
}

function noteBlock(node: BlockNodeJson, levelOf: (tag: HeadingTag) => HeadingLevel): DocBlock[] {
  switch (node.type) {
    case 'paragraph': {
      const children = noteInlines(node.children);
      return hasContent(children) ? [paragraph('normal', children)] : [];
    }
    case 'heading': {
      const children = noteInlines(node.children);
      if (!hasContent(children)) return [];
      return [heading(levelOf(node.tag), children, null)];
    }
    case 'quote': {
      const children = noteInlines(node.children);
      return hasContent(children) ? [{ kind: 'quote', children }] : [];
    }
    case 'list':
      return [noteList(node)];
    case 'table':
      return [
        {
          kind: 'table',
          rows: node.children.map((row) =>
            row.children.map((cell) => ({
              header: cell.headerState !== 0,
              blocks: cell.children.flatMap((child) => noteBlock(child, levelOf)),
            })),
          ),
        },
      ];
    default: {
      const never: never = node;
      throw new Error(`Unhandled notes node ${JSON.stringify((never as { type?: unknown }).type)}`);
    }
  }
}

function noteList(node: ListNodeJson): DocList {
  const items: DocListItem[] = [];
  for (const child of node.children) {
    const { inlines, sublists } = splitListItem(child, node.listType === 'check');
    const onlyNested = !hasContent(inlines) && sublists.length > 0;
    const previous = items[items.length - 1];
    // Lexical nests a list in its own list item right after the parent item.
    if (onlyNested && previous && previous.sublist === null && sublists.length === 1) {
      previous.sublist = sublists[0] ?? null;
      continue;
    }
    items.push({ children: inlines, sublist: sublists[0] ?? null });
    for (const extra of sublists.slice(1)) items.push({ children: [], sublist: extra });
  }
  return node.listType === 'number'
    ? { kind: 'list', ordered: true, start: printableStart(node.start), items }
    : { kind: 'list', ordered: false, items };
}

/** The highest start number Word takes for a list. */
const MAX_LIST_START = 32_767;

/**
 * The number a list's first item prints, as the editor, a paste or a meeting
 * file set it (Lexical's `start`): within what Word and HTML both print.
 */
function printableStart(start: number): number {
  return Number.isSafeInteger(start) ? Math.min(MAX_LIST_START, Math.max(0, start)) : 1;
}

function splitListItem(item: ListItemNodeJson, check: boolean): { inlines: DocInline[]; sublists: DocList[] } {
  const inlines: DocInline[] = [];
  const sublists: DocList[] = [];
  for (const child of item.children) {
    switch (child.type) {
      case 'list':
        sublists.push(noteList(child));
        break;
      case 'paragraph':
        if (inlines.length) inlines.push({ kind: 'break' });
        inlines.push(...noteInlines(child.children));
        break;
      case 'text':
      case 'linebreak':
      case 'tab':
      case 'link':
      case 'autolink':
        inlines.push(...noteInlines([child]));
        break;
      default: {
        const never: never = child;
        throw new Error(`Unhandled list item child ${JSON.stringify((never as { type?: unknown }).type)}`);
      }
    }
  }
  if (check && (hasContent(inlines) || sublists.length === 0)) inlines.unshift(text(item.checked ? '☑ ' : '☐ '));
  return { inlines, sublists };
}

function noteInlines(nodes: InlineNodeJson[]): DocInline[] {
  const out: DocInline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.text !== '') {
          out.push(
            text(node.text, {
              bold: (node.format & TEXT_FORMAT.bold) !== 0,
              italic: (node.format & TEXT_FORMAT.italic) !== 0,
              underline: (node.format & TEXT_FORMAT.underline) !== 0,
            }),
          );
        }
        break;
      case 'linebreak':
        out.push({ kind: 'break' });
        break;
      case 'tab':
        out.push(text('\t'));
        break;
      case 'link':
      case 'autolink':
        out.push(linkOrText(node.url, noteInlines(node.children)));
        break;
      default: {
        const never: never = node;
        throw new Error(`Unhandled inline node ${JSON.stringify((never as { type?: unknown }).type)}`);
      }
    }
  }
  return out;
}
