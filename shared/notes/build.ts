import type {
  BlockNodeJson,
  HeadingNodeJson,
  InlineNodeJson,
  LinkNodeJson,
  ListItemNodeJson,
  ListNodeJson,
  NotesDocument,
  ParagraphNodeJson,
  QuoteNodeJson,
  TabNodeJson,
  TableCellNodeJson,
  TableNodeJson,
  TextNodeJson,
} from './schema';
import { TEXT_FORMAT } from './schema';

/**
 * Builders for notes documents in Lexical's serialized shape. Used for demo
 * data, the meeting-file importer and tests; the output loads in the editor
 * unchanged because it carries the same bookkeeping fields Lexical writes.
 */

type Inline = string | InlineNodeJson;

const blockBase = { direction: null, format: '', indent: 0, version: 1 } as const;

export function text(value: string, ...formats: (keyof typeof TEXT_FORMAT)[]): TextNodeJson {
  const format = formats.reduce((acc, f) => acc | TEXT_FORMAT[f], 0);
  return { type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 };
}

export const bold = (value: string): TextNodeJson => text(value, 'bold');
export const italic = (value: string): TextNodeJson => text(value, 'italic');

export function link(url: string, label: string): LinkNodeJson {
  return { type: 'link', url, rel: null, target: null, title: null, children: [text(label)], ...blockBase };
}

function inlines(parts: Inline[]): InlineNodeJson[] {
  return parts.map((p) => (typeof p === 'string' ? text(p) : p));
}

export function paragraph(...parts: Inline[]): ParagraphNodeJson {
  return { type: 'paragraph', children: inlines(parts), textFormat: 0, textStyle: '', ...blockBase };
}

export function heading(level: 1 | 2 | 3, ...parts: Inline[]): HeadingNodeJson {
  return { type: 'heading', tag: `h${level}`, children: inlines(parts), ...blockBase };
}

export function quote(...parts: Inline[]): QuoteNodeJson {
  return { type: 'quote', children: inlines(parts), ...blockBase };
}

/** A tab, as Lexical's plain-text paste makes it. */
export function tab(): TabNodeJson {
  return { type: 'tab', text: '\t', format: 0, detail: 2, mode: 'normal', style: '', version: 1 };
}

/** One entry of a list: an item's text, or a list nested under the item before it. */
export type ListEntry = Inline | Inline[] | ListNodeJson;

const isList = (entry: ListEntry): entry is ListNodeJson => typeof entry === 'object' && !Array.isArray(entry) && entry.type === 'list';

/**
 * A list as Lexical nests it: a nested list sits alone in an item of its own
 * after its parent item, which is not counted. `start` is the number the first
 * item prints (numbered lists).
 */
export function list(listType: ListNodeJson['listType'], entries: readonly ListEntry[], start = 1): ListNodeJson {
  let value = start;
  const children = entries.map((entry): ListItemNodeJson => {
    if (isList(entry)) return { type: 'listitem', value, children: [entry], ...blockBase };
    return { type: 'listitem', value: value++, children: inlines(Array.isArray(entry) ? entry : [entry]), ...blockBase };
  });
  return withIndent({ type: 'list', listType, start, tag: listType === 'number' ? 'ol' : 'ul', children, ...blockBase }, 0);
}

/** Lexical stores each item's nesting depth as its `indent`. */
function withIndent(node: ListNodeJson, depth: number): ListNodeJson {
  for (const item of node.children) {
    item.indent = depth;
    for (const child of item.children) if (child.type === 'list') withIndent(child, depth + 1);
  }
  return node;
}

export const bulletList = (...items: ListEntry[]): ListNodeJson => list('bullet', items);
export const numberedList = (...items: ListEntry[]): ListNodeJson => list('number', items);
/** A numbered list whose first item prints `start`. ("2. Eskaleringsmodell" after a list broken off at 1.) */
export const numberedListFrom = (start: number, ...items: ListEntry[]): ListNodeJson => list('number', items, start);

/** A table whose first row is a header row. */
export function table(rows: string[][]): TableNodeJson {
  return {
    type: 'table',
    ...blockBase,
    children: rows.map((row, r) => ({
      type: 'tablerow',
      ...blockBase,
      children: row.map(
        (cell): TableCellNodeJson => ({
          type: 'tablecell',
          headerState: r === 0 ? 1 : 0,
          colSpan: 1,
          rowSpan: 1,
          backgroundColor: null,
          children: [paragraph(cell)],
          ...blockBase,
        }),
      ),
    })),
  };
}

export function notes(...blocks: BlockNodeJson[]): NotesDocument {
  return { root: { type: 'root', children: blocks, ...blockBase } };
}

export function emptyNotes(): NotesDocument {
  return notes(paragraph());
}
