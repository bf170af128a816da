import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/services/export/pdf-printer';
import { readIssueId } from '../../electron/services/export/issue-id';
import { getBody } from '../../electron/services/storage/bodies';
import { listIssuedFiles } from '../../electron/services/storage/issued-files';
import { getMeeting } from '../../electron/services/storage/meetings';
import { REDACTED_TEXT } from '../../shared/publication/findings';
import { openApp, type TestApp } from './app-support';
import { readPdfUa } from './pdf-ua-support';
import { NOT_PERSONAL_DATA, SEEDED_FINDINGS, seedPersonalData } from './publication-support';
import { findingsInText, htmlText } from './public-support';

// Issue 22, point 3: the public version of approved minutes from the fictional
// minutes seeded with each kind of personal data, read back with real readers
// (Python's HTML parser, pdftotext, pikepdf); the minutes never change.

const KEPT = 'kansli.strandby@strandby.example';
const REWRITTEN_FROM = '070-123 45 67';
const REWRITTEN_TO = 'kansliets telefon';
const REMOVED = SEEDED_FINDINGS.map((f) => f.text).filter((t) => t !== KEPT && t !== REWRITTEN_FROM);

let printer: ChromiumPrinter;
let dir: string;
beforeAll(() => {
  printer = createChromiumPrinter();
  dir = mkdtempSync(join(tmpdir(), 'anteckna-public-'));
});
afterAll(async () => {
  await printer.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh app over its own export folder, with the seeded minutes approved. */
async function approvedMinutes(folder: string): Promise<{ app: TestApp; meetingId: number; exportDir: string }> {
  const exportDir = join(dir, folder);
  const app = openApp(new Date(2026, 11, 11, 9, 0), undefined, {
    exporter: { printPdf: printer.print, exportDir, showInFolder: () => false, openPath: () => Promise.resolve(false) },
  });
  const { meetingId } = await seedPersonalData(app);
  await app.ok('review:set', { meetingId, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-12-10' });
  return { app, meetingId, exportDir };
}

/** Keeps the e-mail address, rewrites one phone number, leaves the rest undecided. */
async function decideSome(app: TestApp, meetingId: number): Promise<void> {
  const { findings } = await app.ok('publication:check', { meetingId });
  const key = (text: string) => {
    const found = findings.find((f) => f.text === text);
    if (!found) throw new Error(`Kontrollen hittade inte ${text}: ${JSON.stringify(findings.map((f) => f.text))}`);
    return found.key;
  };
  await app.ok('publication:decide', { meetingId, key: key(KEPT), decision: 'keep', replacement: '' });
  await app.ok('publication:decide', { meetingId, key: key(REWRITTEN_FROM), decision: 'rewrite', replacement: REWRITTEN_TO });
}

/** Whitespace as one space: a line break in the PDF's text is not a change in the words. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

function pdfText(file: string): string {
  return flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('export:public', () => {
  it('writes the public web page: kept data stays, the rewrite reads its words, the undecided rest is removed, and a new check finds only what was kept', async () => {
    const { app, meetingId } = await approvedMinutes('html');
    await decideSome(app, meetingId);
    const before = getMeeting(app.db, meetingId);
    const result = await app.ok('export:public', { meetingId, format: 'html', overwrite: false });
    expect(result.fileName).toBe('2026-12-03 Minnesanteckningar SGS publicerad.html');
    expect(result).toMatchObject({ removed: SEEDED_FINDINGS.length - 1, undecided: SEEDED_FINDINGS.length - 2 });

    const page = htmlText(result.path);
    const text = flat(page.text);
    expect(text).toContain(KEPT);
    expect(text).toContain(REWRITTEN_TO);
    for (const removed of [...REMOVED, REWRITTEN_FROM]) expect(text, removed).not.toContain(removed);
    expect(text.split(REDACTED_TEXT).length - 1).toBeGreaterThanOrEqual(REMOVED.length);
    for (const kept of NOT_PERSONAL_DATA) expect(text, kept).toContain(kept);
    expect(text).toContain('Justerad 10 december 2026 av Tilda Ås, version 1.');
    const meeting = getMeeting(app.db, meetingId);
    expect(findingsInText(page.blocks, meeting, getBody(app.db, meeting.bodyId))).toEqual([{ kind: 'email', text: KEPT }]);
    // The minutes themselves are as they were; the check of them still finds every seeded finding.
    expect(meeting).toEqual(before);
    expect((await app.ok('publication:check', { meetingId })).findings.map((f) => f.text).sort()).toEqual(SEEDED_FINDINGS.map((f) => f.text).sort());
  });

  it('writes the public PDF: tagged, Swedish, titled "publicerad", no draft marker, stamped and recorded so a check knows it', async () => {
    const { app, meetingId } = await approvedMinutes('pdf');
    await decideSome(app, meetingId);
    const result = await app.ok('export:public', { meetingId, format: 'pdf', overwrite: false });
    expect(result.fileName).toBe('2026-12-03 Minnesanteckningar SGS publicerad.pdf');
    const text = pdfText(result.path);
    expect(text).toContain(REDACTED_TEXT);
    expect(text).toContain(KEPT);
    expect(text).toContain(REWRITTEN_TO);
    for (const removed of [...REMOVED, REWRITTEN_FROM]) expect(text, removed).not.toContain(removed);
    expect(text).not.toContain('ej justerad');
    const report = readPdfUa(result.path);
    expect(report.lang).toBe('sv-SE');
    expect(report.marked).toBe(true);
    expect(report.infoTitle).toBe('Minnesanteckningar SGS 3 december 2026 (publicerad)');
    expect(report.xmp?.pdfuaidPart).toBe('1');
    expect(report.structure?.headings[0]).toBe(1);
    expect(report.structure?.nonStandardUnmapped).toEqual([]);

    const issued = listIssuedFiles(app.db, meetingId);
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({
      kind: 'public-pdf',
      fileName: result.fileName,
      sha256: sha256(result.path),
      size: readFileSync(result.path).byteLength,
      summary: { approvedOn: '2026-12-10', version: 1, reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }] },
    });
    expect(await readIssueId(new Uint8Array(readFileSync(result.path)))).toBe(issued[0]?.issueId);
  });

  it('with redactAll removes every finding, the kept one too, and records the page', async () => {
    const { app, meetingId } = await approvedMinutes('all');
    await decideSome(app, meetingId);
    const result = await app.ok('export:public', { meetingId, format: 'html', redactAll: true, overwrite: false });
    expect(result.removed).toBe(SEEDED_FINDINGS.length);
    const page = htmlText(result.path);
    for (const found of SEEDED_FINDINGS) expect(flat(page.text), found.text).not.toContain(found.text);
    expect(flat(page.text)).not.toContain(REWRITTEN_TO);
    const meeting = getMeeting(app.db, meetingId);
    expect(findingsInText(page.blocks, meeting, getBody(app.db, meeting.bodyId))).toEqual([]);
    expect(listIssuedFiles(app.db, meetingId).map((f) => [f.kind, f.sha256])).toEqual([['public-html', sha256(result.path)]]);
  });

  it('asks before replacing a public file, and refuses minutes that are not approved without writing or recording anything', async () => {
    const { app, meetingId, exportDir } = await approvedMinutes('refuse');
    await app.ok('export:public', { meetingId, format: 'html', overwrite: false });
    expect(await app.fails('export:public', { meetingId, format: 'html', overwrite: false })).toMatchObject({ code: 'conflict', field: 'overwrite' });
    await app.ok('review:unlock', { meetingId, who: 'Eva Berg', reason: 'Rättelse av ett namn.' });
    const status = getMeeting(app.db, meetingId).status;
    expect(status).toBe('draft');
    const error = await app.fails('export:public', { meetingId, format: 'pdf', overwrite: true });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toMatch(/^Mötesanteckningen är ett utkast\. Bara justerade mötesanteckningar kan publiceras/);
    expect(listIssuedFiles(app.db, meetingId).map((f) => f.kind)).toEqual(['public-html']);
    expect(() => readFileSync(join(exportDir, '2026-12-03 Minnesanteckningar SGS publicerad.pdf'))).toThrow();
  });
});
