import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { generateMinutes, type CorpusMinutes, type MinutesOptions } from './minutes';
import { printMinutes } from './print';
import { writeDocx } from './write-docx';
import { writeHtml } from './write-html';
import { writeMarkdown } from './write-markdown';
import { writeText } from './write-text';

/**
 * Writes a corpus of fictional minutes into a folder, each document by its
 * layout's program: the docx package, LibreOffice (HTML → DOCX), pandoc
 * (Markdown → DOCX), plain text; PDFs printed by LibreOffice from the DOCX.
 * LibreOffice runs once per batch with a profile of its own.
 */

const run = promisify(execFile);

export interface CorpusEntry {
  seed: number;
  options?: MinutesOptions;
}

export interface CorpusFile {
  minutes: CorpusMinutes;
  /** The file a reader gets. */
  path: string;
  fileName: string;
}

/** `soffice --convert-to` for many files at once, into `outDir`. */
async function soffice(target: string, files: readonly string[], outDir: string, profile: string, filter?: string): Promise<void> {
  if (files.length === 0) return;
  const args = [`-env:UserInstallation=file://${profile}`, '--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', target, '--outdir', outDir, ...files];
  await run('soffice', args, { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
}

export async function buildCorpus(dir: string, entries: readonly CorpusEntry[]): Promise<CorpusFile[]> {
  const work = join(dir, 'källor');
  mkdirSync(work, { recursive: true });
  const profile = join(dir, '.lo-profil');
  const files: CorpusFile[] = [];
  const html: string[] = [];
  const pdfSources: string[] = [];

  for (const { seed, options } of entries) {
    const minutes = generateMinutes(seed, options);
    const printed = printMinutes(minutes);
    const { layout } = minutes;
    const base = `seed-${seed}`;
    const docxDir = layout.pdf ? work : dir;
    const docxPath = join(docxDir, `${base}.docx`);
    switch (layout.writer) {
      case 'text':
        writeFileSync(join(dir, `${base}.txt`), writeText(printed));
        files.push({ minutes, path: join(dir, `${base}.txt`), fileName: `${base}.txt` });
        continue;
      case 'docx':
        writeFileSync(docxPath, await writeDocx(printed, layout.autoNumber, minutes.truth.meeting.title));
        break;
      case 'pandoc': {
        const md = join(work, `${base}.md`);
        writeFileSync(md, writeMarkdown(printed));
        await run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', docxPath, md], { timeout: 60_000 });
        break;
      }
      case 'libreoffice': {
        const page = join(work, `${base}.html`);
        writeFileSync(page, writeHtml(printed, minutes.truth.meeting.title));
        html.push(page);
        break;
      }
    }
    if (layout.pdf) pdfSources.push(docxPath);
    const fileName = `${base}.${layout.pdf ? 'pdf' : 'docx'}`;
    files.push({ minutes, path: join(dir, fileName), fileName });
  }

  // HTML opens in Writer/Web unless told otherwise, which cannot save Word files.
  await soffice('docx:MS Word 2007 XML', html, work, profile, 'HTML (StarWriter)');
  for (const page of html) {
    const docx = page.replace(/\.html$/, '.docx');
    if (!pdfSources.includes(docx)) copyFileSync(docx, join(dir, basename(docx)));
  }
  await soffice('pdf:writer_pdf_Export', pdfSources, dir, profile);
  for (const file of files) if (!existsSync(file.path)) throw new Error(`Korpusfilen ${file.fileName} skrevs inte.`);
  return files;
}
