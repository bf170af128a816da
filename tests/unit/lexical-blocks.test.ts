import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { $createLinkNode } from '@lexical/link';
import { createEmptyHistoryState } from '@lexical/react/LexicalHistoryPlugin';
import { registerHistory } from '@lexical/history';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import { $buildSlashBlock, $placeSlashBlock, filterSlashBlocks, SLASH_BLOCKS, type SlashBlockId } from '../../renderer/notes/blocks';
import { $filterPastedNodes } from '../../renderer/notes/pasteClean';
import { trimHistory } from '../../renderer/notes/BoundedHistoryPlugin';
import { notesDocumentSchema } from '../../shared/notes/schema';

function appEditor() {
  return createNotesHeadlessEditor('test');
}

interface J {
  type: string;
  text?: string;
  format?: number;
  tag?: string;
  listType?: string;
  headerState?: number;
  url?: string;
  style?: string;
  children?: J[];
}

const FORMAL = 'Det politiska samrådsorganet PSN';

/** The root's children after a slash block replaced the paragraph the "/" was typed in. */
function built(id: SlashBlockId, before: string[] = []): { children: J[]; caret: string } {
  const editor = appEditor();
  let caret = '';
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      for (const text of before) root.append($createParagraphNode().append($createTextNode(text)));
      const empty = $createParagraphNode();
      root.append(empty);
      $placeSlashBlock(empty, $buildSlashBlock(id, { formalName: FORMAL }));
      const selection = $getSelection();
      // The caret's node and its ancestors, innermost first ("listitem list root").
      caret = $isRangeSelection(selection)
        ? [selection.anchor.getNode(), ...selection.anchor.getNode().getParents()].map((n) => n.getType()).join(' ')
        : '';
    },
    { discrete: true },
  );
  const json = editor.getEditorState().toJSON();
  expect(notesDocumentSchema.safeParse(json).success, id).toBe(true);
  return { children: (json.root as unknown as J).children ?? [], caret };
}

describe('slash-menu blocks', () => {
  it('"Inspel": a bold paragraph "Inspel" and a bullet list, caret in the list', () => {
    const { children, caret } = built('inspel', ['Före']);
    expect(children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'list']);
    expect(children[1]?.children?.[0]).toMatchObject({ type: 'text', text: 'Inspel', format: 1 });
    expect(children[2]).toMatchObject({ listType: 'bullet' });
    expect(children[2]?.children).toHaveLength(1);
    expect(caret).toMatch(/^listitem list root$/);
  });

  it('"Frågor och svar": "Fråga: " and "Svar: " with bold labels', () => {
    const { children } = built('fragor');
    expect(children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
    expect(children[0]?.children).toMatchObject([{ text: 'Fråga:', format: 1 }, { text: ' ', format: 0 }]);
    expect(children[1]?.children).toMatchObject([{ text: 'Svar:', format: 1 }, { text: ' ', format: 0 }]);
  });

  it('"Beslutspunkter": the formal name + " beslutar att" and a numbered list', () => {
    const { children, caret } = built('beslutspunkter');
    expect(children[0]?.children?.[0]?.text).toBe(`${FORMAL} beslutar att`);
    expect(children[1]).toMatchObject({ type: 'list', listType: 'number' });
    expect(caret).toMatch(/^listitem list root$/);
  });

  it('"Beslutspunkter" without a formal name leaves a visible gap', () => {
    const editor = appEditor();
    editor.update(
      () => {
        const p = $createParagraphNode();
        $getRoot().clear().append(p);
        $placeSlashBlock(p, $buildSlashBlock('beslutspunkter', { formalName: ' ' }));
      },
      { discrete: true },
    );
    expect(JSON.stringify(editor.getEditorState().toJSON())).toContain('[organets formella namn] beslutar att');
  });

  it('"Tabell": 3 × 3 with a header row, then a paragraph to write on', () => {
    const { children, caret } = built('tabell');
    expect(children.map((c) => c.type)).toEqual(['table', 'paragraph']);
    const rows = children[0]?.children ?? [];
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.children?.length === 3)).toBe(true);
    expect(rows[0]?.children?.every((c) => c.headerState === 1)).toBe(true);
    expect(rows[1]?.children?.every((c) => c.headerState === 0)).toBe(true);
    expect(caret).toMatch(/^(text )?paragraph tablecell tablerow table root$/);
  });

  it('Rubrik, Punktlista, Numrerad lista and Citat', () => {
    expect(built('rubrik').children).toMatchObject([{ type: 'heading', tag: 'h3' }]);
    expect(built('punktlista').children).toMatchObject([{ type: 'list', listType: 'bullet' }]);
    expect(built('numrerad').children).toMatchObject([{ type: 'list', listType: 'number' }]);
    expect(built('citat').children).toMatchObject([{ type: 'quote' }]);
  });

  it('filters by typing, on label and keywords, in Swedish', () => {
    expect(filterSlashBlocks('').map((b) => b.id)).toEqual(SLASH_BLOCKS.map((b) => b.id));
    expect(filterSlashBlocks('insp').map((b) => b.label)).toEqual(['Inspel']);
    expect(filterSlashBlocks('FRÅG').map((b) => b.label)).toEqual(['Frågor och svar']);
    expect(filterSlashBlocks('lista').map((b) => b.label)).toEqual(['Punktlista', 'Numrerad lista']);
    expect(filterSlashBlocks('beslut').map((b) => b.label)).toEqual(['Beslutspunkter']);
    expect(filterSlashBlocks('xyz')).toEqual([]);
  });
});

describe('pasted nodes are limited to what the notes keep', () => {
  it('keeps bold/italic/underline, drops code, styles and unsafe links', () => {
    const editor = appEditor();
    editor.update(
      () => {
        const styled = $createTextNode('röd kod').toggleFormat('code').toggleFormat('bold');
        styled.setStyle('color: red; font-family: Comic Sans');
        const unsafe = $createLinkNode('javascript:alert(1)').append($createTextNode('klicka'));
        const fileLink = $createLinkNode('file:///c:/hemligt.docx').append($createTextNode('fil'));
        const safe = $createLinkNode('https://example.se', { target: '_blank', title: 'x' }).append($createTextNode('webb'));
        const p = $createParagraphNode().append(styled, unsafe, fileLink, safe);
        p.setFormat('center');
        const cleaned = $filterPastedNodes([p]);
        $getRoot().clear().append(...cleaned);
      },
      { discrete: true },
    );
    const json = editor.getEditorState().toJSON() as unknown as { root: J };
    expect(notesDocumentSchema.safeParse(json).success).toBe(true);
    const p = json.root.children?.[0];
    expect(p).toMatchObject({ type: 'paragraph', format: '' });
    const [text, ...rest] = p?.children ?? [];
    expect(text).toMatchObject({ type: 'text', text: 'röd kod', format: 1, style: '' });
    // The unsafe links became plain text (merged by Lexical into one text node).
    expect(rest.map((n) => n.type)).toEqual(['text', 'link']);
    expect(rest[0]).toMatchObject({ text: 'klickafil', format: 0 });
    expect(rest[1]).toMatchObject({ url: 'https://example.se', target: null, title: null });
    expect(JSON.stringify(json)).not.toMatch(/javascript:|file:/);
  });
});

describe('bounded undo history', () => {
  it('keeps at most the cap of undo entries, and undo still works', () => {
    const editor = appEditor();
    const state = createEmptyHistoryState();
    let now = 0;
    // Each change 10 s apart, so none merge into the one before.
    const stop = registerHistory(editor, state, 300, () => (now += 10_000));
    const trim = editor.registerUpdateListener(() => void trimHistory(state, 25));
    for (let i = 0; i < 60; i += 1) {
      editor.update(
        () => {
          $getRoot().clear().append($createParagraphNode().append($createTextNode(`version ${i}`)));
        },
        { discrete: true },
      );
    }
    expect(state.undoStack.length).toBeLessThanOrEqual(25);
    expect(state.undoStack.length).toBeGreaterThan(20);
    stop();
    trim();
  });

  it('trimHistory drops the oldest entries', () => {
    const state = createEmptyHistoryState();
    const editor = appEditor();
    const entries = Array.from({ length: 5 }, () => ({ editor, editorState: editor.getEditorState() }));
    state.undoStack.push(...entries);
    expect(trimHistory(state, 3)).toBe(true);
    expect(state.undoStack).toEqual(entries.slice(2));
    expect(trimHistory(state, 3)).toBe(false);
  });
});
