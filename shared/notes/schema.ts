import { z } from 'zod';
import { sanitizeNotes } from './sanitize';

/**
 * The stored form of an item's notes: the Lexical editor's own JSON
 * (`editor.getEditorState().toJSON()`), limited to the node kinds Anteckna's
 * editor registers. Exporters read this JSON directly, never HTML, so every
 * kind listed in `NotesNode` must be handled by each of them (the exhaustive
 * switches in the exporters fail to compile when a kind is added here).
 *
 * Objects are "loose": Lexical adds bookkeeping fields (direction, indent,
 * textFormat …) that we keep verbatim so the editor reloads exactly what it
 * saved, but the fields we rely on are checked.
 */

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
export const LIST_TYPES = ['bullet', 'number', 'check'] as const;

export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

/** Links may only point to the web or to an e-mail address. */
export function isSafeLinkUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
}

/**
 * How deep any JSON the app accepts may nest: far deeper than notes the editor
 * makes (a list nested 60 levels is about 250), and shallow enough that the
 * recursive schemas below never run out of stack. Checked before parsing,
 * because a stack overflow is not a validation error.
 */
export const MAX_JSON_DEPTH = 256;
/** More objects and arrays than this (shared references counted each time) is refused as too big. */
const MAX_JSON_NODES = 2_000_000;

/** Why `value` is too deep or too big to parse, or null when it is fine. Iterative, so it cannot overflow itself. */
export function jsonShapeProblem(value: unknown, maxDepth: number = MAX_JSON_DEPTH): 'depth' | 'size' | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const top = stack.pop() as { value: unknown; depth: number };
    // Binary data (structured clone can send it) has no structure to walk.
    if (typeof top.value !== 'object' || top.value === null || ArrayBuffer.isView(top.value)) continue;
    if (top.depth > maxDepth) return 'depth';
    if (++nodes > MAX_JSON_NODES) return 'size';
    const children: unknown[] = Array.isArray(top.value) ? top.value : Object.values(top.value);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: top.depth + 1 });
    }
  }
  return null;
}

export interface TextNodeJson {
  type: 'text';
  text: string;
  format: number;
  [key: string]: unknown;
}
export interface LineBreakNodeJson {
  type: 'linebreak';
  [key: string]: unknown;
}
export interface TabNodeJson {
  type: 'tab';
  text?: string;
  [key: string]: unknown;
}
/** A Lexical element node as JSON: its type, its children, and whatever else Lexical keeps on it. */
export interface ElementNodeJson<Type extends string, Child> {
  type: Type;
  children: Child[];
  [key: string]: unknown;
}

export interface LinkNodeJson extends ElementNodeJson<'link' | 'autolink', InlineNodeJson> {
  url: string;
}
export type InlineNodeJson = TextNodeJson | LineBreakNodeJson | TabNodeJson | LinkNodeJson;

export type ParagraphNodeJson = ElementNodeJson<'paragraph', InlineNodeJson>;
export interface HeadingNodeJson extends ElementNodeJson<'heading', InlineNodeJson> {
  tag: (typeof HEADING_TAGS)[number];
}
export type QuoteNodeJson = ElementNodeJson<'quote', InlineNodeJson>;
export interface ListNodeJson extends ElementNodeJson<'list', ListItemNodeJson> {
  listType: (typeof LIST_TYPES)[number];
  start: number;
}
/** Text and, for nested lists, a list. */
export interface ListItemNodeJson extends ElementNodeJson<'listitem', InlineNodeJson | ListNodeJson | ParagraphNodeJson> {
  checked?: boolean | undefined;
}
export type TableNodeJson = ElementNodeJson<'table', TableRowNodeJson>;
export type TableRowNodeJson = ElementNodeJson<'tablerow', TableCellNodeJson>;
export interface TableCellNodeJson extends ElementNodeJson<'tablecell', BlockNodeJson> {
  /** Lexical's bit field: 0 none, 1 row header, 2 column header, 3 both. */
  headerState: number;
  colSpan?: number | undefined;
  rowSpan?: number | undefined;
}
export type BlockNodeJson = ParagraphNodeJson | HeadingNodeJson | QuoteNodeJson | ListNodeJson | TableNodeJson;

export type NotesNode =
  | BlockNodeJson
  | InlineNodeJson
  | ListItemNodeJson
  | TableRowNodeJson
  | TableCellNodeJson;

export interface NotesDocument {
  root: ElementNodeJson<'root', BlockNodeJson>;
}

/** The longest text run, and the most top-level blocks, one item's notes may have. */
export const NOTES_MAX_TEXT = 200_000;
export const NOTES_MAX_BLOCKS = 20_000;
const MAX_TEXT = NOTES_MAX_TEXT;

// Recursion uses getters (zod 4) rather than z.lazy so that every node stays a
// plain object schema and the unions can dispatch on `type` in one lookup;
// a plain z.union tries each member in turn, which made reading a large
// meeting ~30 times slower.

const textNode = z.looseObject({
  type: z.literal('text'),
  text: z.string().max(MAX_TEXT),
  format: z.number().int().min(0).max(2047),
});
const lineBreakNode = z.looseObject({ type: z.literal('linebreak') });
const tabNode = z.looseObject({ type: z.literal('tab'), text: z.string().max(10).optional() });

const linkNode = z.looseObject({
  type: z.enum(['link', 'autolink']),
  url: z.string().max(2000).refine(isSafeLinkUrl, 'Länken måste börja med http://, https:// eller mailto:.'),
  get children(): z.ZodArray<z.ZodType<InlineNodeJson>> {
    return z.array(inlineNode);
  },
});

const inlineNode = z.discriminatedUnion('type', [textNode, lineBreakNode, tabNode, linkNode]);

/** A node that is its type and its children and nothing of its own (paragraph, quote, table, table row). */
function childrenOnlyNode<Type extends string, Child extends z.ZodType>(type: Type, child: Child) {
  return z.looseObject({ type: z.literal(type), children: z.array(child) });
}

const paragraphNode = childrenOnlyNode('paragraph', inlineNode);
const headingNode = z.looseObject({
  type: z.literal('heading'),
  tag: z.enum(HEADING_TAGS),
  children: z.array(inlineNode),
});
const quoteNode = childrenOnlyNode('quote', inlineNode);

const listItemNode = z.looseObject({
  type: z.literal('listitem'),
  checked: z.boolean().optional(),
  get children(): z.ZodArray<z.ZodType<ListItemNodeJson['children'][number]>> {
    return z.array(z.discriminatedUnion('type', [textNode, lineBreakNode, tabNode, linkNode, listNode, paragraphNode]));
  },
});
const listNode = z.looseObject({
  type: z.literal('list'),
  listType: z.enum(LIST_TYPES),
  start: z.number().int(),
  get children(): z.ZodArray<z.ZodType<ListItemNodeJson>> {
    return z.array(listItemNode);
  },
});

const tableCellNode = z.looseObject({
  type: z.literal('tablecell'),
  headerState: z.number().int().min(0).max(3),
  colSpan: z.number().int().min(1).max(100).optional(),
  rowSpan: z.number().int().min(1).max(1000).optional(),
  get children(): z.ZodArray<z.ZodType<BlockNodeJson>> {
    return z.array(blockNode);
  },
});
const tableRowNode = childrenOnlyNode('tablerow', tableCellNode);
const tableNode = childrenOnlyNode('table', tableRowNode);

const blockNode = z.discriminatedUnion('type', [paragraphNode, headingNode, quoteNode, listNode, tableNode]);

const documentSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(blockNode).max(NOTES_MAX_BLOCKS),
  }),
});

/** The hand-written interfaces above are what the rest of the code uses; the
 * schema's inferred type is checked against them so the two cannot drift. */
export const notesDocumentSchema = documentSchema.transform((doc) =>
  sanitizeNotes(doc as unknown as NotesDocument),
) as unknown as z.ZodType<NotesDocument>;
type _SchemaMatches = z.infer<typeof documentSchema> extends NotesDocument ? true : never;
const _schemaMatches: _SchemaMatches = true;
void _schemaMatches;
