import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Small real files of every kind a bilaga may be, and some that pretend. All content is fictional. */

/** A PDF of `pages` pages, each saying "<label> sida N". */
export async function pdfFile(label: string, pages = 1): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) doc.addPage([595, 842]).drawText(`${label} sida ${i}`, { x: 72, y: 760, size: 18, font });
  doc.setTitle(label);
  return doc.save();
}

function office(mainPart: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    [mainPart]: strToU8('<?xml version="1.0"?><root/>'),
  });
}

export const docxFile = (): Uint8Array => office('word/document.xml');
export const xlsxFile = (): Uint8Array => office('xl/workbook.xml');
export const pptxFile = (): Uint8Array => office('ppt/presentation.xml');

/** A 1×1 PNG. */
export function pngFile(): Uint8Array {
  return new Uint8Array(
    Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'),
  );
}

/** A PDF encrypted with a password by qpdf, which the handlingar cannot copy pages from. */
export async function encryptedPdfFile(): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-enc-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), await pdfFile('Hemlig'));
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface Outline {
  title: string;
  destpageposfrom1: number;
  kids: Outline[];
}

/** Handlingar read back by qpdf and poppler, as a member's PDF reader would see them. */
export function readHandlingar(pdf: Uint8Array): { pages: number; title: string; outline: Outline[]; text: string; lang: string } {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-handlingar-'));
  dirs.push(dir);
  const file = join(dir, 'handlingar.pdf');
  writeFileSync(file, pdf);
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=outlines', '--json-key=pages', '--json-key=qpdf', file]).toString()) as {
    outlines: Outline[];
    pages: unknown[];
    qpdf: [unknown, Record<string, unknown>];
  };
  const info = execFileSync('pdfinfo', [file]).toString();
  const root = Object.values(json.qpdf[1]).find((o) => (o as { value?: { '/Type'?: string } }).value?.['/Type'] === '/Catalog') as {
    value: { '/Lang': string };
  };
  return {
    pages: json.pages.length,
    title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '',
    outline: json.outlines,
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    lang: root.value['/Lang'].replace(/^u:/, ''),
  };
}

