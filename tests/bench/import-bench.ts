import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readImportFile } from '../../electron/services/import/read';
import { saveMeetingFile } from '../../electron/services/meetingfile/import';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { recogniseMinutes } from '../../shared/import/recognise';
import { generateMinutes } from '../import-corpus/minutes';
import { printMinutes } from '../import-corpus/print';
import { writeDocx } from '../import-corpus/write-docx';
import { writeText } from '../import-corpus/write-text';
import type { ArchiveFigure } from './archive-bench';
import { summarize, type Summary } from './stats';

/**
 * `--only import` (issue 20 point 9): a long DOCX and PDF of fictional
 * minutes (tests/import-corpus) from file to the review screen's data —
 * `readImportFile` then `recogniseMinutes`, what `import:read` and the
 * review screen run — and a folder of 200 files read, recognised and saved
 * with `saveMeetingFile` into a fresh database. Peers only extract text from
 * the same files: `pandoc -t plain` for the DOCX, `pdftotext` for the PDF,
 * one `soffice --convert-to txt` call for the folder.
 */

const run = promisify(execFile);

export interface ImportKit {
  quick: boolean;
  figure(f: ArchiveFigure): void;
  log(line: string): void;
  details: Record<string, unknown>;
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const fmt = (s: Summary) => `median ${round(s.median)} ms, p95 ${round(s.p95)} ms, n=${s.n}`;

/** A long meeting (16 subject items with long notes) as a Word file, and the same printed to PDF by LibreOffice. */
async function longMinutes(work: string): Promise<{ docx: string; pdf: string; pages: number }> {
  const minutes = generateMinutes(4242, { subjects: 16, notesScale: 10, layout: { writer: 'docx', pdf: false, linksAsText: false } });
  const docx = join(work, 'lang-mötesanteckning.docx');
  writeFileSync(docx, await writeDocx(printMinutes(minutes), minutes.layout.autoNumber, minutes.truth.meeting.title));
  await run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-import')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 300_000 });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  const info = await run('pdfinfo', [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? Number.NaN);
  return { docx, pdf, pages };
}

/** The wall time of each of `runs` runs of `work`, one after another, in ms. */
export async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

/** File to the review screen's data: read, then recognise. */
async function toReview(path: string, name: string): Promise<ReturnType<typeof recogniseMinutes>> {
  const source = await readImportFile(new Uint8Array(readFileSync(path)), name);
  return recogniseMinutes(source);
}

async function figureOne(kit: ImportKit, id: string, name: string, path: string, limitMs: number, peer: { name: string; args: [string, string[]] }): Promise<void> {
  const runs = kit.quick ? 3 : 15;
  let ours: Summary | null = null;
  let note = '';
  try {
    await toReview(path, name);
    ours = summarize(await timed(runs, () => toReview(path, name)));
  } catch (error) {
    note = `kunde inte läsas: ${error instanceof Error ? error.message : String(error)}`;
  }
  const [command, args] = peer.args;
  let peerSummary: Summary | null = null;
  try {
    await run(command, args, { maxBuffer: 64 * 1024 * 1024 });
    peerSummary = summarize(await timed(kit.quick ? 2 : 7, () => run(command, args, { maxBuffer: 64 * 1024 * 1024 })));
  } catch {
    note = `${note} ${command} saknas`.trim();
  }
  kit.details[id] = { ours, peer: peerSummary };
  kit.log(`  ${name}: ${ours ? fmt(ours) : note}; ${peer.name}: ${peerSummary ? fmt(peerSummary) : '–'}`);
  kit.figure({
    id,
    name,
    unit: 'ms',
    ours: ours?.p95 ?? null,
    peer: peerSummary?.p95 ?? null,
    target: `p95 ≤ ${limitMs} ms`,
    met: ours ? ours.p95 <= limitMs : null,
    peerName: peer.name,
    note: note || `median ${ours ? round(ours.median) : '–'} ms; jämförelsen tar bara ut texten`,
  });
}

/** 200 minutes of ordinary length, most as Word files, some as text. */
async function writeFolder(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const names: string[] = [];
  for (let i = 0; i < 200; i++) {
    const text = i % 10 === 9;
    const minutes = generateMinutes(5000 + i, { layout: { writer: text ? 'text' : 'docx', pdf: false } });
    const printed = printMinutes(minutes);
    const name = `möte-${String(i + 1).padStart(3, '0')}.${text ? 'txt' : 'docx'}`;
    writeFileSync(join(folder, name), text ? writeText(printed) : await writeDocx(printed, minutes.layout.autoNumber, minutes.truth.meeting.title));
    names.push(name);
  }
  return names;
}

async function benchFolder(kit: ImportKit, work: string): Promise<void> {
  const folder = join(work, 'mapp-200');
  const names = await writeFolder(folder);
  const db = openDatabase(join(work, 'import-200.sqlite'));
  let ours: number | null = null;
  let note = '';
  // A file that fails is counted and the rest go on, as `import --dir` does; the first message is kept.
  const failed: string[] = [];
  try {
    const started = performance.now();
    for (const name of names) {
      try {
        const { draft } = await toReview(join(folder, name), name);
        saveMeetingFile(db, draft.file, null, new Date());
      } catch (error) {
        failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failed.length < names.length) ours = (performance.now() - started) / 1000;
  } finally {
    closeDatabase(db);
  }
  if (failed.length > 0) note = `${failed.length} av ${names.length} kunde inte läsas (${failed[0]})`;
  let peer: number | null = null;
  const docx = names.filter((n) => n.endsWith('.docx')).map((n) => join(folder, n));
  try {
    const started = performance.now();
    await run('soffice', [`-env:UserInstallation=file://${join(work, 'lo-import')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(work, 'mapp-txt'), ...docx], { timeout: 600_000 });
    peer = (performance.now() - started) / 1000;
  } catch {
    note = `${note} soffice saknas`.trim();
  }
  kit.details['import.folder'] = { files: names.length, failed: failed.length, seconds: ours, peerSeconds: peer };
  kit.log(`  200 filer: ${ours !== null ? `${round(ours)} s` : note}; soffice till text: ${peer !== null ? `${round(peer)} s` : '–'}`);
  kit.figure({
    id: 'import.folder',
    name: 'Import av 200 filer (läsa, känna igen, spara)',
    unit: 's',
    ours,
    peer,
    target: '≤ 60 s',
    met: ours !== null ? ours <= 60 && failed.length === 0 : null,
    peerName: `soffice --convert-to txt, ${docx.length} docx i ett anrop`,
    note: note || 'jämförelsen tar bara ut texten ur Word-filerna, sparar inget',
  });
}

export async function benchImport(work: string, kit: ImportKit): Promise<void> {
  const long = await longMinutes(work);
  kit.details['import.long'] = { pages: long.pages };
  kit.log(`  lång mötesanteckning: ${long.pages} sidor`);
  await figureOne(kit, 'import.docx', `DOCX (${long.pages} sidor) till granskningen`, long.docx, 1000, { name: 'pandoc -t plain', args: ['pandoc', ['-t', 'plain', long.docx]] });
  await figureOne(kit, 'import.pdf', `PDF (${long.pages} sidor) till granskningen`, long.pdf, 2000, { name: 'pdftotext', args: ['pdftotext', [long.pdf, '-']] });
  await benchFolder(kit, work);
}
