import {
  CHECK_LIST,
  HEADING,
  HIGHLIGHT,
  INLINE_CODE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  TEXT_FORMAT_TRANSFORMERS,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';

/**
 * What a meeting file's Markdown notes are read with: Lexical's transformers
 * limited to the node kinds of NOTES_NODES. Code blocks are left out (no
 * CodeNode); Lexical has no table transformer, so pipe tables are read by the
 * importer itself. Lexical applies the text formats in the order of its own
 * list, which is kept.
 */
export const NOTES_IMPORT_TRANSFORMERS: readonly Transformer[] = [
  HEADING,
  QUOTE,
  // Before the bullet list, which would otherwise take "- [x]".
  CHECK_LIST,
  UNORDERED_LIST,
  ORDERED_LIST,
  ...TEXT_FORMAT_TRANSFORMERS,
  LINK,
];

/**
 * What a meeting file may hold but typing in the editor does not make: check
 * lists (nothing in the editor ticks them), inline code and highlight (formats
 * the exports drop). Imported, check lists print with ☐/☑, code and
 * highlighted text as plain text.
 */
export const IMPORT_ONLY_TRANSFORMERS: readonly Transformer[] = [CHECK_LIST, INLINE_CODE, HIGHLIGHT];

/** The editor's Markdown shortcuts ("# ", "- ", "**fet**" …): the import set without the import-only ones. */
export const NOTES_SHORTCUT_TRANSFORMERS: readonly Transformer[] = NOTES_IMPORT_TRANSFORMERS.filter(
  (transformer) => !IMPORT_ONLY_TRANSFORMERS.includes(transformer),
);
