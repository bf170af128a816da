import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExporterDeps } from '../../electron/ipc/export-handlers';
import { bodyWithRoster, openApp } from './app-support';
import { base64, docxFile, pdfFile, readHandlingar, xlsxFile } from './attachments-support';
import { normalize, readText, sofficeConvert } from './export-docx-support';
import { printingAppForBlock } from './printing-app';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-bilagor-'));
  dirs.push(dir);
  return dir;
}

describe('the minutes name the bilagor under their item', () => {
  let meetingId = 0;
  const app = printingAppForBlock('anteckna-bilagor-export-', async (opened) => {
    const meeting = opened.seeded.meetings.find((m) => m.status !== 'approved')!;
    meetingId = meeting.id;
    const full = await opened.ok('meetings:get', { id: meetingId });
    const item = full.agenda.find((i) => i.parentId === null && i.title.trim() !== '')!;
    await opened.ok('agenda:update', { meetingId, itemId: item.id, patch: { title: 'Budget för samverkan' } });
    await opened.ok('attachments:add', { meetingId, itemId: item.id, fileName: 'Budget 2027.pdf', contentBase64: base64(await pdfFile('Budget')) });
    await opened.ok('attachments:add', { meetingId, itemId: item.id, fileName: 'Plan.docx', contentBase64: base64(docxFile()) });
  });

  it('in the DOCX, as LibreOffice reads it', async () => {
    const { path } = await app.ok('export:file', { meetingId, format: 'docx', overwrite: true });
    const [txt] = await sofficeConvert([path], 'txt:Text (encoded):UTF8', app.dir);
    const text = normalize(await readText(txt!));
    expect(text).toMatch(/Budget för samverkan .*Bilagor: Budget 2027\.pdf och Plan\.docx/);
  }, 120_000);

  it('in the PDF, as pdftotext reads it', async () => {
    const { path } = await app.ok('export:file', { meetingId, format: 'pdf', overwrite: true });
    const text = normalize(execFileSync('pdftotext', [path, '-']).toString());
    expect(text).toMatch(/Budget för samverkan .*Bilagor: Budget 2027\.pdf och Plan\.docx/);
  }, 60_000);
});

function exporterIn(dir: string, openPath?: (path: string) => Promise<boolean>): ExporterDeps {
  return {
    printPdf: () => Promise.reject(new Error('handlingar print only the kallelse, which is given')),
    exportDir: join(dir, 'Export'),
    showInFolder: () => false,
    openPath: openPath ?? (() => Promise.resolve(false)),
  };
}

async function meetingWithBilagor(app: ReturnType<typeof openApp>) {
  const bodyId = await bodyWithRoster(app);
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-10' });
  const budget = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Budget 2027' });
  const pdf = await pdfFile('Budget', 3);
  const added = await app.ok('attachments:add', { meetingId, itemId: budget.id, fileName: 'Budget 2027.pdf', contentBase64: base64(pdf) });
  await app.ok('attachments:add', { meetingId, itemId: budget.id, fileName: 'Utfall.xlsx', contentBase64: base64(xlsxFile()) });
  return { meetingId, added, pdf };
}

describe('opening a bilaga', () => {
  it('writes it to the meeting folder under Bilagor and opens it with the system program', async () => {
    const dir = tempDir();
    const openPath = vi.fn(() => Promise.resolve(true));
    const app = openApp(undefined, undefined, { exporter: exporterIn(dir, openPath) });
    const { meetingId, added, pdf } = await meetingWithBilagor(app);
    const opened = await app.ok('attachments:open', { meetingId, attachmentId: added.id });
    expect(opened).toEqual({ opened: true, path: join(dir, 'Export', 'Bilagor', '2026-12-10 SGS', 'Budget 2027.pdf') });
    expect(openPath).toHaveBeenCalledWith(opened.path);
    expect(readFileSync(opened.path).equals(Buffer.from(pdf))).toBe(true);
  });

  it('where the host cannot open programs, still writes the file and says it did not open it', async () => {
    const dir = tempDir();
    const app = openApp(undefined, undefined, { exporter: exporterIn(dir) });
    const { meetingId, added } = await meetingWithBilagor(app);
    const opened = await app.ok('attachments:open', { meetingId, attachmentId: added.id });
    expect(opened.opened).toBe(false);
    expect(existsSync(opened.path)).toBe(true);
  });
});

describe('export:handlingar', () => {
  it('writes the kallelse and the PDF bilagor to the export folder and names what was left out', async () => {
    const dir = tempDir();
    const kallelsePdf = vi.fn(() => pdfFile('Kallelse', 2));
    const app = openApp(undefined, undefined, { exporter: exporterIn(dir), kallelsePdf });
    const { meetingId } = await meetingWithBilagor(app);
    const written = await app.ok('export:handlingar', { meetingId, overwrite: false });
    expect(written.fileName).toBe('Handlingar 2026-12-10 SGS.pdf');
    expect(written.skipped).toEqual([{ fileName: 'Utfall.xlsx', reason: 'Utfall.xlsx är inte en PDF och finns inte med.' }]);
    const read = readHandlingar(new Uint8Array(readFileSync(written.path)));
    expect(read.pages).toBe(5);
    expect(read.outline.map((o) => [o.title, o.destpageposfrom1])).toEqual([
      ['Kallelse', 1],
      ['1. Budget 2027', 3],
    ]);
    expect((await app.fails('export:handlingar', { meetingId, overwrite: false })).code).toBe('conflict');
  });
});
