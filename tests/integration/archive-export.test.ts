import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildYearLogDocument } from '../../shared/document/year-log';
import type { DocBlock, MinutesDocument } from '../../shared/document/model';
import { archiveBody, yearLog } from '../../electron/services/storage/archive';
import { expectedLines, missingInOrder, normalize, readText, sofficeConvert } from './export-docx-support';
import { printingAppForBlock } from './printing-app';
import { readPdfUa } from './pdf-ua-support';

/**
 * The year log ("Beslutslogg 2026") for the annual report, exported through
 * the handler table as the app exports it: the Word file read back by
 * LibreOffice, the PDF by poppler and its tags by pikepdf.
 */

const YEAR = 2026;
const HEADINGS = resolve(__dirname, 'html-headings.py');

function headingLevels(doc: MinutesDocument): number[] {
  return doc.blocks.filter((b): b is Extract<DocBlock, { kind: 'heading' }> => b.kind === 'heading').map((b) => b.level);
}

describe('year log export', () => {
  let bodyId = 0;
  let doc: MinutesDocument;
  const app = printingAppForBlock('anteckna-yearlog-', async ({ db, seeded }) => {
    bodyId = seeded.bodies.find((b) => b.shortName === 'PSN')?.id ?? 0;
    doc = buildYearLogDocument(archiveBody(db, bodyId), YEAR, yearLog(db, bodyId, YEAR));
  });

  it('holds the year’s standpoints and tasks of the demo body', () => {
    const log = yearLog(app.db, bodyId, YEAR);
    expect(log.standpoints.length).toBeGreaterThan(5);
    expect(log.tasks.length).toBeGreaterThan(0);
    expect(doc.title).toBe('Beslutslogg 2026 PSN');
    expect(doc.fileBaseName).toBe('2026 Beslutslogg PSN');
  });

  it('as Word: LibreOffice reads every standpoint, item and task in order, under Heading 1 and 2 without gaps', async () => {
    const saved = await app.ok('export:yearLog', { bodyId, year: YEAR, format: 'docx', overwrite: false });
    expect(saved.fileName).toBe('2026 Beslutslogg PSN.docx');
    const file = join(app.dir, 'beslutslogg.docx');
    copyFileSync(saved.path, file);
    const [txt] = await sofficeConvert([file], 'txt:Text (encoded):UTF8', app.dir);
    const text = await readText(txt as string);
    expect(missingInOrder(text, expectedLines(doc))).toEqual([]);
    expect(normalize(text)).toContain('Ställningstaganden');
    expect(normalize(text)).toContain('Uppdrag Ansvarig Senast Klart Givet vid mötet');

    const [html] = await sofficeConvert([file], 'html', app.dir);
    const headings = JSON.parse(execFileSync('/usr/bin/python3', [HEADINGS, html as string], { encoding: 'utf8' })) as [number, string][];
    expect(headings.map(([level]) => level)).toEqual(headingLevels(doc));
    expect(headings.slice(0, 2)).toEqual([
      [1, 'Ställningstaganden'],
      [2, headings[1]?.[1]],
    ]);
    expect(headings[1]?.[1]).toMatch(/^\d{1,2} [a-zåäö]+ 2026/);

    // A second export asks before it replaces the file; with overwrite it does.
    const again = await app.call('export:yearLog', { bodyId, year: YEAR, format: 'docx', overwrite: false });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message: 'Filen finns redan. Vill du ersätta den?' });
    expect((await app.ok('export:yearLog', { bodyId, year: YEAR, format: 'docx', overwrite: true })).path).toBe(saved.path);
  });

  it('as PDF: pdftotext reads the log in order, and it is tagged PDF/UA with headings without gaps and a task table with headers', async () => {
    const saved = await app.ok('export:yearLog', { bodyId, year: YEAR, format: 'pdf', overwrite: false });
    expect(saved.fileName).toBe('2026 Beslutslogg PSN.pdf');
    expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved.path, '-'], { encoding: 'utf8' }).replace(/Sida \d+ av \d+/g, ' ');
    // Table cells come out column by column on a page; the headings, items and standpoints read in order.
    const flowing = expectedLines({ ...doc, blocks: doc.blocks.filter((b) => b.kind !== 'table') });
    expect(missingInOrder(text, flowing)).toEqual([]);
    for (const task of yearLog(app.db, bodyId, YEAR).tasks) expect(normalize(text)).toContain(normalize(task.what).slice(0, 30));

    const report = readPdfUa(saved.path);
    expect(report.lang).toBe('sv-SE');
    expect(report.marked).toBe(true);
    expect(report.infoTitle).toBe('Beslutslogg 2026 PSN');
    expect(report.xmp).toEqual({ pdfuaidPart: '1', dcTitle: 'Beslutslogg 2026 PSN' });
    const structure = report.structure;
    if (structure === null) throw new Error('PDF:en saknar strukturträd');
    expect(structure.nonStandardUnmapped).toEqual([]);
    expect(structure.headings).toEqual([1, ...headingLevels(doc).map((level) => level + 1)]);
    expect(structure.headings.slice(0, 3)).toEqual([1, 2, 3]);
    expect(structure.tables).toHaveLength(1);
    expect(structure.tables[0]?.TH).toBe(5);
    for (const page of report.pages) expect(page.untaggedMarks, `sidan ${page.page}`).toEqual([]);
  });

  it('refuses a body that is not there, in Swedish', async () => {
    const result = await app.call('export:yearLog', { bodyId: 9999, year: YEAR, format: 'pdf', overwrite: false });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'not_found', message: 'Organet finns inte.' });
  });
});
