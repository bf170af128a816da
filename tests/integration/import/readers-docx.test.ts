import { readFile, rm, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { headingLevel } from '../../../electron/services/import/docx';
import {
  allParagraphs,
  paragraphText,
  sourceDocumentSchema,
  type SourceDocument,
} from '../../../shared/import/source';
import { openApp } from '../app-support';
import { byText, tables } from './source-queries';
import { LINK, makeWordFiles, type ReaderFiles } from './make-files';

/** What the import's reader gives for real Word files, read through the handler table as the app reads them. */

let files: ReaderFiles;
beforeAll(async () => {
  files = await makeWordFiles();
});
afterAll(async () => {
  await rm(files.dir, { recursive: true, force: true });
});

async function read(path: string, fileName = 'Minnesanteckningar.docx'): Promise<SourceDocument> {
  const app = openApp();
  const doc = await app.ok('import:read', { fileName, contentBase64: (await readFile(path)).toString('base64') });
  expect(sourceDocumentSchema.safeParse(doc).success).toBe(true);
  return doc;
}

/** The list marker (or '-' for no list) and heading level of each named paragraph. */
function shapes(doc: SourceDocument, texts: readonly string[]): string[] {
  return texts.map((text) => {
    const p = byText(doc, text);
    return `${p.list ? `${p.list.ordered ? 'num' : 'punkt'}${p.list.level}:${p.list.marker}` : '-'} h${p.heading ?? '-'} ${text}`;
  });
}

function idsInReadingOrder(doc: SourceDocument): void {
  const ids: number[] = [];
  for (const block of doc.blocks) {
    ids.push(block.id);
    if (block.type === 'table') for (const row of block.rows) for (const cell of row) ids.push(...cell.map((p) => p.id));
  }
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(new Set(ids).size).toBe(ids.length);
}

describe('reading a .docx for import', () => {
  test('a file from the docx package: the title, the printed numbers of Word’s numbered headings, sub-items, bullets, bold, italic, link, line break and tab', async () => {
    const doc = await read(files.docxPackage, 'Styrgrupp 2024-11-25.docx');
    expect(doc).toMatchObject({ name: 'Styrgrupp 2024-11-25.docx', format: 'docx' });
    idsInReadingOrder(doc);
    const texts = doc.blocks.filter((b) => b.type === 'paragraph').map((p) => paragraphText(p));
    expect(texts.slice(0, 14)).toEqual([
      'Minnesanteckningar Styrgrupp Västra Dalen',
      'Datum: 2024-11-25',
      'Tid:\t13.00–15.30\nPlats: Stadshuset, sal 3',
      'Mötets öppnande',
      'Ordföranden hälsade alla välkomna. Viktigt att notera.',
      'Val av justerare',
      'Budget för nästa år',
      'Lokalfrågan',
      'Gruppen diskuterade:',
      'Första punkten i listan',
      'Andra punkten i listan',
      'Underlaget finns på regionens webbplats.',
      'Övriga frågor',
      'Stycke 0.0: gruppen gick igenom läget i verksamheten och kom överens om fortsatt arbete inför nästa möte.',
    ]);
    // The running header and the page number are not body text.
    expect(texts.some((t) => t.includes('Västra Dalen – minnesanteckningar'))).toBe(false);
    expect(shapes(doc, ['Minnesanteckningar Styrgrupp Västra Dalen', 'Mötets öppnande', 'Val av justerare', 'Budget för nästa år', 'Lokalfrågan', 'Första punkten i listan', 'Övriga frågor', 'Uppföljning del 1', 'Ekonomi del 2'])).toEqual([
      '- h0 Minnesanteckningar Styrgrupp Västra Dalen',
      'num0:1. h1 Mötets öppnande',
      'num0:2. h1 Val av justerare',
      'num1:a) h- Budget för nästa år',
      'num1:b) h- Lokalfrågan',
      'punkt0: h- Första punkten i listan',
      // A custom style named as Word in Swedish names its second heading level.
      '- h2 Övriga frågor',
      'num0:3. h1 Uppföljning del 1',
      'num0:6. h1 Ekonomi del 2',
    ]);
    // Sub-items count from a) again under each numbered heading.
    const subItems = allParagraphs(doc).filter((p) => p.list?.level === 1).map((p) => p.list?.marker);
    expect(subItems).toEqual(['a)', 'b)', 'a)', 'b)', 'a)', 'b)']);
    expect(byText(doc, 'Datum: 2024-11-25').runs).toEqual([
      { text: 'Datum:', bold: true, italic: false, href: null },
      { text: ' 2024-11-25', bold: false, italic: false, href: null },
    ]);
    expect(byText(doc, 'Ordföranden hälsade alla välkomna. Viktigt att notera.').runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Viktigt']);
    expect(byText(doc, 'Underlaget finns på regionens webbplats.').runs).toEqual([
      { text: 'Underlaget finns på ', bold: false, italic: false, href: null },
      { text: 'regionens webbplats', bold: false, italic: false, href: LINK },
      { text: '.', bold: false, italic: false, href: null },
    ]);
    expect(allParagraphs(doc).every((p) => p.page === null)).toBe(true);
  });

  test('the roster table keeps its rows and columns; a merged cell and an empty cell leave empty cells, not shifted ones', async () => {
    const doc = await read(files.docxPackage);
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Anna Ek (S), ordförande', 'Bo Ström (M)'],
        ['Eva Lind (C)', ''],
        ['Ersättare kallas vid behov', ''],
        ['Karl Berg (L)', 'Lisa Holm (V), vice ordförande'],
      ],
    ]);
  });

  test('a cell merged down two rows keeps the next row’s cells in their columns', async () => {
    const cell = (text: string, merge?: 'first' | 'next') =>
      new TableCell({
        children: [new Paragraph(text)],
        ...(merge === 'first' ? { verticalMerge: VerticalMergeType.RESTART } : merge === 'next' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
      });
    const word = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                new TableRow({ children: [cell('Region', 'first'), cell('Ada Ås (S)'), cell('Kommun')] }),
                new TableRow({ children: [cell('', 'next'), cell('Bert Berg (M)'), cell('Cilla Ek (C)')] }),
              ],
            }),
          ],
        },
      ],
    });
    const path = `${files.dir}/sammanslagen.docx`;
    await writeFile(path, await Packer.toBuffer(word));
    expect(tables(await read(path))).toEqual([
      [
        ['Region', 'Ada Ås (S)', 'Kommun'],
        ['', 'Bert Berg (M)', 'Cilla Ek (C)'],
      ],
    ]);
  });

  test('a file LibreOffice wrote from HTML: heading, bold label, line break, numbered list with lettered sub-list, bullet, table, link and italic', async () => {
    const doc = await read(files.docxLibre);
    idsInReadingOrder(doc);
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((p) => paragraphText(p))).toEqual([
      'Anteckningar Samverkansgruppen Norra Ås',
      'Datum: 23 november 2023\nTid: 13:00 – 16:00',
      'Närvarande',
      'Mötet öppnas',
      'Föregående anteckningar',
      'Uppföljning',
      'Beslut',
      'Information',
      'Punkt utan nummer',
      'Se rapporten och bilagan.',
    ]);
    expect(shapes(doc, ['Anteckningar Samverkansgruppen Norra Ås', 'Närvarande', 'Mötet öppnas', 'Föregående anteckningar', 'Uppföljning', 'Beslut', 'Information', 'Punkt utan nummer'])).toEqual([
      '- h1 Anteckningar Samverkansgruppen Norra Ås',
      // LibreOffice numbers headings with an empty number: no list.
      '- h2 Närvarande',
      'num0:1. h- Mötet öppnas',
      'num0:2. h- Föregående anteckningar',
      'num1:a. h- Uppföljning',
      'num1:b. h- Beslut',
      'num0:3. h- Information',
      'punkt0: h- Punkt utan nummer',
    ]);
    expect(byText(doc, 'Datum: 23 november 2023\nTid: 13:00 – 16:00').runs[0]).toEqual({ text: 'Datum:', bold: true, italic: false, href: null });
    const link = byText(doc, 'Se rapporten och bilagan.').runs;
    expect(link.find((r) => r.href !== null)).toEqual({ text: 'rapporten', bold: false, italic: false, href: LINK });
    expect(link.find((r) => r.italic)?.text).toBe('bilagan');
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Petra Sjö (S), ordförande', 'Olof Dahl (M)'],
        ['Nils Kvist (KD)', 'Maja Rask (S), vice ordförande'],
        ['Ida Falk, sekreterare', 'Vakant'],
      ],
    ]);
  });

  test('a file pandoc wrote from Markdown: a second numbered list starts at 1 again, table cells and an empty cell', async () => {
    const doc = await read(files.docxPandoc);
    idsInReadingOrder(doc);
    expect(shapes(doc, ['Protokoll Beredningsgruppen Södra Lid', 'Inledning', 'Rapporter', 'Ekonomi', 'Personal', 'Avslutning', 'Första', 'Ny början', 'Fortsättning'])).toEqual([
      '- h1 Protokoll Beredningsgruppen Södra Lid',
      'num0:1. h- Inledning',
      'num0:2. h- Rapporter',
      'num1:a. h- Ekonomi',
      'num1:b. h- Personal',
      'num0:3. h- Avslutning',
      'punkt0: h- Första',
      'num0:1. h- Ny början',
      'num0:2. h- Fortsättning',
    ]);
    expect(byText(doc, 'Text med kursiv stil och en länk.').runs.map((r) => [r.text, r.italic, r.href])).toEqual([
      ['Text med ', false, null],
      ['kursiv', true, null],
      [' stil och en ', false, null],
      ['länk', false, LINK],
      ['.', false, null],
    ]);
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Alva Norr (S)', 'Erik Söder (M)'],
        ['Sara Väst', ''],
      ],
    ]);
  });

  test('reading the same file twice gives the same numbers (the count belongs to one document)', async () => {
    const first = await read(files.docxPackage);
    const second = await read(files.docxPackage);
    expect(second).toEqual(first);
  });

  test('heading levels from the style names Word and LibreOffice write, in English and Swedish', () => {
    const levels = [
      ['Title', 'Title'],
      ['Rubrik', 'Rubrik'],
      ['Heading1', 'heading 1'],
      ['Rubrik1', 'heading 1'],
      ['Rubrik2', 'Rubrik 2'],
      ['Heading3', null],
      ['BodyText', 'Body Text'],
      ['Subtitle', 'Subtitle'],
      ['Rubrik1Char', 'Rubrik 1 Char'],
    ].map(([id, name]) => headingLevel(id, name));
    expect(levels).toEqual([0, 0, 1, 1, 2, 3, null, null, null]);
  });
});
