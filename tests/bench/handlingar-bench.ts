import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildHandlingar } from '../../electron/services/export/handlingar';
import { timed, type ImportKit } from './import-bench';
import { summarize, type Summary } from './stats';

/**
 * `--only handlingar` (issue 21 point 2): the handlingar of a meeting with
 * ten 20-page PDF bilagor, one per item, after a two-page kallelse —
 * `buildHandlingar`, what `export:handlingar` runs after printing the
 * kallelse. The peer joins the same files with `qpdf --empty --pages`
 * (no bookmarks), the tool a secretary might script instead.
 */

const run = promisify(execFile);
const LIMIT_MS = 2000;
const round = (v: number) => Math.round(v * 10) / 10;
const fmt = (s: Summary) => `median ${round(s.median)} ms, p95 ${round(s.p95)} ms, n=${s.n}`;

/** A fictional report of `pages` pages of running text, as a bilaga tends to be. */
async function report(title: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${title}, sida ${p}`, { x: 56, y: 780, size: 16, font });
    for (let line = 0; line < 45; line++) {
      page.drawText(`Rad ${line + 1}: uppföljning av samverkan mellan region och kommun, exempeltext ${p}.${line}.`, { x: 56, y: 750 - line * 15, size: 10, font });
    }
  }
  return doc.save();
}

export async function benchHandlingar(work: string, kit: ImportKit): Promise<void> {
  const folder = join(work, 'handlingar');
  mkdirSync(folder, { recursive: true });
  const kallelse = await report('Kallelse', 2);
  const bilagor = await Promise.all(Array.from({ length: 10 }, (_, i) => report(`Bilaga ${i + 1}`, 20)));
  const files = [kallelse, ...bilagor].map((bytes, i) => {
    const path = join(folder, `${String(i).padStart(2, '0')}.pdf`);
    writeFileSync(path, bytes);
    return path;
  });
  const input = {
    kallelsePdf: kallelse,
    meetingTitle: 'Handlingar',
    items: bilagor.map((bytes, i) => ({ label: `${i + 3}. Punkt ${i + 3}`, attachments: [{ fileName: `Bilaga ${i + 1}.pdf`, bytes }] })),
  };
  const runs = kit.quick ? 3 : 15;
  await buildHandlingar(input);
  const ours = summarize(await timed(runs, () => buildHandlingar(input)));
  let peer: Summary | null = null;
  let note = 'elva filer, 202 sidor';
  const args = ['--empty', '--pages', ...files, '--', join(folder, 'qpdf.pdf')];
  try {
    await run('qpdf', args);
    peer = summarize(await timed(runs, () => run('qpdf', args)));
  } catch {
    note = `${note}; qpdf saknas`;
  }
  kit.details['handlingar'] = { ours, peer };
  kit.log(`  handlingar: ${fmt(ours)}; qpdf: ${peer ? fmt(peer) : '–'}`);
  kit.figure({
    id: 'handlingar',
    name: 'Handlingar: kallelse + tio PDF-bilagor à 20 sidor',
    unit: 'ms',
    ours: ours.p95,
    peer: peer?.p95 ?? null,
    target: `p95 ≤ ${LIMIT_MS} ms`,
    met: ours.p95 <= LIMIT_MS,
    peerName: 'qpdf --empty --pages',
    note,
  });
}
