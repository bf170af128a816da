import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Packer } from 'docx';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, rgb } from 'pdf-lib';
import { MAX_IMPORT_BYTES } from '../../../shared/import/source';
import type { Db } from '../../../electron/services/storage/database';
import { openApp, type TestApp } from '../app-support';
import { sofficeConvert } from '../export-docx-support';
import { compoundFile, LIBRE_HTML, packageMinutes } from './make-files';

/**
 * Files the import must refuse before any reader touches them, each with a
 * Swedish message that says what to do, and with nothing written.
 */

let dir: string;
const made: Record<'doc' | 'odt' | 'docx', Uint8Array> = { doc: new Uint8Array(), odt: new Uint8Array(), docx: new Uint8Array() };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-refuse-'));
  const docx = join(dir, 'protokoll.docx');
  await writeFile(docx, await Packer.toBuffer(packageMinutes()));
  const html = join(dir, 'protokoll-html.html');
  await writeFile(html, LIBRE_HTML);
  const [[doc], [odt]] = await Promise.all([sofficeConvert([docx], 'doc:MS Word 97', dir), sofficeConvert([html], 'odt', dir)]);
  made.doc = await readFile(doc ?? '');
  made.odt = await readFile(odt ?? '');
  made.docx = await readFile(docx);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every row of every table: what "nothing was written" means. */
function snapshot(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

async function refused(app: TestApp, fileName: string, bytes: Uint8Array): Promise<string> {
  const before = snapshot(app.db);
  const error = await app.fails('import:read', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
  expect(error.code).toBe('validation');
  expect(snapshot(app.db)).toBe(before);
  return error.message;
}

/** A zip that looks like a Word file, with the given parts. */
function wordZip(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), ...parts }, { level: 9 });
}

async function pdfWithoutText(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < 2; i++) {
    const page = pdf.addPage([595, 842]);
    // What a scanner leaves: marks and shapes, no text.
    page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, color: rgb(0.95, 0.95, 0.93) });
    for (let line = 0; line < 30; line++) page.drawRectangle({ x: 70, y: 760 - line * 22, width: 300 + (line % 4) * 40, height: 6, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}

describe('files the import refuses, with nothing written', () => {
  test('an old binary Word document (.doc, written by LibreOffice), also when renamed to .docx', async () => {
    const app = openApp();
    const message = 'Filen är ett äldre Word-dokument (.doc). Spara filen som .docx i Word och försök igen.';
    expect(await refused(app, 'Protokoll 2019.doc', made.doc)).toBe(message);
    expect(await refused(app, 'Protokoll 2019.docx', made.doc)).toBe(message);
  });

  test('a Word file encrypted with a password (a compound file with EncryptionInfo and EncryptedPackage)', async () => {
    const app = openApp();
    const encrypted = compoundFile([
      { name: 'EncryptionInfo', data: new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]) },
      { name: 'EncryptedPackage', data: made.docx.subarray(0, 6000).map((b) => b ^ 0x5a) },
    ]);
    expect(await refused(app, 'Hemligt protokoll.docx', encrypted)).toBe('Filen är lösenordsskyddad. Spara den utan lösenord i Word och försök igen.');
  });

  test('a zip bomb: a part packed far harder than text packs, and a zip that lies about its sizes', async () => {
    const app = openApp();
    const zeros = new Uint8Array(60 * 1024 * 1024);
    const bomb = wordZip({ 'word/document.xml': zeros });
    expect(bomb.byteLength).toBeLessThan(MAX_IMPORT_BYTES);
    expect(await refused(app, 'Protokoll.docx', bomb)).toMatch(/^Filen packas upp till mer än vad ett Word-dokument .* och försök igen\.$/);

    // The same zip, its central directory claiming the part is no bigger than its packed data.
    const liar = new Uint8Array(bomb);
    const view = new DataView(liar.buffer);
    for (let at = liar.byteLength - 22; at > 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      view.setUint32(at + 24, view.getUint32(at + 20, true), true);
    }
    expect(await refused(app, 'Protokoll.docx', liar)).toMatch(/^Filen packas upp till mer än/);

    // Parts that each pack no harder than 150:1 but together claim over 200 MB.
    const pictures = wordZip({ 'word/document.xml': strToU8('<w:document/>'), 'word/media/bild.png': randomBytes(1_600_000) });
    const claims = new Uint8Array(pictures);
    const claimsView = new DataView(claims.buffer);
    for (let at = claims.byteLength - 22; at > 0; at--) {
      if (claimsView.getUint32(at, true) !== 0x02014b50) continue;
      claimsView.setUint32(at + 24, claimsView.getUint32(at + 20, true) * 150, true);
    }
    expect(await refused(app, 'Protokoll.docx', claims)).toMatch(/^Filen packas upp till mer än/);
  });

  test('a damaged Word file (a zip whose document part is not Word XML)', async () => {
    const app = openApp();
    const damaged = wordZip({ 'word/document.xml': strToU8('<w:document><w:body><w:p>avbruten') });
    expect(await refused(app, 'Protokoll.docx', damaged)).toBe(
      'Filen kunde inte läsas som ett Word-dokument (.docx). Öppna den i Word, spara den som .docx och försök igen.',
    );
  });

  test('a PDF without text (a scan) and a PDF with a password', async () => {
    const app = openApp();
    const scanned = await pdfWithoutText();
    expect(await refused(app, 'Inskannat protokoll.pdf', scanned)).toBe(
      'PDF-filen innehåller ingen text (den är troligen inskannad). Öppna den i ett program som kan känna igen text, eller skriv av den, och försök igen.',
    );
    const open = join(dir, 'öppen.pdf');
    const locked = join(dir, 'låst.pdf');
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Minnesanteckningar med lösenord');
    await writeFile(open, await pdf.save());
    execFileSync('/usr/bin/python3', [
      '-c',
      'import pikepdf,sys; pikepdf.open(sys.argv[1]).save(sys.argv[2], encryption=pikepdf.Encryption(owner="ägare", user="hemligt"))',
      open,
      locked,
    ]);
    expect(await refused(app, 'Låst protokoll.pdf', await readFile(locked))).toMatch(/^PDF-filen är lösenordsskyddad\. Spara den utan lösenord/);
  });

  test('a file over the size limit is refused before it is read', async () => {
    const app = openApp();
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    expect(await refused(app, 'Stor.txt', big)).toBe('Filen är större än 10 MB och kan inte läsas in. Välj en .docx-, .pdf- eller .txt-fil.');
  });

  test('other formats and renamed programs get a message that names what is accepted', async () => {
    const app = openApp();
    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    exe.set(strToU8('This program cannot be run in DOS mode.'), 78);
    expect(await refused(app, 'Protokoll.docx', exe)).toBe('Filen heter .docx men är inte en Word-fil. Välj en .docx-, .pdf- eller .txt-fil.');
    expect(await refused(app, 'Protokoll.pdf', strToU8('Mötesanteckning\nDatum: 2025-03-04\n'))).toBe(
      'Filen heter .pdf men är inte en PDF-fil. Välj en .docx-, .pdf- eller .txt-fil.',
    );
    expect(await refused(app, 'setup.exe', exe)).toBe('Filtypen kan inte läsas in. Välj en .docx-, .pdf- eller .txt-fil.');
    expect(await refused(app, 'Protokoll.txt', exe)).toBe('Filtypen kan inte läsas in. Välj en .docx-, .pdf- eller .txt-fil.');
    expect(await refused(app, 'Protokoll.rtf', strToU8('{\\rtf1\\ansi Minnesanteckningar\\par}'))).toBe(
      'Filen är ett RTF-dokument. Spara filen som .docx i Word och försök igen.',
    );
    expect(await refused(app, 'Protokoll.odt', made.odt)).toBe(
      'Filen är ett OpenDocument-dokument (.odt). Spara den som .docx (Word 2007–365) och försök igen.',
    );
    expect(await refused(app, 'Tabell.xlsx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe(
      'Filen är inget Word-dokument. Välj en .docx-, .pdf- eller .txt-fil.',
    );
  });

  test('what is accepted still reads: a .txt as text, a real .docx even when named .pdf by mistake', async () => {
    const app = openApp();
    const text = await app.ok('import:read', { fileName: 'Anteckning.txt', contentBase64: Buffer.from('Mötesanteckning\nDatum: 2025-03-04\n').toString('base64') });
    expect(text.format).toBe('txt');
    const docx = await app.ok('import:read', { fileName: 'Protokoll.pdf', contentBase64: Buffer.from(made.docx).toString('base64') });
    expect(docx.format).toBe('docx');
  });
});
