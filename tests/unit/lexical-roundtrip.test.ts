import { describe, expect, it } from 'vitest';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  type SerializedLexicalNode,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createAutoLinkNode, $createLinkNode } from '@lexical/link';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import { notesDocumentSchema } from '../../shared/notes/schema';
import { link, notes, paragraph, text } from '../../shared/notes/build';

/** A headless editor with exactly the node list the app's notes editor registers. */
function appEditor() {
  return createNotesHeadlessEditor('test');
}

/** Notes with every node kind and format the editor keeps, made by Lexical itself. */
function storedJson(): string {
  const editor = appEditor();
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const formatted = $createParagraphNode().append(
        $createTextNode('fet').toggleFormat('bold'),
        $createTextNode(' '),
        $createTextNode('kursiv').toggleFormat('italic'),
        $createTextNode(' '),
        $createTextNode('understruken').toggleFormat('underline'),
        $createTextNode(' '),
        $createTextNode('allt').toggleFormat('bold').toggleFormat('italic').toggleFormat('underline'),
        $createLineBreakNode(),
        $createTabNode(),
        $createTextNode('efter tab'),
      );
      const nestedItem = $createListItemNode().append(
        $createListNode('bullet').append($createListItemNode().append($createTextNode('inre punkt'))),
      );
      const bullets = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('yttre punkt')),
        nestedItem,
      );
      const numbers = $createListNode('number', 3).append(
        $createListItemNode().append($createTextNode('tre')),
        $createListItemNode().append($createTextNode('fyra')),
      );
      const links = $createParagraphNode().append(
        $createTextNode('Se '),
        $createLinkNode('https://example.se/plan').append($createTextNode('planen')),
        $createTextNode(' eller '),
        $createAutoLinkNode('mailto:sekreterare@example.se').append($createTextNode('sekreterare@example.se')),
      );
      const table = $createTableNodeWithDimensions(3, 3, { rows: true, columns: false });
      root.append(
        $createHeadingNode('h1').append($createTextNode('Rubrik ett')),
        $createHeadingNode('h2').append($createTextNode('Rubrik två')),
        $createHeadingNode('h3').append($createTextNode('Rubrik tre')),
        formatted,
        $createQuoteNode().append($createTextNode('Ett citat.')),
        bullets,
        numbers,
        links,
        table,
        $createParagraphNode(),
      );
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

function kinds(node: SerializedLexicalNode & { children?: SerializedLexicalNode[] }, out = new Set<string>()): Set<string> {
  const extra = node as unknown as { tag?: string; listType?: string; headerState?: number };
  out.add(node.type);
  if (node.type === 'heading' && extra.tag) out.add(`heading:${extra.tag}`);
  if (node.type === 'list' && extra.listType) out.add(`list:${extra.listType}`);
  if (node.type === 'tablecell' && extra.headerState) out.add('tablecell:header');
  for (const child of node.children ?? []) kinds(child as SerializedLexicalNode & { children?: SerializedLexicalNode[] }, out);
  return out;
}

describe('notes JSON round trip through the app’s node list', () => {
  const stored = storedJson();
  const parsed = JSON.parse(stored) as { root: SerializedLexicalNode & { children: SerializedLexicalNode[] } };

  it('covers every node kind and format the notes keep', () => {
    const found = kinds(parsed.root);
    for (const kind of [
      'paragraph',
      'heading:h1',
      'heading:h2',
      'heading:h3',
      'quote',
      'list:bullet',
      'list:number',
      'listitem',
      'link',
      'autolink',
      'table',
      'tablerow',
      'tablecell',
      'tablecell:header',
      'text',
      'linebreak',
      'tab',
    ]) {
      expect(found, kind).toContain(kind);
    }
    const formats = JSON.stringify(parsed).match(/"format":(\d+)/g) ?? [];
    // bold 1, italic 2, underline 8, all three 11.
    for (const f of ['"format":1', '"format":2', '"format":8', '"format":11']) expect(formats).toContain(f);
  });

  it('is accepted by the stored-notes schema', () => {
    expect(notesDocumentSchema.safeParse(parsed).success).toBe(true);
  });

  it('loads into a fresh editor and exports exactly the same JSON', () => {
    const editor = appEditor();
    editor.setEditorState(editor.parseEditorState(stored));
    expect(editor.getEditorState().toJSON()).toEqual(parsed);
    // And once more: a second round trip is stable too.
    const again = appEditor();
    again.setEditorState(again.parseEditorState(JSON.stringify(editor.getEditorState().toJSON())));
    expect(again.getEditorState().toJSON()).toEqual(parsed);
  });

  it('keeps the nesting of lists and the header row of tables', () => {
    const editor = appEditor();
    editor.setEditorState(editor.parseEditorState(stored));
    const json = editor.getEditorState().toJSON() as unknown as {
      root: { children: { type: string; children?: { children?: { type: string; headerState?: number }[] }[] }[] };
    };
    const bullet = json.root.children[5];
    expect(bullet?.type).toBe('list');
    expect(bullet?.children?.[1]?.children?.[0]?.type).toBe('list');
    const table = json.root.children[8];
    expect(table?.type).toBe('table');
    expect(table?.children?.[0]?.children?.every((c) => c.headerState === 1)).toBe(true);
    expect(table?.children?.[1]?.children?.every((c) => c.headerState === 0)).toBe(true);
  });
});

describe('notes keep only what the editor writes', () => {
  const stored = JSON.parse(storedJson()) as unknown;

  it("leaves the editor's own JSON exactly as it is", () => {
    const parsed = notesDocumentSchema.parse(stored);
    const editor = appEditor();
    editor.setEditorState(editor.parseEditorState(JSON.stringify(parsed)));
    expect(editor.getEditorState().toJSON()).toEqual(stored);
  });

  it('drops CSS, link targets and titles, cell colours and unknown fields, keeping every word', () => {
    const hostileLink = {
      ...link('https://example.org/', 'här'),
      target: '_blank',
      rel: 'opener',
      title: 'Falsk titel',
      style: 'position:fixed',
      children: [{ ...text('här', 'bold'), style: 'font-size:999px' }],
    };
    const hostileParagraph = {
      ...paragraph({ ...text('Klicka'), style: 'position:fixed;inset:0;z-index:9999' }, hostileLink),
      direction: 'ltr',
      format: 'center; position:fixed',
      indent: 9999,
      textStyle: 'position:fixed;inset:0',
    };
    const colouredCell = { type: 'tablecell', version: 1, headerState: 0, backgroundColor: 'url(javascript:1)', width: 1e9, children: [] };
    const hostileTable = { type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [colouredCell] }] };
    const hostile = { root: { ...notes().root, onload: 'x', children: [hostileParagraph, hostileTable] } };
    const clean = JSON.stringify(notesDocumentSchema.parse(hostile));
    expect(clean).not.toMatch(/position|inset|z-index|font-size|_blank|opener|Falsk titel|javascript|onload|1000000000/);
    expect(clean).toContain('"text":"Klicka"');
    expect(clean).toContain('"text":"här"');
    expect(clean).toContain('"indent":10');
    expect(clean).toContain('"format":""');
    // And the editor loads it.
    const editor = appEditor();
    editor.setEditorState(editor.parseEditorState(clean));
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('Klicka');
  });
});
