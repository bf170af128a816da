import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createChromiumPrinter } from '../../electron/services/export/pdf-printer';
import { kallelseDocx, kallelsePdf } from '../../electron/services/export/kallelse';
import { numberAgenda } from '../../shared/model/agenda';
import type { Body, Meeting } from '../../shared/model/domain';
import { CHROMIUM_PATH } from '../e2e/chromium';
import type { ImportKit } from './import-bench';
import { summarize, type Summary } from './stats';

/**
 * `--only kallelse` (issue 21 point 1): the kallelse of the bench's meeting
 * (30 items, each given minutes so every item gets its clock time) as DOCX
 * and as tagged PDF, through the same services the export uses. Peers on the
 * same content: pandoc writing DOCX from the kallelse as Markdown, and
 * LibreOffice converting our DOCX to PDF.
 */

const run = promisify(execFile);
const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const fmt = (s: Summary | null) => (s ? `median ${round(s.median)} ms, p95 ${round(s.p95)} ms, n=${s.n}` : '–');

async function timed(runs: number, work: () => Promise<unknown>): Promise<Summary> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** The peer's input: the kallelse's text as Markdown (the agenda with times and presenters). */
function markdownOf(meeting: Meeting): string {
  const lines = [`# Kallelse`, '', `Datum: ${meeting.date}`, ''];
  for (const entry of numberAgenda(meeting.agenda)) {
    lines.push(`${entry.depth === 0 ? '##' : '###'} ${entry.number} ${entry.item.title}`, '');
    if (entry.item.minutes !== null) lines.push(`(${entry.item.minutes} minuter)`, '');
    for (const p of entry.item.presenters) lines.push(`- ${p.name}, ${p.organisation}`);
    lines.push('');
  }
  return lines.join('\n');
}

async function peer(runs: number, command: string, args: string[]): Promise<Summary | null> {
  try {
    return await timed(runs, () => run(command, args, { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }));
  } catch {
    return null;
  }
}

export async function benchKallelse(fx: { dir: string; meeting: Meeting; body: Body }, kit: ImportKit): Promise<void> {
  // Ten minutes an item from 09.00: a full day's agenda, every item with a clock time.
  const meeting: Meeting = { ...fx.meeting, startTime: '09.00', endTime: '16.00', agenda: fx.meeting.agenda.map((i) => ({ ...i, minutes: 10 })) };
  const items = numberAgenda(meeting.agenda).filter((n) => n.depth === 0).length;
  const docx = await timed(kit.quick ? 3 : 15, () => kallelseDocx(meeting, fx.body));
  const docxPath = join(fx.dir, 'kallelse.docx');
  writeFileSync(docxPath, await kallelseDocx(meeting, fx.body));
  const printer = createChromiumPrinter(CHROMIUM_PATH);
  let pdf: Summary;
  try {
    pdf = await timed(kit.quick ? 2 : 7, () => kallelsePdf(meeting, fx.body, printer.print));
  } finally {
    await printer.close();
  }
  const md = join(fx.dir, 'kallelse.md');
  writeFileSync(md, markdownOf(meeting));
  const pandoc = await peer(kit.quick ? 2 : 7, 'pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(fx.dir, 'kallelse-pandoc.docx'), md]);
  const profile = `file://${join(fx.dir, 'lo-kallelse')}`;
  const soffice = await peer(kit.quick ? 1 : 3, 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(fx.dir, 'lo-kallelse-pdf'), docxPath]);

  kit.details['kallelse'] = { items, docx, pdf, pandoc, soffice };
  kit.log(`  kallelse, ${items} punkter: DOCX ${fmt(docx)}; PDF ${fmt(pdf)}; pandoc ${fmt(pandoc)}; soffice ${fmt(soffice)}`);
  kit.figure({
    id: 'kallelse.docx.p95',
    name: `Kallelse DOCX (${items} punkter), p95`,
    unit: 'ms',
    ours: docx.p95,
    peer: pandoc?.p95 ?? null,
    target: 'p95 ≤ 300 ms',
    met: docx.p95 <= 300,
    peerName: pandoc ? 'pandoc md→docx' : 'pandoc saknas',
    note: `median ${round(docx.median)} ms`,
  });
  kit.figure({
    id: 'kallelse.pdf.p95',
    name: `Kallelse PDF (${items} punkter), p95`,
    unit: 'ms',
    ours: pdf.p95,
    peer: soffice?.p95 ?? null,
    target: 'p95 ≤ 1 500 ms',
    met: pdf.p95 <= 1500,
    peerName: soffice ? 'soffice docx→pdf, samma DOCX' : 'soffice saknas',
    note: `median ${round(pdf.median)} ms; taggad PDF`,
  });
}
