import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AlignmentType, Document, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { readImportFile } from '../../../electron/services/import/read';
import { paragraphText, type SourceDocument, type SourceParagraph, type SourceTable } from '../../../shared/import/source';
import { sofficeConvert } from '../export-docx-support';

/**
 * Paragraphs of a PDF as the document had them: minutes written in Word
 * (with the docx package, Calibri 11 as most minutes are), printed to PDF by
 * LibreOffice, read back. The layouts are those of published minutes: a
 * roster table with one cell per side holding a paragraph per person, a
 * label table ("Närvarande | names | titles"), bullet lists of documents
 * with their addresses. All people and bodies are invented.
 */

const SIDE_KV = [
  'Kommunpolitiker',
  'Ebba Holmbäck (SD) (med på länk), Region Västerhav',
  'Maja Nordvik (S), Granhults kommun',
  'Tjänstepersoner',
  'Karin Malmsten, Bäckeby kommun, verksamhetschef',
];
const SIDE_RV = [
  'Regionpolitiker',
  'Carina Videhag (M) (från 13.15), Norrskogen',
  'Emil Falkenlind (KD), Kustregionen, andre vice ordförande',
  'Kristoffer Olsbäck (C), Norrskogen',
  'Tjänstepersoner',
  'Alva Videhag, Lerbergs kommun, strateg',
];
const NAMES = [
  'Lotta Dahlgård, adj. (med på länk)',
  'Johan Nordvik',
  'Mats Olsbäck, vice ordförande',
  'Annelie Malmsten',
  'Ulrika Fridhem, ordförande (efter 14.15, Nils Nordvik ersätter)',
  'Åsa Mossberg, sekreterare',
];
const TITLES = [
  'beredning, Region Västerhav',
  'medicinsk rådgivare, Kustregionen',
  'förbundsdirektör, Sjövikens kommun',
  'utvecklingsledare, Åsbygdens förbund',
  'förvaltningsdirektör, Norrskogen',
  'processledare, Dalbygdens kommunalförbund',
];
/** A title ending on a place name, then one without an organisation: no way to tell from the print where one ends. */
const UNPAIRED: readonly (readonly [name: string, title: string])[] = [
  ['Anna Ek', 'beredning, Region Västerhav'],
  ['Bo Ström', 'processledare'],
  ['Eva Lind', 'strateg, Lerbergs kommun'],
];
const DOCUMENT_ITEMS = [
  'Samverkansplan för perioden (https://samverkan.example.se/handlingar/17-8666.pdf)',
  '2020-12-27 Mötesanteckning ABU (https://samverkan.example.se/handlingar/2020/10-8776.pdf)',
  'Alla mötesanteckningar från arbetsgruppen – ABU (https://samverkan.example.se/handlingar/10-1818.pdf)',
];
const STANDPOINT =
  'Ställningstagande: Det politiska samrådsorganet PSK noterar informationen och ger tjänstepersonerna i uppdrag att bereda ärendet till nästa möte.';

function cell(paragraphs: readonly string[], width: number, options: { bold?: boolean; spaced?: boolean; bottom?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.bottom ? { verticalAlign: VerticalAlign.BOTTOM } : {}),
    children: paragraphs.map(
      (text) => new Paragraph({ spacing: { after: options.spaced ? 240 : 0 }, children: [new TextRun({ text, bold: options.bold === true })] }),
    ),
  });
}

function table(widths: readonly number[], rows: readonly TableCell[][]): Table {
  return new Table({ columnWidths: [...widths], rows: rows.map((children) => new TableRow({ children })) });
}

function labelTable(spaced: boolean): Table {
  const widths = [3100, 3000, 2926];
  return table(widths, [
    [cell(['Närvarande'], 3100, { bold: true }), cell(NAMES, 3000, { spaced }), cell(TITLES, 2926, { spaced })],
    [cell(['Datum:'], 3100, { bold: true }), cell(['28 augusti 2025'], 3000), cell([''], 2926)],
  ]);
}

function minutes(): Document {
  const heading = (text: string) => new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, size: 32 })] });
  return new Document({
    creator: 'Anteckna test',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    // Bullets at the margin with their text at the next tab stop, and bullets indented with a hanging indent.
    numbering: {
      config: [
        { reference: 'punkter', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
        {
          reference: 'punkter-indrag',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Mötesanteckning PSK', size: 56 })] }),
          new Paragraph('Kallade: Se lista.'),
          table(
            [4500, 4500],
            [
              [cell(['För kommunerna i Västerhav (KV)'], 4500, { bold: true }), cell(['För Region Västerhav (RV)'], 4500, { bold: true })],
              [cell(SIDE_KV, 4500), cell(SIDE_RV, 4500)],
            ],
          ),
          heading('Närvaro utan avstånd'),
          labelTable(false),
          heading('Närvaro med avstånd'),
          labelTable(true),
          new Paragraph({ children: [new PageBreak()] }),
          heading('Rubrik som bryts'),
          table(
            [2600, 6400],
            [
              [cell(['För kommunerna i Västerhav (KV)'], 2600, { bold: true, bottom: true }), cell(['För Region Västerhav (RV)'], 6400, { bold: true, bottom: true })],
              [cell(['Ledamöter'], 2600), cell(['Ledamöter'], 6400)],
              [cell(['Pernilla Ängdal, Lerbergs kommun'], 2600), cell(['Åsa Rydberg, Sjövikens kommun, beredning'], 6400)],
            ],
          ),
          heading('Närvaro som inte går att para ihop'),
          table(
            [3100, 3000, 2926],
            [[cell(['Närvarande'], 3100, { bold: true }), cell(UNPAIRED.map((p) => p[0]), 3000), cell(UNPAIRED.map((p) => p[1]), 2926)]],
          ),
          heading('5. Hälso- och sjukvårdsavtalet'),
          new Paragraph({ text: DOCUMENT_ITEMS[0], numbering: { reference: 'punkter', level: 0 } }),
          new Paragraph(STANDPOINT),
          ...DOCUMENT_ITEMS.slice(1).map((text) => new Paragraph({ text, numbering: { reference: 'punkter-indrag', level: 0 } })),
          new Paragraph('Dialogen med kommunerna fortsätter under våren.'),
        ],
      },
    ],
  });
}

let dir = '';
let doc: SourceDocument;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-pdf-layout-'));
  const docx = join(dir, 'PSK 2022-06-14.docx');
  await writeFile(docx, await Packer.toBuffer(minutes()));
  const [pdf] = await sofficeConvert([docx], 'pdf', dir);
  if (pdf === undefined) throw new Error('LibreOffice gav ingen PDF');
  doc = await readImportFile(new Uint8Array(await readFile(pdf)), 'PSK 2022-06-14.pdf');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function tables(): string[][][][] {
  return doc.blocks.filter((b): b is SourceTable => b.type === 'table').map((t) => t.rows.map((row) => row.map((c) => c.map(paragraphText))));
}

function paragraphs(): SourceParagraph[] {
  return doc.blocks.filter((b): b is SourceParagraph => b.type === 'paragraph');
}

/** Every paragraph of each column, top to bottom: how the recogniser reads a roster table. */
function columns(rows: readonly string[][][]): string[][] {
  const out: string[][] = [];
  for (const row of rows) row.forEach((c, i) => (out[i] = [...(out[i] ?? []), ...c]));
  return out;
}

describe('a PDF’s paragraphs come back as the document had them', () => {
  test('a roster table’s cells: a person or a group heading after a line that ended short starts its own paragraph, a wrapped name stays one', () => {
    const [roster] = tables();
    expect(columns(roster ?? [])).toEqual([
      ['För kommunerna i Västerhav (KV)', ...SIDE_KV],
      ['För Region Västerhav (RV)', ...SIDE_RV],
    ]);
  });

  test('a label table comes back as its rows, the names cell and the titles cell holding one paragraph per person, paired by position', () => {
    const [, tight, spaced] = tables();
    const expected = [
      [['Närvarande'], NAMES, TITLES],
      [['Datum:'], ['28 augusti 2025'], []],
    ];
    expect(tight).toEqual(expected);
    expect(spaced).toEqual(expected);
  });

  test('a label table whose titles cannot be told apart is handed over line by line, never paired wrongly', () => {
    expect(tables()[4]).toEqual(UNPAIRED.map(([name, title], i) => [i === 0 ? ['Närvarande'] : [], [name], [title]]));
  });

  test('a table heading that wrapped in its narrow first cell (the other cell aligned to the bottom) is one cell of the table', () => {
    const last = tables()[3];
    expect(last?.[0]).toEqual([['För kommunerna i Västerhav (KV)'], ['För Region Västerhav (RV)']]);
    expect(paragraphs().map(paragraphText)).not.toContain('För kommunerna i Västerhav');
  });

  test('list items: an address that wrapped stays in its item; the paragraph at the margin after the list is a paragraph of its own', () => {
    const texts = paragraphs().map((p) => ({ text: paragraphText(p), list: p.list !== null }));
    const start = texts.findIndex((p) => p.text === '5. Hälso- och sjukvårdsavtalet');
    expect(texts.slice(start + 1)).toEqual([
      { text: DOCUMENT_ITEMS[0], list: true },
      { text: STANDPOINT, list: false },
      ...DOCUMENT_ITEMS.slice(1).map((text) => ({ text, list: true })),
      { text: 'Dialogen med kommunerna fortsätter under våren.', list: false },
    ]);
  });
});
