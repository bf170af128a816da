import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import type { DocBlock, DocInline, MinutesDocument } from '../../shared/document/model';
import { buildMinutesDocument } from '../../shared/document/build';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { getBody } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { getMeeting } from '../../electron/services/storage/meetings';
import type { Meeting } from '../../shared/model/meeting';
import type { ExporterDeps } from '../../electron/ipc/export-handlers';
import { expect } from 'vitest';
import type { TestApp } from './app-support';

/** Helpers for the DOCX export tests: demo documents, LibreOffice, the zip's parts. */

export interface DemoDocument {
  meeting: Meeting;
  doc: MinutesDocument;
}

/** Every demo meeting, seeded into a fresh database, built into the document model. */
export function demoDocuments(): DemoDocument[] {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-docx-db-'));
  const db = openDatabase(join(dir, 'anteckna.sqlite'));
  try {
    const seeded = seedDemo(db, new Date());
    return seeded.meetings.map((summary) => {
      const meeting = getMeeting(db, summary.id);
      return { meeting, doc: buildMinutesDocument(meeting, getBody(db, meeting.bodyId)) };
    });
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The path of soffice, or a failure that says what to install: these tests never skip. */
export function requireSoffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0] ?? '';
  if (found.status !== 0 || path === '') {
    throw new Error(
      'LibreOffice (soffice) saknas: DOCX-testerna läser exporten med "soffice --headless --convert-to txt". ' +
        'Installera den (Debian: apt-get install libreoffice-writer-nogui) – CI har den.',
    );
  }
  return path;
}

/**
 * Converts files with a headless LibreOffice, in a profile of its own so
 * parallel runs never share (or lock) one. Returns the output paths, in order.
 */
export async function sofficeConvert(files: readonly string[], format: string, outDir: string): Promise<string[]> {
  const soffice = requireSoffice();
  const profile = await mkdtemp(join(tmpdir(), 'lo-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
        { timeout: 90_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`soffice misslyckades: ${error.message}\n${stdout}${stderr}`)) : resolve()),
      );
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0] ?? format;
  return files.map((file) => join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${extension}`));
}

export async function readText(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
}

/** Whitespace (tabs, no-break spaces, line ends) as single spaces. */
export function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

function plain(inlines: readonly DocInline[]): string[] {
  const lines: string[] = [''];
  const walk = (nodes: readonly DocInline[]): void => {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          lines[lines.length - 1] += node.text;
          break;
        case 'break':
          lines.push('');
          break;
        case 'link':
          walk(node.children);
          break;
        default: {
          const never: never = node;
          throw new Error(`okänd inline ${JSON.stringify(never)}`);
        }
      }
    }
  };
  walk(inlines);
  return lines;
}

/** Every line of text the document holds, in reading order: what LibreOffice must give back. */
export function expectedLines(doc: MinutesDocument): string[] {
  const out: string[] = [doc.title, doc.subtitle];
  const block = (b: DocBlock): void => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        out.push(...plain(b.children));
        return;
      case 'list': {
        const list = (l: Extract<DocBlock, { kind: 'list' }>): void => {
          for (const item of l.items) {
            out.push(...plain(item.children));
            if (item.sublist) list(item.sublist);
          }
        };
        list(b);
        return;
      }
      case 'table':
        for (const row of b.rows) for (const cell of row) cell.blocks.forEach(block);
        return;
      default: {
        const never: never = b;
        throw new Error(`okänt block ${JSON.stringify(never)}`);
      }
    }
  };
  doc.blocks.forEach(block);
  return out.map(normalize).filter((line) => line !== '');
}

/**
 * Walks the expected lines through the text, each found after the one
 * before. Returns the lines that were missing or out of order, with where
 * the search stood.
 */
export function missingInOrder(text: string, lines: readonly string[]): string[] {
  const haystack = normalize(text);
  const problems: string[] = [];
  let at = 0;
  for (const line of lines) {
    const found = haystack.indexOf(line, at);
    if (found < 0) {
      const anywhere = haystack.indexOf(line);
      problems.push(
        anywhere < 0
          ? `saknas: "${line}"`
          : `fel ordning: "${line}" (finns vid ${anywhere}, sökningen stod vid ${at}: "…${haystack.slice(Math.max(0, at - 60), at)}")`,
      );
      continue;
    }
    at = found + line.length;
  }
  return problems;
}

export function zipParts(docx: Uint8Array): Record<string, string> {
  const entries = unzipSync(docx);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(entries)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

/** A template made the way an organisation would: Heading 1 in Georgia, dark red, and a Normal in Garamond. */
export async function organisationTemplate(): Promise<Uint8Array> {
  const template = new Document({
    styles: {
      default: {
        document: { run: { font: 'Garamond', size: 24 } },
        heading1: { run: { font: 'Georgia', color: '8B0000', size: 36, bold: true } },
      },
    },
    theme: { name: 'Norrviks tema', fonts: { headings: 'Georgia', body: 'Garamond' } },
    sections: [{ children: [new Paragraph('Organisationens mall')] }],
  });
  return new Uint8Array(await Packer.toBuffer(template));
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** An exporter for DOCX alone: its printer must never be used (DOCX does not print). */
export function docxOnlyExporter(exportDir: string): ExporterDeps {
  return {
    printPdf: () => Promise.reject(new Error('DOCX ska inte skrivas ut')),
    exportDir,
    showInFolder: () => false,
    openPath: () => Promise.resolve(false),
  };
}

/** The styles.xml of the meeting's DOCX, exported through `export:file`. */
export async function exportedStyles(app: TestApp, meetingId: number): Promise<string> {
  const result = await app.ok('export:file', { meetingId, format: 'docx', overwrite: true });
  const styles = zipParts(new Uint8Array(readFileSync(result.path)))['word/styles.xml'];
  expect(styles).toBeDefined();
  return styles!;
}

/** The w:style element of Heading1 in a styles.xml. */
export function heading1(stylesXml: string): string {
  const match = /<w:style\b[^>]*w:styleId="Heading1"[^>]*>[\s\S]*?<\/w:style>/.exec(stylesXml);
  expect(match, 'Heading1 finns i styles.xml').not.toBeNull();
  return match![0];
}
