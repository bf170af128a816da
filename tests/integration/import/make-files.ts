import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { sofficeConvert } from '../export-docx-support';

/**
 * Real Word and PDF files for the reader tests, written the ways a
 * secretary's files are: with the `docx` package (Word's own structure:
 * styles, automatic numbering, headers and footers), with LibreOffice from
 * HTML, with pandoc from Markdown, and PDFs printed from them by LibreOffice.
 * All people and bodies are invented.
 */

export const LINK = 'https://example.se/rapport-2024';

function cell(text: string, width = 4500): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: text === '' ? [new Paragraph('')] : [new Paragraph(text)] });
}

/** Minutes written with the docx package: title, numbered headings, sub-items, bullets, a roster table, a link. */
export function packageMinutes(pages = 1): Document {
  const body: (Paragraph | Table)[] = [
    new Paragraph({ text: 'Minnesanteckningar Styrgrupp Västra Dalen', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: 'Datum:', bold: true }), new TextRun(' 2024-11-25')] }),
    new Paragraph({ children: [new TextRun('Tid:\t13.00–15.30'), new TextRun({ text: 'Plats: Stadshuset, sal 3', break: 1 })] }),
    new Table({
      columnWidths: [4500, 4500],
      rows: [
        new TableRow({ children: [cell('Region'), cell('Kommun')] }),
        new TableRow({ children: [cell('Anna Ek (S), ordförande'), cell('Bo Ström (M)')] }),
        new TableRow({ children: [cell('Eva Lind (C)'), cell('')] }),
        new TableRow({ children: [new TableCell({ columnSpan: 2, children: [new Paragraph('Ersättare kallas vid behov')] })] }),
        new TableRow({ children: [cell('Karl Berg (L)'), cell('Lisa Holm (V), vice ordförande')] }),
      ],
    }),
  ];
  for (let page = 0; page < pages; page++) {
    if (page > 0) body.push(new Paragraph({ children: [new PageBreak()] }));
    body.push(
      new Paragraph({ text: page === 0 ? 'Mötets öppnande' : `Uppföljning del ${page}`, heading: HeadingLevel.HEADING_1, numbering: { reference: 'dagordning', level: 0 } }),
      new Paragraph({ children: [new TextRun('Ordföranden hälsade alla välkomna. '), new TextRun({ text: 'Viktigt', italics: true }), new TextRun(' att notera.')] }),
      new Paragraph({ text: page === 0 ? 'Val av justerare' : `Ekonomi del ${page}`, heading: HeadingLevel.HEADING_1, numbering: { reference: 'dagordning', level: 0 } }),
      new Paragraph({ text: 'Budget för nästa år', numbering: { reference: 'dagordning', level: 1 } }),
      new Paragraph({ text: 'Lokalfrågan', numbering: { reference: 'dagordning', level: 1 } }),
      new Paragraph({ text: 'Gruppen diskuterade:' }),
      new Paragraph({ text: 'Första punkten i listan', bullet: { level: 0 } }),
      new Paragraph({ text: 'Andra punkten i listan', bullet: { level: 0 } }),
      new Paragraph({
        children: [
          new TextRun('Underlaget finns på '),
          new ExternalHyperlink({ link: LINK, children: [new TextRun({ text: 'regionens webbplats', style: 'Hyperlink' })] }),
          new TextRun('.'),
        ],
      }),
      new Paragraph({ text: 'Övriga frågor', style: 'Rubrik2' }),
    );
    for (let i = 0; i < (pages > 1 ? 12 : 0); i++) {
      body.push(new Paragraph(`Stycke ${page}.${i}: gruppen gick igenom läget i verksamheten och kom överens om fortsatt arbete inför nästa möte.`));
    }
  }
  return new Document({
    creator: 'Anteckna test',
    styles: { paragraphStyles: [{ id: 'Rubrik2', name: 'Rubrik 2', basedOn: 'Normal', run: { bold: true, size: 28 } }] },
    numbering: {
      config: [
        {
          reference: 'dagordning',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Styrgrupp Västra Dalen – minnesanteckningar')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
        children: body,
      },
    ],
  });
}

/** The same kind of minutes as HTML, for LibreOffice to turn into Word (and a PDF). */
export const LIBRE_HTML = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Anteckningar</title></head><body>
<h1>Anteckningar Samverkansgruppen Norra Ås</h1>
<p><b>Datum:</b> 23 november 2023<br>Tid: 13:00 – 16:00</p>
<h2>Närvarande</h2>
<table border="1" cellpadding="4" style="width:100%">
<tr><td>Region</td><td>Kommun</td></tr>
<tr><td>Petra Sjö (S), ordförande</td><td>Olof Dahl (M)</td></tr>
<tr><td>Nils Kvist (KD)</td><td>Maja Rask (S), vice ordförande</td></tr>
<tr><td>Ida Falk, sekreterare</td><td>Vakant</td></tr>
</table>
<ol><li>Mötet öppnas</li><li>Föregående anteckningar<ol type="a"><li>Uppföljning</li><li>Beslut</li></ol></li><li>Information</li></ol>
<ul><li>Punkt utan nummer</li></ul>
<p>Se <a href="${LINK}">rapporten</a> och <i>bilagan</i>.</p>
</body></html>`;

/** And as Markdown for pandoc. */
export const PANDOC_MARKDOWN = `# Protokoll Beredningsgruppen Södra Lid

**Datum:** 2024-11-25

1. Inledning
2. Rapporter
    a. Ekonomi
    b. Personal
3. Avslutning

Text med *kursiv* stil och en [länk](${LINK}).

- Första
- Andra

| Region | Kommun |
|---|---|
| Alva Norr (S) | Erik Söder (M) |
| Sara Väst | |

Efter listan kommer en ny lista:

1. Ny början
2. Fortsättning
`;

export interface ReaderFiles {
  dir: string;
  docxPackage: string;
  docxLibre: string;
  docxPandoc: string;
}

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: 60_000 }, (error, _stdout, stderr) => (error ? reject(new Error(`${command}: ${error.message}\n${stderr}`)) : resolve()));
  });
}

/** The three Word files (one soffice call, one pandoc call). */
export async function makeWordFiles(): Promise<ReaderFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'anteckna-readers-'));
  const docxPackage = join(dir, 'paket.docx');
  await writeFile(docxPackage, await Packer.toBuffer(packageMinutes(3)));
  const html = join(dir, 'libre.html');
  await writeFile(html, LIBRE_HTML);
  const markdown = join(dir, 'pandoc.md');
  await writeFile(markdown, PANDOC_MARKDOWN);
  const docxPandoc = join(dir, 'pandoc.docx');
  const [[docxLibre]] = await Promise.all([sofficeConvert([html], 'docx:MS Word 2007 XML', dir), run('pandoc', ['-f', 'markdown', '-o', docxPandoc, markdown])]);
  if (docxLibre === undefined) throw new Error('LibreOffice gav ingen fil');
  return { dir, docxPackage, docxLibre, docxPandoc };
}

/** PDFs printed by LibreOffice from the Word files, in one soffice call. */
export async function printPdfs(files: ReaderFiles): Promise<{ pdfPackage: string; pdfLibre: string; pdfPandoc: string }> {
  const [pdfPackage, pdfLibre, pdfPandoc] = await sofficeConvert([files.docxPackage, files.docxLibre, files.docxPandoc], 'pdf', files.dir);
  if (pdfPackage === undefined || pdfLibre === undefined || pdfPandoc === undefined) throw new Error('LibreOffice gav ingen PDF');
  return { pdfPackage, pdfLibre, pdfPandoc };
}

/**
 * A compound file (MS-CFB, the container of old .doc files and of .docx
 * files Word encrypted with a password) holding the given streams, written
 * by hand: 512-byte sectors, one FAT sector, one directory sector, every
 * stream at least 4096 bytes so no mini stream is needed.
 */
export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.byteLength / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: s.data.byteLength < 4096 ? 4096 : s.data.byteLength };
  });
  const dataSectors = padded.reduce((n, s) => n + s.data.byteLength / SECTOR, 0);
  const out = new Uint8Array(SECTOR * (3 + dataSectors));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true);
  view.setUint32(48, 1, true);
  view.setUint32(56, 4096, true);
  view.setUint32(60, END, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  const fat = (sector: number, value: number) => view.setUint32(SECTOR + sector * 4, value, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, 0xfffffffd);
  fat(1, END);
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = SECTOR * 2 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, END, 0, padded.length > 0 ? 1 : FREE, FREE);
  let sector = 2;
  padded.forEach((stream, i) => {
    const count = stream.data.byteLength / SECTOR;
    for (let s = 0; s < count; s++) fat(sector + s, s === count - 1 ? END : sector + s + 1);
    out.set(stream.data, SECTOR * (sector + 1));
    entry(i + 1, stream.name, 2, sector, stream.size, FREE, i + 1 < padded.length ? i + 2 : FREE);
    sector += count;
  });
  return out;
}
