import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { NOTES_IMPORT_TRANSFORMERS } from '../../../shared/notes/lexical/markdown';
import { createNotesHeadlessEditor } from '../../../shared/notes/lexical/headless';
import { notesDocumentSchema, type NotesDocument } from '../../../shared/notes/schema';
import { isSafeLink } from '../../../shared/security/links';

/** Markdown → stored notes JSON, checked against the notes schema. Throws on failure. */
export function markdownToNotes(markdown: string): NotesDocument {
  const children: unknown[] = [];
  let root: Record<string, unknown> | null = null;
  const segments = splitPipeTables(markdown.replace(/\r\n?/g, '\n')).flatMap((segment) =>
    segment.kind === 'text' ? markdownChunks(segment.text).map((text): Segment => ({ kind: 'text', text })) : [segment],
  );
  for (const segment of segments) {
    const editor = createNotesHeadlessEditor('anteckna-import');
    editor.update(
      () => {
        if (segment.kind === 'text') {
          $convertFromMarkdownString(segment.text, [...NOTES_IMPORT_TRANSFORMERS]);
          return;
        }
        const width = Math.max(...segment.rows.map((r) => r.length));
        const table = $createTableNode();
        segment.rows.forEach((cells, rowIndex) => {
          const row = $createTableRowNode();
          for (let i = 0; i < width; i++) {
            const cell = $createTableCellNode(rowIndex === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
            const paragraph = $createParagraphNode();
            const value = cells[i] ?? '';
            if (value) paragraph.append($createTextNode(value));
            row.append(cell.append(paragraph));
          }
          table.append(row);
        });
        $getRoot().clear().append(table);
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON() as unknown as { root: Record<string, unknown> & { children: unknown[] } };
    root ??= json.root;
    children.push(...json.root.children);
  }
  const doc = { root: { ...(root ?? { type: 'root', direction: null, format: '', indent: 0, version: 1 }), children } };
  return notesDocumentSchema.parse(dropUnsafeLinks(doc));
}

type Segment = { kind: 'text'; text: string } | { kind: 'table'; rows: string[][] };

/**
 * Lexical's Markdown import takes time that grows with the square of the
 * inline markers (` * _ ~ [ ]) in what it is given at once: 240,000
 * characters of code spans took over a minute in one piece. The text is
 * therefore converted in chunks of about CHUNK_LINES lines, cut at a blank
 * line where there is one (a list or a quote keeps together), and a line
 * with more than MAX_MARKERS markers is taken as plain text (its markers
 * escaped): each chunk costs at most a few tens of milliseconds, so a whole
 * item converts in time proportional to its length.
 */
const CHUNK_LINES = 50;
const HARD_CHUNK_LINES = 200;
const MAX_MARKERS = 40;
const MARKERS = /[`*_~[\]]/g;

export function markdownChunks(text: string): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  for (const raw of text.split('\n')) {
    const markers = raw.match(MARKERS)?.length ?? 0;
    const line = markers > MAX_MARKERS ? raw.replace(/[`*_~[\]\\]/g, (c) => `\\${c}`) : raw;
    const blank = line.trim() === '';
    if ((blank && current.length >= CHUNK_LINES) || current.length >= HARD_CHUNK_LINES) {
      chunks.push(current.join('\n'));
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0 || chunks.length === 0) chunks.push(current.join('\n'));
  return chunks.filter((chunk, i) => i === 0 || chunk.trim() !== '');
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Markdown split into text and pipe tables ("| A | B |" over "| --- | --- |"). */
export function splitPipeTables(markdown: string): Segment[] {
  const lines = markdown.split('\n');
  const out: Segment[] = [];
  let text: string[] = [];
  const flush = () => {
    if (text.join('').trim() !== '') out.push({ kind: 'text', text: text.join('\n') });
    text = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (TABLE_ROW.test(line) && TABLE_DIVIDER.test(lines[i + 1] ?? '')) {
      flush();
      const rows = [cellsOf(line)];
      i += 2;
      while (i < lines.length && TABLE_ROW.test(lines[i] ?? '')) rows.push(cellsOf(lines[i++] ?? ''));
      i -= 1;
      out.push({ kind: 'table', rows });
    } else {
      text.push(line);
    }
  }
  flush();
  if (out.length === 0) out.push({ kind: 'text', text: '' });
  return out;
}

function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** A link to anything but http(s)/mailto is replaced by its text. */
function dropUnsafeLinks<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.flatMap((child: unknown) => {
      if (isUnsafeLink(child)) return dropUnsafeLinks((child as { children: unknown[] }).children);
      return [dropUnsafeLinks(child)];
    }) as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = dropUnsafeLinks(child);
    return out as T;
  }
  return value;
}

function isUnsafeLink(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return false;
  const n = node as { type?: unknown; url?: unknown; children?: unknown };
  return (
    (n.type === 'link' || n.type === 'autolink') &&
    Array.isArray(n.children) &&
    (typeof n.url !== 'string' || !isSafeLink(n.url))
  );
}
