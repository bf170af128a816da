import { describe, expect, it } from 'vitest';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import { notesDocumentSchema } from '../../shared/notes/schema';
import {
  bold,
  bulletList,
  heading,
  italic,
  link,
  notes,
  numberedList,
  paragraph,
  quote,
  table,
} from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';

function editor() {
  return createNotesHeadlessEditor('test');
}

const sample = notes(
  heading(2, 'Det finns brister i vad som går att mäta'),
  paragraph('Vi kan mäta ', bold('kvantitet'), ' men nästan ingen ', italic('kvalitet'), '.'),
  bulletList('Behövs olika nivåer?', 'Glesbygden har andra utmaningar.'),
  numberedList('Första steget', 'Andra steget'),
  quote('Rättvisa är inte alltid att göra lika.'),
  table([
    ['Period', 'Aktivitet'],
    ['Hösten 2027', 'Inledande dialog'],
  ]),
  paragraph('Läs mer i ', link('https://example.se/plan', 'planen'), '.'),
);

describe('notes document', () => {
  it('built notes are accepted by the stored-notes schema', () => {
    expect(notesDocumentSchema.safeParse(sample).success).toBe(true);
  });

  it('loads into a headless Lexical editor and exports the same text and node kinds', () => {
    const e = editor();
    e.setEditorState(e.parseEditorState(JSON.stringify(sample)));
    const exported = e.getEditorState().toJSON();
    expect(notesDocumentSchema.safeParse(exported).success).toBe(true);
    const parsed = notesDocumentSchema.parse(exported);
    expect(notesToPlainText(parsed)).toBe(notesToPlainText(sample));
    expect(parsed.root.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'table', 'paragraph']);
  });

  it('refuses links that are not http, https or mailto', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>', ' JaVaScRiPt:alert(1)']) {
      const doc = notes(paragraph(link(url, 'klicka')));
      expect(notesDocumentSchema.safeParse(doc).success, url).toBe(false);
    }
    expect(notesDocumentSchema.safeParse(notes(paragraph(link('mailto:sekreterare@example.se', 'mejl')))).success).toBe(true);
  });

  it('refuses node kinds the editor does not have', () => {
    const doc = { root: { type: 'root', children: [{ type: 'image', src: 'file:///c:/x.png', children: [] }] } };
    expect(notesDocumentSchema.safeParse(doc).success).toBe(false);
  });

  it('gives plain text with one block a line', () => {
    expect(notesToPlainText(sample).split('\n')).toContain('Vi kan mäta kvantitet men nästan ingen kvalitet.');
  });
});
