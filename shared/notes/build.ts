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

function list(listType: ListNodeJson['listType'], items: (Inline | Inline[])[]): ListNodeJson {
  const children: ListItemNodeJson[] = items.map((item, i) => ({
    type: 'listitem',
    value: i + 1,
    children: inlines(Array.isArray(item) ? item : [item]),
    ...blockBase,
  }));
  return { type: 'list', listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children, ...blockBase };
}

export const bulletList = (...items: (Inline | Inline[])[]): ListNodeJson => list('bullet', items);
export const numberedList = (...items: (Inline | Inline[])[]): ListNodeJson => list('number', items);

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
