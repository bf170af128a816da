import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor, type TextNode } from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import {
  $readToolbarState,
  INITIAL_TOOLBAR_STATE,
  sameToolbarState,
  setBlock,
  type ToolbarState,
} from '../../renderer/notes/toolbar/toolbarState';

/** Notes with one of each block, the caret put in the text node named `at`. */
function editorWithCaretIn(at: string): LexicalEditor {
  const editor = createNotesHeadlessEditor('test');
  editor.update(
    () => {
      const texts = new Map<string, TextNode>();
      const named = (text: string) => {
        const node = $createTextNode(text);
        texts.set(text, node);
        return node;
      };
      const nested = $createListNode('number').append($createListItemNode().append(named('inre numrerad')));
      const table = $createTableNodeWithDimensions(1, 1, false);
      table.getFirstDescendant()?.getParentOrThrow().append(named('i tabellen'));
      $getRoot()
        .clear()
        .append(
          $createParagraphNode().append(named('stycke'), named('fet').toggleFormat('bold').toggleFormat('underline')),
          $createHeadingNode('h3').append(named('rubrik')),
          $createQuoteNode().append(named('citat')),
          $createListNode('bullet').append($createListItemNode().append(named('punkt')), $createListItemNode().append(nested)),
          $createParagraphNode().append($createLinkNode('https://example.se').append(named('länk'))),
          table,
        );
      const caretIn = texts.get(at);
      // In the browser, putting the caret in text gives the selection that text's format.
      if (caretIn) caretIn.select(1, 1).format = caretIn.getFormat();
    },
    { discrete: true },
  );
  return editor;
}

function stateAt(at: string): ToolbarState {
  return editorWithCaretIn(at).getEditorState().read($readToolbarState);
}

describe('the toolbar’s pressed states follow the caret', () => {
  it('names the block the caret is in', () => {
    expect(stateAt('stycke').block).toBe('paragraph');
    expect(stateAt('rubrik').block).toBe('heading');
    expect(stateAt('citat').block).toBe('quote');
    expect(stateAt('punkt').block).toBe('bullet');
  });

  it('in a numbered list inside a bullet list, the nearest list decides', () => {
    expect(stateAt('inre numrerad').block).toBe('number');
  });

  it('shows the formats, a link and a table cell under the caret', () => {
    expect(stateAt('fet')).toMatchObject({ bold: true, italic: false, underline: true, link: false, inTable: false });
    expect(stateAt('länk')).toMatchObject({ link: true, bold: false });
    expect(stateAt('i tabellen')).toMatchObject({ inTable: true });
  });

  it('without a caret in the notes, nothing is pressed', () => {
    const editor = editorWithCaretIn('ingen');
    expect(editor.getEditorState().read($readToolbarState)).toEqual(INITIAL_TOOLBAR_STATE);
  });

  it('compares every field, so one changed format re-renders the toolbar', () => {
    for (const key of Object.keys(INITIAL_TOOLBAR_STATE) as (keyof ToolbarState)[]) {
      const changed = { ...INITIAL_TOOLBAR_STATE, [key]: key === 'block' ? 'quote' : true };
      expect(sameToolbarState(INITIAL_TOOLBAR_STATE, changed), key).toBe(false);
    }
    expect(sameToolbarState(INITIAL_TOOLBAR_STATE, { ...INITIAL_TOOLBAR_STATE })).toBe(true);
  });
});

describe('"Rubrik" and "Citat"', () => {
  it('make a paragraph a sub-heading (h3) or a quote, and a second press makes it a paragraph again', async () => {
    const editor = editorWithCaretIn('stycke');
    const settled = () => new Promise<ToolbarState>((resolve) => editor.update(() => resolve($readToolbarState())));
    setBlock(editor, 'heading', false);
    expect((await settled()).block).toBe('heading');
    expect(editor.getEditorState().read(() => $getRoot().getFirstChildOrThrow().getType())).toBe('heading');
    expect(editor.getEditorState().toJSON().root.children[0]).toMatchObject({ tag: 'h3' });
    setBlock(editor, 'heading', true);
    expect((await settled()).block).toBe('paragraph');
    setBlock(editor, 'quote', false);
    expect((await settled()).block).toBe('quote');
  });
});
