import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import type { DocBlock, DocInline } from '../../shared/document/model';
import {
  demoDocuments,
  expectedLines,
  missingInOrder,
  normalize,
  readText,
  sofficeConvert,
  zipParts,
  type DemoDocument,
} from './export-docx-support';
import { handMadeDraft } from '../unit/document-support';

// The DOCX export of every demo meeting, written to real files and read back
// by LibreOffice: all text in document order, Word's built-in styles, page
// numbers, Swedish language, document properties.

interface Rendered extends DemoDocument {
  bytes: Uint8Array;
  parts: Record<string, string>;
  text: string;
}

let dir: string;
const rendered: Rendered[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-docx-'));
  const demos = demoDocuments();
  const files: string[] = [];
  const bytes: Uint8Array[] = [];
  for (const [index, demo] of demos.entries()) {
    const docx = await renderMinutesDocx(demo.doc);
    const file = join(dir, `${index + 1} ${demo.doc.fileBaseName}.docx`);
    await writeFile(file, docx);
    files.push(file);
    bytes.push(docx);
  }
  const texts = await sofficeConvert(files, 'txt:Text', dir);
  for (const [index, demo] of demos.entries()) {
    const docx = bytes[index] as Uint8Array;
    rendered.push({ ...demo, bytes: docx, parts: zipParts(docx), text: await readText(texts[index] as string) });
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('DOCX of the demo meetings, read back by LibreOffice', () => {
  it('renders all three demo meetings (approved, draft, sent for review)', () => {
    expect(rendered.map((r) => r.meeting.status).sort()).toEqual(['approved', 'draft', 'review']);
    for (const r of rendered) expect(r.bytes.length).toBeGreaterThan(5_000);
  });

  it('holds every line of the document model, in document order', () => {
    for (const r of rendered) {
      const lines = expectedLines(r.doc);
      expect(lines.length).toBeGreaterThan(40);
      expect(missingInOrder(r.text, lines), r.doc.fileBaseName).toEqual([]);
    }
  });

  it('holds every heading, called person, type line, standpoint, note paragraph and task of the meeting', () => {
    for (const r of rendered) {
      const text = normalize(r.text);
      const contains = (what: string, value: string) => expect(text, `${r.doc.fileBaseName}: ${what}`).toContain(normalize(value));
      contains('titel', r.doc.title);
      contains('undertitel', r.doc.subtitle);
      for (const person of r.meeting.calledPersons) if (!person.vacant && person.name.trim()) contains('kallad', person.name.trim());
      for (const item of r.meeting.agenda) {
        contains('punkt', item.title.trim());
        for (const line of item.standpoint.split('\n')) if (line.trim()) contains('ställningstagande', line.trim());
      }
      for (const task of r.meeting.tasks) contains('uppdrag', task.what.trim());
    }
    // Between them the demo meetings use every paragraph role the exporter styles (and all are in order, above).
    const roles = new Set(rendered.flatMap((r) => r.doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.role] : []))));
    expect([...roles].sort()).toEqual(['field', 'normal', 'person', 'presenters', 'signature', 'standpoint', 'typeLine']);
  });

  it("uses Word's built-in styles, list numbering, a table style, bookmarks and hyperlinks", () => {
    for (const r of rendered) {
      const body = r.parts['word/document.xml'] ?? '';
      const styles = r.parts['word/styles.xml'] ?? '';
      const used = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'AntecknaField', 'AntecknaTypeLine', 'AntecknaSignature'];
      if (r.meeting.agenda.some((item) => item.standpoint.trim() !== '')) used.push('AntecknaStandpoint');
      for (const id of used) {
        expect(body, id).toContain(`<w:pStyle w:val="${id}"/>`);
        expect(styles, id).toContain(`w:styleId="${id}"`);
      }
      expect(styles).toMatch(/w:styleId="Heading1"><w:name w:val="heading 1"\/>/);
      expect(styles).toMatch(/w:styleId="AntecknaStandpoint">.*?<w:i\/>.*?<\/w:style>/);
      expect(styles).toContain('<w:name w:val="Table Grid"/>');
      expect(body).toContain('<w:numPr>');
      const numbering = r.parts['word/numbering.xml'] ?? '';
      expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
      expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
      // Every agenda item is a Word bookmark.
      const anchors = r.doc.blocks.flatMap((b) => (b.kind === 'heading' && b.anchor !== null ? [b.anchor] : []));
      const bookmarks = [...body.matchAll(/<w:bookmarkStart w:name="([^"]+)"/g)].map((m) => m[1]);
      expect(bookmarks.length).toBe(anchors.length);
      for (const name of bookmarks) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
      expect(bookmarks).toContain('punkt_1');
      // Links open outside the document.
      const rels = r.parts['word/_rels/document.xml.rels'] ?? '';
      const links = r.doc.blocks.flatMap(linksOf);
      for (const url of links) expect(rels).toContain(`Target="${url.replace(/&/g, '&amp;')}" TargetMode="External"`);
      if (links.length > 0) expect(body).toContain('<w:rStyle w:val="Hyperlink"/>');
    }
    expect(rendered.some((r) => (r.parts['word/document.xml'] ?? '').includes('<w:tblStyle w:val="TableGrid"/>'))).toBe(true);
  });

  it('has "Sida X av Y" in the footer, and the draft marker in the header until approved', () => {
    for (const r of rendered) {
      const footers = Object.entries(r.parts).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
      expect(footers.length).toBe(1);
      const footer = footers[0]?.[1] ?? '';
      expect(footer).toMatch(/Sida .*PAGE.* av .*NUMPAGES/);
      const headers = Object.entries(r.parts).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
      if (r.doc.draftMarker === null) {
        expect(r.meeting.status).toBe('approved');
        expect(headers).toEqual([]);
      } else {
        expect(headers.length).toBe(1);
        expect(headers[0]?.[1]).toContain(r.doc.draftMarker);
      }
    }
  });

  it('sets title, author, subject, keywords and Swedish as the language', () => {
    for (const r of rendered) {
      const core = r.parts['docProps/core.xml'] ?? '';
      expect(core).toContain(`<dc:title>${r.doc.title}</dc:title>`);
      expect(core).toContain(`<dc:creator>${r.doc.author}</dc:creator>`);
      expect(r.doc.author.length).toBeGreaterThan(0);
      expect(core).toContain(`<dc:subject>${r.doc.subject}</dc:subject>`);
      expect(core).toContain(`<cp:keywords>${r.doc.subject}</cp:keywords>`);
      expect(core).toContain('<dc:language>sv-SE</dc:language>');
      expect(core).toMatch(/<dcterms:modified xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/dcterms:modified>/);
      const styles = r.parts['word/styles.xml'] ?? '';
      expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="sv-SE"[^>]*\/>.*<\/w:rPrDefault>/);
      expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Calibri"/);
    }
  });
});

function linksOf(block: DocBlock): string[] {
  const inline = (nodes: readonly DocInline[]): string[] => nodes.flatMap((n) => (n.kind === 'link' ? [n.url] : []));
  switch (block.kind) {
    case 'list':
      return block.items.flatMap((item) => [...inline(item.children), ...(item.sublist ? linksOf(item.sublist) : [])]);
    case 'paragraph':
    case 'quote':
    case 'heading':
      return inline(block.children);
    case 'table':
      return block.rows.flatMap((row) => row.flatMap((cell) => cell.blocks.flatMap(linksOf)));
  }
}

describe('DOCX of a hand-made document', () => {
  const header = { subtitle: 'Testorganet för <allt> & "mer"', author: 'Sekreterare Testsson' };
  const doc = handMadeDraft(
    'TST',
    '2026-12-03',
    [
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: '1. Öppnande' }], anchor: 'punkt-1' },
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: '1. Dubblett' }], anchor: 'punkt 1' },
      {
        kind: 'paragraph',
        role: 'normal',
        children: [
          { kind: 'text', text: 'Se ' },
          { kind: 'link', url: '#punkt-1', children: [{ kind: 'text', text: 'punkt 1' }] },
          { kind: 'text', text: ' och\tflik' },
          { kind: 'break' },
          { kind: 'text', text: 'rad två\u0007 ' },
          { kind: 'link', url: 'https://example.org/a?b=1&c=2', children: [{ kind: 'text', text: 'extern', bold: true }] },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [
          {
            children: [{ kind: 'text', text: 'ett' }],
            sublist: { kind: 'list', ordered: false, items: [{ children: [{ kind: 'text', text: 'under' }], sublist: null }] },
          },
          { children: [{ kind: 'text', text: 'två' }], sublist: null },
        ],
      },
      {
        kind: 'table',
        rows: [
          [
            { header: true, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Kolumn A' }] }] },
            { header: true, blocks: [] },
          ],
          [{ header: false, blocks: [{ kind: 'quote', children: [{ kind: 'text', text: 'citat i cell' }] }] }],
        ],
      },
    ],
    header,
  );

  it('escapes text, names duplicate anchors apart, links internally, marks header rows bold and pads rows', async () => {
    const parts = zipParts(await renderMinutesDocx(doc, { now: new Date('2026-12-03T14:00:00Z') }));
    const body = parts['word/document.xml'] ?? '';
    expect(body).toContain('Testorganet för &lt;allt&gt; &amp;');
    expect(body).not.toContain('\u0007');
    expect(body).toContain('<w:bookmarkStart w:name="punkt_1"');
    expect(body).toContain('<w:bookmarkStart w:name="punkt_1_2"');
    expect(body).toMatch(/<w:hyperlink [^>]*w:anchor="punkt_1"/);
    expect(body).toContain('<w:tab/>');
    expect(body).toContain('<w:br/>');
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toMatch(/<w:b\/>.*Kolumn A/);
    // Two cells in every row: the short row is padded.
    expect(body.match(/<w:tc>/g)?.length).toBe(4);
    expect(body).toContain('<w:pStyle w:val="Quote"/>');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"');
    expect(parts['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T14:00:00Z</dcterms:created>');
    expect(parts['docProps/core.xml']).toContain('<cp:contentStatus>UTKAST – ej justerad</cp:contentStatus>');
    // Each list is its own numbering instance, so ordered lists start at 1.
    expect(new Set([...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])).size).toBe(2);
  });
});
