import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { allParagraphs, paragraphText, sourceDocumentSchema, type SourceDocument, type SourceParagraph } from '../../../shared/import/source';
import { HTTP_TOKEN_HEADER } from '../../../shared/ipc/api';
import { openApp } from '../app-support';
import { buildCli, cleanEnv, startWebProcess } from '../cli-support';
import { byText, tables } from './source-queries';
import { LINK, makeWordFiles, printPdfs, type ReaderFiles } from './make-files';

/** What the import's reader gives for text PDFs printed by LibreOffice (and one drawn with pdf-lib). */

let files: ReaderFiles & Awaited<ReturnType<typeof printPdfs>>;
beforeAll(async () => {
  const word = await makeWordFiles();
  files = { ...word, ...(await printPdfs(word)) };
});
afterAll(async () => {
  await rm(files.dir, { recursive: true, force: true });
});

async function read(bytes: Uint8Array, fileName = 'Minnesanteckningar.pdf'): Promise<SourceDocument> {
  const app = openApp();
  const doc = await app.ok('import:read', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  expect(sourceDocumentSchema.safeParse(doc).success).toBe(true);
  return doc;
}

function paragraphs(doc: SourceDocument): SourceParagraph[] {
  return doc.blocks.filter((b): b is SourceParagraph => b.type === 'paragraph');
}

describe('reading a text PDF for import', () => {
  test('minutes printed from Word: title and headings from the font size, numbers and bullets, bold, italic, link, pages; running header and page numbers left out', async () => {
    const doc = await read(await readFile(files.pdfPackage), 'Styrgrupp 2024-11-25.pdf');
    expect(doc).toMatchObject({ name: 'Styrgrupp 2024-11-25.pdf', format: 'pdf' });
    const texts = paragraphs(doc).map((p) => paragraphText(p));
    expect(texts.slice(0, 13)).toEqual([
      'Minnesanteckningar Styrgrupp Västra Dalen',
      'Datum: 2024-11-25',
      'Tid: 13.00–15.30',
      'Plats: Stadshuset, sal 3',
      '1. Mötets öppnande',
      'Ordföranden hälsade alla välkomna. Viktigt att notera.',
      '2. Val av justerare',
      'a) Budget för nästa år',
      'b) Lokalfrågan',
      'Gruppen diskuterade:',
      'Första punkten i listan',
      'Andra punkten i listan',
      'Underlaget finns på regionens webbplats.',
    ]);
    // Full lines one after another stay paragraphs of their own.
    expect(texts.filter((t) => t.startsWith('Stycke ')).length).toBe(36);
    expect(texts.some((t) => t.includes('minnesanteckningar'))).toBe(false);
    expect(texts.some((t) => /^\d+$/.test(t))).toBe(false);
    expect(
      ['Minnesanteckningar Styrgrupp Västra Dalen', '1. Mötets öppnande', 'Övriga frågor', 'Datum: 2024-11-25'].map((t) => byText(doc, t).heading),
    ).toEqual([0, 1, 2, null]);
    expect(byText(doc, 'Första punkten i listan').list).toEqual({ ordered: false, level: 0, marker: '' });
    expect(byText(doc, 'Datum: 2024-11-25').runs).toEqual([
      { text: 'Datum:', bold: true, italic: false, href: null },
      { text: ' 2024-11-25', bold: false, italic: false, href: null },
    ]);
    expect(byText(doc, 'Ordföranden hälsade alla välkomna. Viktigt att notera.').runs.filter((r) => r.italic).map((r) => r.text.trim())).toEqual(['Viktigt']);
    expect(byText(doc, 'Underlaget finns på regionens webbplats.').runs.filter((r) => r.href !== null)).toEqual([
      { text: 'regionens webbplats', bold: false, italic: false, href: LINK },
    ]);
    expect(['1. Mötets öppnande', '3. Uppföljning del 1', '6. Ekonomi del 2'].map((t) => byText(doc, t).page)).toEqual([1, 2, 3]);
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Anna Ek (S), ordförande', 'Bo Ström (M)'],
        ['Eva Lind (C)', ''],
        ['Ersättare kallas vid behov', ''],
        ['Karl Berg (L)', 'Lisa Holm (V), vice ordförande'],
      ],
    ]);
    const ids = allParagraphs(doc).map((p) => p.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  test('a roster table printed by LibreOffice keeps its columns apart even where a name almost reaches the next column', async () => {
    const doc = await read(await readFile(files.pdfLibre));
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Petra Sjö (S), ordförande', 'Olof Dahl (M)'],
        ['Nils Kvist (KD)', 'Maja Rask (S), vice ordförande'],
        ['Ida Falk, sekreterare', 'Vakant'],
      ],
    ]);
    expect(paragraphs(doc).map((p) => paragraphText(p))).toEqual([
      'Anteckningar Samverkansgruppen Norra Ås',
      'Datum: 23 november 2023',
      'Tid: 13:00 – 16:00',
      'Närvarande',
      '1. Mötet öppnas',
      '2. Föregående anteckningar',
      'a. Uppföljning',
      'b. Beslut',
      '3. Information',
      'Punkt utan nummer',
      'Se rapporten och bilagan.',
    ]);
    const link = byText(doc, 'Se rapporten och bilagan.').runs;
    expect(link.find((r) => r.href !== null)).toMatchObject({ text: 'rapporten', href: LINK });
    expect(link.find((r) => r.italic)?.text).toBe('bilagan');
  });

  test('a PDF printed from pandoc’s Word file reads in order, with its table', async () => {
    const doc = await read(await readFile(files.pdfPandoc));
    expect(paragraphs(doc).map((p) => paragraphText(p))).toEqual([
      'Protokoll Beredningsgruppen Södra Lid',
      'Datum: 2024-11-25',
      '1. Inledning',
      '2. Rapporter',
      'a. Ekonomi',
      'b. Personal',
      '3. Avslutning',
      'Text med kursiv stil och en länk.',
      'Första',
      'Andra',
      'Efter listan kommer en ny lista:',
      '1. Ny början',
      '2. Fortsättning',
    ]);
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Alva Norr (S)', 'Erik Söder (M)'],
        ['Sara Väst', ''],
      ],
    ]);
  });

  test('a roster in two columns without a table (sides of unequal length) becomes a table with one side per column; wrapped lines join into one paragraph', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const regular = await pdf.embedFont(StandardFonts.Helvetica);
    const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
    page.drawText('Anteckningar Vårdsamverkan Östra Bygden', { x: 60, y: 780, size: 18, font: bold });
    page.drawText('Kallade', { x: 60, y: 740, size: 11, font: bold });
    const region = ['Region', 'Greta Lund (S), ordförande', 'Hans Mo (M)', 'Irma Vik (C)', 'Jon Ek (KD)'];
    const kommun = ['Kommun', 'Kim Ahl (S)', 'Lo Berg (L)'];
    region.forEach((name, i) => page.drawText(name, { x: 60, y: 720 - i * 14, size: 11, font: regular }));
    kommun.forEach((name, i) => page.drawText(name, { x: 320, y: 720 - i * 14, size: 11, font: regular }));
    const wrapped = [
      'Gruppen gick igenom uppdraget och konstaterade att arbetet med den gemensamma planen för',
      'samverkan fortsätter under våren.',
    ];
    wrapped.forEach((line, i) => page.drawText(line, { x: 60, y: 620 - i * 14, size: 11, font: regular }));
    page.drawText('Nästa möte hålls i mars.', { x: 60, y: 585, size: 11, font: regular });
    // Lines that end close to the margin: broken on purpose when the next line's first word would have fitted, wrapped when not.
    const margin = regular.widthOfTextAtSize(wrapped[0] ?? '', 11);
    const upTo = (room: number, words: string) => {
      let line = '';
      for (const word of words.split(' ')) if (regular.widthOfTextAtSize(`${line} ${word}`.trim(), 11) <= margin - room) line = `${line} ${word}`.trim();
      return line;
    };
    const roleWords = 'Helga Strand (S), ordförande i nämnden för hälso- och sjukvård i östra delen av länet och ledamot i beredningen';
    const broken = upTo(regular.widthOfTextAtSize('Ivar ', 11) + 8, roleWords);
    const beforeLink = upTo(regular.widthOfTextAtSize('(vardsamverkan.example.se)', 11) - 20, 'Alla anteckningar finns samlade på webbplatsen för vårdsamverkan i länet och hos kansliet');
    expect(margin - regular.widthOfTextAtSize(broken, 11)).toBeLessThan(0.15 * margin);
    [broken, 'Ivar Lind (M), vice ordförande', beforeLink, '(vardsamverkan.example.se)'].forEach((line, i) =>
      page.drawText(line, { x: 60, y: 550 - i * 14, size: 11, font: regular }),
    );
    const doc = await read(await pdf.save());
    expect(tables(doc)).toEqual([
      [
        ['Region', 'Kommun'],
        ['Greta Lund (S), ordförande', 'Kim Ahl (S)'],
        ['Hans Mo (M)', 'Lo Berg (L)'],
        ['Irma Vik (C)', ''],
        ['Jon Ek (KD)', ''],
      ],
    ]);
    expect(paragraphs(doc).map((p) => [paragraphText(p), p.heading, p.runs.every((r) => r.bold)])).toEqual([
      ['Anteckningar Vårdsamverkan Östra Bygden', 1, true],
      ['Kallade', null, true],
      [`${wrapped.join(' ')}`, null, false],
      ['Nästa möte hålls i mars.', null, false],
      [broken, null, false],
      ['Ivar Lind (M), vice ordförande', null, false],
      [`${beforeLink} (vardsamverkan.example.se)`, null, false],
    ]);
  });

  test('a name too long for its narrow column wraps inside its cell and stays one cell', async () => {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([595, 842]);
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const second = 60 + font.widthOfTextAtSize('Maja Rask (S), vice', 11) + 14;
    const rows: [string, string][] = [
      ['Region', 'Kommun'],
      ['Maja Rask (S), vice', 'Olof Dahl (M)'],
      ['ordförande', ''],
      ['Nils Kvist (KD)', 'Petra Sjö (S)'],
    ];
    rows.forEach(([left, right], i) => {
      page.drawText(left, { x: 60, y: 700 - i * 13, size: 11, font });
      if (right !== '') page.drawText(right, { x: second, y: 700 - i * 13, size: 11, font });
    });
    expect(tables(await read(await pdf.save()))).toEqual([
      [
        ['Region', 'Kommun'],
        ['Maja Rask (S), vice ordförande', 'Olof Dahl (M)'],
        ['Nils Kvist (KD)', 'Petra Sjö (S)'],
      ],
    ]);
  });

  test('the built web host reads a .docx and a .pdf (pdf.js loaded from node_modules, outside the bundle)', async () => {
    buildCli();
    const home = await mkdtemp(join(tmpdir(), 'anteckna-readers-web-'));
    const web = await startWebProcess(join(home, 'anteckna.sqlite'), cleanEnv(home));
    try {
      const read = async (path: string, fileName: string) => {
        const response = await fetch(new URL('/api/import:read', web.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [HTTP_TOKEN_HEADER]: web.url.searchParams.get('token') ?? '' },
          body: JSON.stringify({ fileName, contentBase64: (await readFile(path)).toString('base64') }),
        });
        return (await response.json()) as { ok: boolean; value: SourceDocument };
      };
      const docx = await read(files.docxPackage, 'Styrgrupp.docx');
      const pdf = await read(files.pdfPackage, 'Styrgrupp.pdf');
      expect(docx.ok && pdf.ok ? 'läst' : JSON.stringify([docx, pdf]).slice(0, 400)).toBe('läst');
      expect([docx.ok, docx.value.format, paragraphs(docx.value)[0]?.heading]).toEqual([true, 'docx', 0]);
      expect([pdf.ok, pdf.value.format, paragraphText(paragraphs(pdf.value)[0] ?? { runs: [] })]).toEqual([true, 'pdf', 'Minnesanteckningar Styrgrupp Västra Dalen']);
    } finally {
      web.child.kill('SIGTERM');
      await web.exited;
      await rm(home, { recursive: true, force: true });
    }
  }, 240_000);
});
