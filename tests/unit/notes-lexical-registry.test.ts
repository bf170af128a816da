import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import {
  $convertFromMarkdownString,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  TEXT_FORMAT_TRANSFORMERS,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { NOTES_IMPORT_TRANSFORMERS, NOTES_SHORTCUT_TRANSFORMERS } from '../../shared/notes/lexical/markdown';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import type { NotesDocument } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';

function convert(markdown: string, transformers: readonly Transformer[]): NotesDocument {
  const editor = createNotesHeadlessEditor('test');
  editor.update(() => $convertFromMarkdownString(markdown, [...transformers]), { discrete: true });
  return editor.getEditorState().toJSON() as unknown as NotesDocument;
}

describe('the notes Markdown transformers (one registry for the editor and the importer)', () => {
  it('the editor types headings, quotes, lists, bold, italic, strikethrough and links', () => {
    expect(NOTES_SHORTCUT_TRANSFORMERS).toEqual([
      HEADING,
      QUOTE,
      UNORDERED_LIST,
      ORDERED_LIST,
      BOLD_ITALIC_STAR,
      BOLD_ITALIC_UNDERSCORE,
      BOLD_STAR,
      BOLD_UNDERSCORE,
      ITALIC_STAR,
      ITALIC_UNDERSCORE,
      STRIKETHROUGH,
      LINK,
    ]);
  });

  it('a meeting file is read with check lists and every text format too, in Lexical’s order', () => {
    expect(NOTES_IMPORT_TRANSFORMERS).toEqual([HEADING, QUOTE, CHECK_LIST, UNORDERED_LIST, ORDERED_LIST, ...TEXT_FORMAT_TRANSFORMERS, LINK]);
  });

  it('"- [x]" is a ticked check list in a file, and a bullet with its brackets as typed', () => {
    const imported = convert('- [x] klart', NOTES_IMPORT_TRANSFORMERS).root.children[0];
    expect(imported).toMatchObject({ type: 'list', listType: 'check' });
    const typed = convert('- [x] klart', NOTES_SHORTCUT_TRANSFORMERS);
    expect(typed.root.children[0]).toMatchObject({ type: 'list', listType: 'bullet' });
    expect(notesToPlainText(typed)).toContain('[x] klart');
  });

  it('backticks stay characters in the editor', () => {
    expect(notesToPlainText(convert('se `kod` här', NOTES_SHORTCUT_TRANSFORMERS))).toContain('`kod`');
    expect(notesToPlainText(convert('se `kod` här', NOTES_IMPORT_TRANSFORMERS))).not.toContain('`');
  });
});

describe('the lint zone of the Lexical registry', () => {
  const eslint = new ESLint({
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    overrideConfigFile: 'build/eslint.config.mjs',
  });
  async function messages(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? ''}: ${m.message}`);
  }
  const LEXICAL = "import { ParagraphNode } from 'lexical';\nimport { HeadingNode } from '@lexical/rich-text';\nexport const nodes = [ParagraphNode, HeadingNode];\n";

  it('shared/notes/lexical/ may import Lexical’s core', async () => {
    expect(await messages('shared/notes/lexical/probe.ts', LEXICAL)).toEqual([]);
  });

  it('the rest of shared/ may not', async () => {
    const found = await messages('shared/notes/probe.ts', LEXICAL);
    expect(found).toHaveLength(2);
    expect(found.every((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('not even the registry may import Lexical’s React bindings, Node or the other layers', async () => {
    const code = [
      "import { LexicalComposer } from '@lexical/react/LexicalComposer';",
      "import { readFileSync } from 'node:fs';",
      "import { NOTES_THEME } from '../../../renderer/notes/config';",
      "import React from 'react';",
      'export const all = [LexicalComposer, readFileSync, NOTES_THEME, React];',
      '',
    ].join('\n');
    const found = await messages('shared/notes/lexical/probe.ts', code);
    expect(found).toHaveLength(4);
    expect(found.every((m) => m.startsWith('no-restricted-imports'))).toBe(true);
  });
});
