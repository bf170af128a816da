import { benchSearch, buildArchive, type ArchiveKit } from './archive-bench';
import { benchArchivePaint, benchTypingIndex } from './archive-paint-bench';
import { benchImport } from './import-bench';
import { benchKallelse } from './kallelse-bench';
import { benchSpelling, benchSpellingInBrowser, spellingTypingView, withSpellingLive } from './spelling-bench';
import { benchHandlingar } from './handlingar-bench';
import Database from 'better-sqlite3';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import { createChromiumPrinter } from '../../electron/services/export/pdf-printer';
import { renderPdf } from '../../electron/services/export/render';
import { importMeetingFile } from '../../electron/services/meetingfile/import';
import { getBody } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { getMeeting } from '../../electron/services/storage/meetings';
import { buildMinutesDocument } from '../../shared/document/build';
import { exportMeetingFile, type MeetingFile } from '../../shared/meetingfile/schema';
import type { Body, Meeting } from '../../shared/model/domain';
import { notesCharacterCount } from '../../shared/notes/text';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { bigMeetingFile } from './data';
import { percentile, slope, summarize, type Summary } from './stats';

/**
 * `npm run bench`: what a secretary feels, measured against a peer in the
 * same run. Never fails on a missed target; it prints "över målet" instead.
 * The method of every figure is in tests/bench/README.md.
 *
 * Run by build/scripts/bench.mjs, which bundles this file and the peer page
 * and passes --root (the repository) and --build (the bundles' folder).
 */

const run = promisify(execFile);

const { values: opts } = parseArgs({
  options: {
    root: { type: 'string' },
    build: { type: 'string' },
    out: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'memory-minutes': { type: 'string' },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'archive-db': { type: 'string' },
  },
  strict: true,
});

const ROOT = resolve(opts.root ?? process.cwd());
const BUILD = resolve(opts.build ?? join(ROOT, 'dist', 'bench'));
const CLI = join(ROOT, 'dist', 'electron', 'cli.cjs');
const QUICK = opts.quick === true;
const MEMORY_MINUTES = opts['memory-minutes'] !== undefined ? Number(opts['memory-minutes']) : QUICK ? 1 : 15;
if (!(MEMORY_MINUTES > 0)) throw new Error(`Ogiltigt värde för --memory-minutes: ${opts['memory-minutes']}. Ange ett positivt tal.`);
const ONLY = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : null;
const SECTIONS = ['startup', 'bundle', 'typing', 'durability', 'open', 'export', 'memory', 'search', 'archive', 'import', 'kallelse', 'handlingar', 'spelling'] as const;
type Section = (typeof SECTIONS)[number];
for (const name of ONLY ?? []) {
  if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`Okänd mätning i --only: ${name}. Välj bland ${SECTIONS.join(', ')}.`);
}

const N = {
  typingRounds: QUICK ? 1 : 5,
  typingChars: QUICK ? 120 : 200,
  typingWarmup: 60,
  typingDelayMs: 60,
  durabilityMarkers: QUICK ? 15 : 60,
  durabilityDelayMs: 110,
  openRuns: QUICK ? 4 : 15,
  startupRuns: QUICK ? 2 : 7,
  docxRuns: QUICK ? 3 : 15,
  pdfRuns: QUICK ? 2 : 7,
  libreOfficeRuns: QUICK ? 1 : 3,
  pandocRuns: QUICK ? 2 : 7,
  memorySampleMs: QUICK ? 5_000 : 15_000,
  memoryDelayMs: 150,
};

// --- results ----------------------------------------------------------------

interface Figure {
  id: string;
  /** Swedish, as printed. */
  name: string;
  unit: string;
  ours: number | null;
  peer: number | null;
  /** ours / peer */
  ratio: number | null;
  target: string;
  /** null: no target, or not measured. */
  met: boolean | null;
  peerName: string;
  note?: string;
}

const figures: Figure[] = [];
const details: Record<string, unknown> = {};
const failures: Record<string, string> = {};

function figure(f: Omit<Figure, 'ratio'> & { ratio?: number | null }): void {
  const ratio = f.ratio !== undefined ? f.ratio : f.ours !== null && f.peer !== null && f.peer !== 0 ? f.ours / f.peer : null;
  figures.push({ ...f, ratio });
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));
const nowEpoch = () => performance.timeOrigin + performance.now();

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function fmtSummary(s: Summary, unit = 'ms'): string {
  return `median ${round(s.median)} ${unit}, p95 ${round(s.p95)} ${unit}, n=${s.n}`;
}

// --- the large meeting --------------------------------------------------------

interface Fixture {
  dir: string;
  dbPath: string;
  meeting: Meeting;
  body: Body;
  file: MeetingFile;
  notesChars: number;
  /** The item the typing figures type into (the middle one). */
  typingItemIndex: number;
}

function createFixture(dir: string): Fixture {
  const dbPath = join(dir, 'anteckna.sqlite');
  const db = openDatabase(dbPath);
  try {
    const seeded = seedDemo(db, new Date());
    const first = seeded.meetings[0];
    if (!first) throw new Error('Demodatan saknar möten.');
    const demo = getMeeting(db, first.id);
    const template = exportMeetingFile(demo, getBody(db, demo.bodyId));
    const file = bigMeetingFile(template);
    const { meetingId } = importMeetingFile(db, JSON.stringify(file), new Date());
    const meeting = getMeeting(db, meetingId);
    const body = getBody(db, meeting.bodyId);
    const notesChars = meeting.agenda.reduce((sum, item) => sum + notesCharacterCount(item.notes), 0);
    return { dir, dbPath, meeting, body, file, notesChars, typingItemIndex: Math.floor(meeting.agenda.length / 2) };
  } finally {
    closeDatabase(db);
  }
}

/**
 * A copy of the fixture's database as it was created. Each host that types
 * gets one: the app keeps what is typed, the peer page does not, so typing
 * into one shared database would make every later round type into a longer
 * paragraph than the peer's (it grew by a sentence a round).
 */
function fixtureCopy(fx: Fixture, name: string): string {
  const path = join(fx.dir, `${name}.sqlite`);
  const source = new Database(fx.dbPath, { readonly: true, fileMustExist: true });
  try {
    writeFileSync(path, source.serialize());
  } finally {
    source.close();
  }
  return path;
}

function topItems(meeting: Meeting) {
  return meeting.agenda.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);
}

/** The same notes the app stores, one entry per item, for the peer page. */
function writePeerFiles(fx: Fixture, peerDir: string): void {
  const items = topItems(fx.meeting).map((i) => ({ title: i.title, notes: JSON.stringify(i.notes) }));
  writeFileSync(join(peerDir, 'notes.json'), JSON.stringify(items));
  writeFileSync(
    join(peerDir, 'index.html'),
    `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Jämförelse: Lexical</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 52rem; padding: 1rem; }
.peer-content { border: 1px solid #ccc; padding: .5rem; min-height: 4rem; outline: none; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .25rem; }
</style>
<script type="module" src="peer.js"></script></head>
<body><div id="peer"></div></body></html>
`,
  );
}

// --- processes ---------------------------------------------------------------

interface Host {
  url: string;
  /** The process that serves (the Node host, also when started under strace). */
  pid: number;
  /** ms from spawn until the address was printed. */
  readyMs: number;
  stop(): Promise<void>;
}

function startProcess(command: string, args: string[], pattern: RegExp, label: string): Promise<Host> {
  const started = nowEpoch();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ANTECKNA_DB: '' } });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise<Host>((resolveHost, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match?.[1]) {
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolveHost({
          url: match[1],
          pid: servingPid(child),
          readyMs: nowEpoch() - started,
          stop: async () => {
            if (child.exitCode === null) process.kill(servingPid(child), 'SIGTERM');
            await Promise.race([exited, sleep(10_000)]);
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${label} avslutades (kod ${code}) innan den skrev sin adress:\n${output}`)));
  });
}

/** Under strace the served process is strace's child; signals go to it so strace can report and exit. */
function servingPid(child: ChildProcess): number {
  const pid = child.pid ?? 0;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    if (child.spawnfile === 'strace' && children[0]) return Number(children[0]);
  } catch {
    // Not Linux or already gone: the child itself.
  }
  return pid;
}

function startAppHost(dbPath: string, straceFile?: string): Promise<Host> {
  const node = [process.execPath, CLI, 'web', '--db', dbPath, '--port', '0'];
  const [command, ...args] = straceFile
    ? ['strace', '-f', '--seccomp-bpf', '-qq', '-ttt', '-e', 'trace=fsync,fdatasync,sync_file_range,msync', '-o', straceFile, ...node]
    : node;
  return startProcess(command ?? process.execPath, args, /Anteckna körs på (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/, 'Webbvärden');
}

function startPeerHost(peerDir: string): Promise<Host> {
  return startProcess(process.execPath, [join(BUILD, 'peer-server.cjs'), peerDir], /Jämförelsesidan körs på (http:\/\/127\.0\.0\.1:\d+\/)/, 'Jämförelsesidans server');
}

async function hasCommand(command: string, args: string[]): Promise<string | null> {
  try {
    const { stdout } = await run(command, args, { timeout: 30_000 });
    return stdout.split('\n')[0]?.trim() ?? '';
  } catch {
    return null;
  }
}

// --- in-page instrumentation -----------------------------------------------

/**
 * Installed in every page before its own scripts. At each keydown it keeps
 * the event's timeStamp (the moment the browser took the key) and, while
 * measuring, the time of the first task after the next animation frame:
 * requestAnimationFrame runs just before the frame that shows the DOM change
 * the keystroke made; a message posted from there is handled after that
 * frame has been produced. It also keeps the time of the last click on a
 * link (the open figure starts there).
 */
const INIT_SCRIPT = `(() => {
  const bench = { on: false, lat: [], lastKeyEpoch: 0, clickAt: 0, openBase: -1, openDoneAt: 0, openSeenAt: 0 };
  Object.defineProperty(window, '__bench', { value: bench });
  document.addEventListener('keydown', (event) => {
    const t0 = event.timeStamp;
    bench.lastKeyEpoch = performance.timeOrigin + t0;
    if (!bench.on) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.lat.push(performance.now() - t0); };
      channel.port2.postMessage(null);
    });
  }, true);
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (link && !link.closest('[contenteditable]')) bench.clickAt = event.timeStamp;
  }, true);
})();`;

interface BenchWindow {
  __bench: { on: boolean; lat: number[]; lastKeyEpoch: number; clickAt: number; openBase: number; openDoneAt: number; openSeenAt: number };
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await context.addInitScript(INIT_SCRIPT);
  return context;
}

/** Epoch ms of the first task after the next frame: when what is in the DOM now has been painted. */
function afterNextPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.timeOrigin + performance.now());
          channel.port2.postMessage(null);
        });
      }),
  );
}

interface Target {
  kind: 'ours' | 'peer';
  /** Opens the large meeting in the page and waits until all its editors are there. */
  openMeeting(page: Page): Promise<void>;
  /** The editor the typing figures type into. */
  editorSelector: string;
  /** The first item's editor (open figure). */
  firstEditorSelector: string;
  listUrl: string;
  listLinkSelector: string;
  backToList(page: Page): Promise<void>;
}

function ourTarget(appUrl: string, fx: Fixture): Target {
  const items = topItems(fx.meeting);
  const middle = items[fx.typingItemIndex];
  const first = items[0];
  if (!middle || !first) throw new Error('Prestandamötet saknar punkter.');
  const meetingUrl = `${appUrl}#/meeting/${fx.meeting.id}`;
  return {
    kind: 'ours',
    async openMeeting(page) {
      await page.goto(meetingUrl);
      await page.locator('#app[data-app-state="ready"]').waitFor();
      await page.locator('[data-notes-item] [contenteditable="true"]').nth(items.length - 1).waitFor();
    },
    editorSelector: `[data-notes-item="${middle.id}"] [contenteditable="true"]`,
    firstEditorSelector: `[data-notes-item="${first.id}"] [contenteditable="true"]`,
    listUrl: appUrl,
    listLinkSelector: `a.meeting-row[data-meeting-id="${fx.meeting.id}"]`,
    async backToList(page) {
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.locator(`a.meeting-row[data-meeting-id="${fx.meeting.id}"]`).waitFor();
    },
  };
}

/** Live mode (#/meeting/<id>/live/<item>): only the item in progress has an editor. */
function ourLiveTarget(appUrl: string, fx: Fixture): Target {
  const base = ourTarget(appUrl, fx);
  const middle = topItems(fx.meeting)[fx.typingItemIndex];
  return {
    ...base,
    kind: 'ours',
    async openMeeting(page) {
      await page.goto(`${appUrl}#/meeting/${fx.meeting.id}/live/${middle?.id ?? 0}`);
      await page.locator('#app[data-app-state="ready"]').waitFor();
      await page.locator(base.editorSelector).waitFor();
    },
  };
}

function peerItemTarget(peerUrl: string, fx: Fixture): Target {
  const base = peerTarget(peerUrl, fx);
  return {
    ...base,
    async openMeeting(page) {
      await page.goto(`${peerUrl}#/item/${fx.typingItemIndex}`);
      await page.locator(base.editorSelector).waitFor();
    },
  };
}

function peerTarget(peerUrl: string, fx: Fixture): Target {
  const count = topItems(fx.meeting).length;
  return {
    kind: 'peer',
    async openMeeting(page) {
      await page.goto(`${peerUrl}#/meeting`);
      await page.locator('.peer-content[contenteditable="true"]').nth(count - 1).waitFor();
    },
    editorSelector: `[data-peer-item="${fx.typingItemIndex}"] [contenteditable="true"]`,
    firstEditorSelector: '[data-peer-item="0"] [contenteditable="true"]',
    listUrl: `${peerUrl}#/list`,
    listLinkSelector: '#peer-list a',
    async backToList(page) {
      await page.evaluate(() => {
        window.location.hash = '#/list';
      });
      await page.locator('#peer-list a').waitFor();
    },
  };
}

/** Puts the caret at the end of a paragraph in the middle of the editor. */
async function caretInMiddle(page: Page, editorSelector: string): Promise<void> {
  const paragraphs = page.locator(`${editorSelector} > p`);
  const count = await paragraphs.count();
  if (count === 0) throw new Error(`Inga stycken i ${editorSelector}.`);
  await paragraphs.nth(Math.floor(count / 2)).click();
  await page.keyboard.press('End');
}

const TYPING_TEXT =
  'Arbetsgruppen redovisar att rutinen för samordnad vårdplanering följs i alla kommuner och att avvikelserna minskar. ';

function textOfLength(length: number, offset = 0): string {
  let text = '';
  while (text.length < length + offset) text += TYPING_TEXT;
  return text.slice(offset, offset + length);
}

// --- 1. typing latency -------------------------------------------------------

interface TypingPage {
  kind: 'ours' | 'peer';
  page: Page;
  target: Target;
}

/**
 * One round: both pages open side by side (each in its own renderer), the
 * caret in the same paragraph, and the keys dealt out in turn, so each page
 * gets a key every typingDelayMs and a slow moment of the machine falls on
 * both alike. (Typed one page after the other, the rounds' medians of the
 * same build differed by up to 30%, more than what was being compared.)
 */
async function typingRound(pages: TypingPage[], chars: number): Promise<void> {
  for (const { page, target } of pages) await target.openMeeting(page);
  // Lets the work that follows a load settle (fetches, idle callbacks) on both sides.
  await sleep(2_000);
  for (const { page, target } of pages) {
    await caretInMiddle(page, target.editorSelector);
    await page.keyboard.type(textOfLength(N.typingWarmup), { delay: N.typingDelayMs });
  }
  await sleep(500);
  for (const { page } of pages) {
    await page.evaluate(() => {
      const b = (window as unknown as BenchWindow).__bench;
      b.lat = [];
      b.on = true;
    });
  }
  const gap = N.typingDelayMs / pages.length;
  for (const ch of textOfLength(chars, N.typingWarmup)) {
    for (const { page } of pages) {
      await page.keyboard.type(ch);
      await sleep(gap);
    }
  }
  await sleep(300);
}

/** Our live view alone on a host: the keys' latencies (the search figures compare hosts with and without the index). */
async function typeIntoLive(browser: Browser, fx: Fixture, appUrl: string): Promise<number[]> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await typingRound([{ kind: 'ours', page, target: ourLiveTarget(appUrl, fx) }], N.typingChars);
    return await typedLatencies(page);
  } finally {
    await context.close();
  }
}

async function typedLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    b.on = false;
    return b.lat.slice();
  });
}

async function benchTyping(
  browser: Browser,
  fx: Fixture,
  ourView: (appUrl: string) => Target,
  peer: Target,
  view: { id: string; label: string; detail: string },
): Promise<void> {
  const samples = { ours: [] as number[], peer: [] as number[] };
  for (let roundNo = 0; roundNo < N.typingRounds; roundNo++) {
    // Our side types into a fresh copy each round: the same notes the peer page starts from.
    const host = await startAppHost(fixtureCopy(fx, `${view.id}-${roundNo}`));
    const contexts = [await newContext(browser), await newContext(browser)];
    try {
      const [oursContext, peerContext] = contexts;
      if (!oursContext || !peerContext) throw new Error('Webbläsarkontexterna kunde inte skapas.');
      const pages: TypingPage[] = [
        { kind: 'ours', page: await oursContext.newPage(), target: ourView(host.url) },
        { kind: 'peer', page: await peerContext.newPage(), target: peer },
      ];
      // Who gets the first key of each pair alternates between rounds.
      if (roundNo % 2 === 1) pages.reverse();
      await typingRound(pages, N.typingChars);
      for (const { kind, page } of pages) samples[kind].push(...(await typedLatencies(page)));
    } finally {
      for (const context of contexts) await context.close();
      await host.stop();
    }
  }
  const o = summarize(samples.ours);
  const p = summarize(samples.peer);
  details[view.id] = {
    ours: o,
    peer: p,
    oursOver16: samples.ours.filter((v) => v > 16).length,
    peerOver16: samples.peer.filter((v) => v > 16).length,
    samples: { ours: samples.ours.map((v) => round(v, 1)), peer: samples.peer.map((v) => round(v, 1)) },
    definition: 'keydown event.timeStamp → first task after the next animation frame' };
  log(`  Anteckna: ${fmtSummary(o)}; Lexical: ${fmtSummary(p)}`);
  figure({ id: `${view.id}.median`, name: `Skrivlatens ${view.label}, median`, unit: 'ms', ours: o.median, peer: p.median, target: '', met: null, peerName: view.detail });
  const ratio = o.p95 / p.p95;
  figure({
    id: `${view.id}.p95`,
    name: `Skrivlatens ${view.label}, p95`,
    unit: 'ms',
    ours: o.p95,
    peer: p.p95,
    target: '≤ 16 ms, kvot ≤ 1,25',
    met: o.p95 <= 16 && ratio <= 1.25,
    peerName: view.detail,
    note: `n=${o.n}/${p.n}`,
  });
}

/**
 * The checker's own cost while typing: our meeting view with live spelling
 * on and with it off, side by side in the same rounds (each on its own host
 * and fresh copy), the keys dealt out in turn as in benchTyping. The figures
 * against bare Lexical ran in rounds of their own, where the peer's p95 alone
 * moved by a quarter between runs; paired, a slow moment falls on both alike.
 */
async function benchTypingSpellingPaired(browser: Browser, fx: Fixture): Promise<void> {
  const samples = { ours: [] as number[], peer: [] as number[] };
  for (let roundNo = 0; roundNo < N.typingRounds; roundNo++) {
    const hosts = [await startAppHost(fixtureCopy(fx, `paired-on-${roundNo}`)), await startAppHost(fixtureCopy(fx, `paired-off-${roundNo}`))];
    const contexts = [await newContext(browser), await newContext(browser)];
    try {
      const [onHost, offHost] = hosts;
      const [onContext, offContext] = contexts;
      if (!onHost || !offHost || !onContext || !offContext) throw new Error('Värdarna eller webbläsarkontexterna kunde inte startas.');
      // 'ours' is the checker on, 'peer' the same app with it off.
      const pages: TypingPage[] = [
        { kind: 'ours', page: await onContext.newPage(), target: withSpellingLive(ourTarget(onHost.url, fx), 'on') },
        { kind: 'peer', page: await offContext.newPage(), target: withSpellingLive(ourTarget(offHost.url, fx), 'off') },
      ];
      if (roundNo % 2 === 1) pages.reverse();
      await typingRound(pages, N.typingChars);
      for (const { kind, page } of pages) samples[kind].push(...(await typedLatencies(page)));
    } finally {
      for (const context of contexts) await context.close();
      for (const host of hosts) await host.stop();
    }
  }
  const on = summarize(samples.ours);
  const off = summarize(samples.peer);
  details['typingSpellingPaired'] = {
    on,
    off,
    samples: { on: samples.ours.map((v) => round(v, 1)), off: samples.peer.map((v) => round(v, 1)) },
    definition: 'keydown event.timeStamp → first task after the next animation frame; on and off typed in the same rounds',
  };
  log(`  Stavning på: ${fmtSummary(on)}; stavning av: ${fmtSummary(off)}`);
  figure({
    id: 'typingSpellingPaired.p95',
    name: 'Skrivlatens i mötesvyn, stavning på mot av i samma omgångar, p95',
    unit: 'ms',
    ours: on.p95,
    peer: off.p95,
    target: '',
    met: null,
    peerName: 'Anteckna med stavningen av',
    note: `median ${round(on.median)} mot ${round(off.median)} ms; n=${on.n}/${off.n}`,
  });
}

// --- 2. durability --------------------------------------------------------------

async function benchDurability(browser: Browser, fx: Fixture, useStrace: boolean): Promise<void> {
  const straceFile = useStrace ? join(fx.dir, 'strace.txt') : undefined;
  const dbPath = fixtureCopy(fx, 'durability');
  const host = await startAppHost(dbPath, straceFile);
  const context = await newContext(browser);
  const ro = new Database(dbPath, { readonly: true, fileMustExist: true });
  const itemId = topItems(fx.meeting)[fx.typingItemIndex]?.id ?? 0;
  const read = ro.prepare('SELECT notes_json FROM agenda_items WHERE id = ?').pluck();
  const pending: { marker: string; t0: number }[] = [];
  const latencies: number[] = [];
  let saves = 0;
  const poller = setInterval(() => {
    if (pending.length === 0) return;
    const stored = String(read.get(itemId) ?? '');
    const seen = nowEpoch();
    for (let i = pending.length - 1; i >= 0; i--) {
      const entry = pending[i];
      if (entry && stored.includes(entry.marker)) {
        latencies.push(seen - entry.t0);
        pending.splice(i, 1);
      }
    }
  }, 4);
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/notes:save') saves += 1;
    });
    await ourTarget(host.url, fx).openMeeting(page);
    await caretInMiddle(page, ourTarget(host.url, fx).editorSelector);
    await page.keyboard.type(textOfLength(20), { delay: N.durabilityDelayMs });
    await sleep(1_500);
    const from = nowEpoch();
    saves = 0;
    let typed = 0;
    // Steady typing: words with a unique marker word ("mk7x") every few words.
    for (let i = 0; i < N.durabilityMarkers; i++) {
      const marker = `mk${i}x`;
      for (const ch of textOfLength(12, (i * 12) % TYPING_TEXT.length)) {
        await page.keyboard.type(ch);
        typed += 1;
        await sleep(N.durabilityDelayMs);
      }
      for (const [k, ch] of [...marker].entries()) {
        await page.keyboard.type(ch);
        typed += 1;
        if (k === marker.length - 1) {
          const t0 = await page.evaluate(() => (window as unknown as BenchWindow).__bench.lastKeyEpoch);
          pending.push({ marker, t0 });
        }
        await sleep(N.durabilityDelayMs);
      }
      await page.keyboard.type(' ');
      typed += 1;
      await sleep(N.durabilityDelayMs);
    }
    const to = nowEpoch();
    const deadline = Date.now() + 15_000;
    while (pending.length > 0 && Date.now() < deadline) await sleep(20);
    const minutes = (to - from) / 60_000;
    let syncsPerMinute: number | null = null;
    let syncNote = '';
    await context.close();
    await host.stop();
    if (straceFile && existsSync(straceFile)) {
      const lines = readFileSync(straceFile, 'utf8').split('\n');
      const inWindow = lines.filter((line) => {
        const match = /^\d+\s+(\d+\.\d+)\s+(fsync|fdatasync|sync_file_range|msync)\(/.exec(line);
        return match?.[1] !== undefined && Number(match[1]) * 1000 >= from && Number(match[1]) * 1000 <= to;
      });
      syncsPerMinute = inWindow.length / minutes;
      syncNote = `strace: ${inWindow.length} synkar på ${round(minutes, 2)} min`;
    } else {
      syncNote = 'strace saknas: synkar räknas inte';
    }
    const s = summarize(latencies);
    const peer = peerDurability(fx, N.durabilityMarkers);
    const savesPerMinute = saves / minutes;
    details['durability'] = {
      ours: s,
      peer,
      lost: pending.map((p) => p.marker),
      syncsPerMinute,
      savesPerMinute,
      typingCharsPerSecond: round(typed / ((to - from) / 1000), 1),
      syncNote,
    };
    log(`  Anteckna: ${fmtSummary(s)}; direkt skrivning: ${fmtSummary(peer)}; ${syncNote}; sparningar/min ${round(savesPerMinute)}; ${round(typed / ((to - from) / 1000), 1)} tecken/s`);
    figure({
      id: 'durability.p95',
      name: 'Tangent → i SQLite, p95',
      unit: 'ms',
      ours: s.p95,
      peer: peer.p95,
      target: '≤ 1 000 ms',
      met: s.p95 <= 1000 && pending.length === 0,
      peerName: 'direkt UPDATE+COMMIT',
      note: pending.length > 0 ? `${pending.length} markörer kom aldrig fram` : `n=${s.n}`,
    });
    figure({
      id: 'durability.syncsPerMinute',
      name: 'Disksynkar per minut',
      unit: '/min',
      ours: syncsPerMinute,
      peer: null,
      target: 'rapporteras',
      met: null,
      peerName: '',
      note: `${syncNote}; ${round(savesPerMinute)} sparningar/min`,
    });
  } finally {
    clearInterval(poller);
    ro.close();
    await context.close().catch(() => undefined);
    await host.stop().catch(() => undefined);
  }
}

/** The floor: one UPDATE of an item's notes and its COMMIT, WAL with synchronous=FULL, same disk. */
function peerDurability(fx: Fixture, runs: number): Summary {
  const path = join(fx.dir, 'peer-durability.sqlite');
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, notes_json TEXT)');
    const json = JSON.stringify(topItems(fx.meeting)[fx.typingItemIndex]?.notes ?? null);
    db.prepare('INSERT INTO notes (id, notes_json) VALUES (1, ?)').run(json);
    const update = db.prepare('UPDATE notes SET notes_json = ? WHERE id = 1');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      update.run(json.replace('"text":"', `"text":"mk${i}x `));
      times.push(performance.now() - started);
    }
    return summarize(times);
  } finally {
    db.close();
  }
}

// --- 3. open --------------------------------------------------------------------

/**
 * One open: from the click on the meeting's link in the list until a key
 * typed into the first item's editor shows in it. A watcher polling every
 * frame notes how many "q" the editor holds when it first shows its text, and
 * the frame in which one more appears; the stored text may already hold "q"s
 * from earlier opens.
 */
interface OpenTimes {
  /** Click → the first editor shows its text (the frame it is painted in). */
  shown: number;
  /** Click → the typed key shows in the editor. */
  typed: number;
  /** Of `typed`: from the editor showing until the automation's key arrived. */
  automation: number;
}

async function openOnce(page: Page, target: Target): Promise<OpenTimes> {
  await page.evaluate((selector) => {
    const b = (window as unknown as BenchWindow).__bench;
    b.openBase = -1;
    b.openDoneAt = 0;
    b.openSeenAt = 0;
    const tick = () => {
      const el = document.querySelector(selector);
      const text = el?.textContent ?? '';
      if (text.length > 0) {
        const count = text.split('q').length - 1;
        if (b.openBase < 0) {
          b.openBase = count;
          b.openSeenAt = performance.now();
        }
        else if (count > b.openBase) {
          b.openDoneAt = performance.now();
          return;
        }
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, target.firstEditorSelector);
  await page.locator(target.listLinkSelector).click();
  // focus() rather than a click: one call once the editor is attached, instead of
  // Playwright's click checks (visible, stable over two frames, scrolled into view).
  await page.locator(target.firstEditorSelector).focus();
  await page.keyboard.press('q');
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.openDoneAt > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const b = (window as unknown as BenchWindow).__bench;
    const keyAt = b.lastKeyEpoch - performance.timeOrigin;
    return { shown: b.openSeenAt - b.clickAt, typed: b.openDoneAt - b.clickAt, automation: keyAt - b.openSeenAt };
  });
}

async function benchOpen(browser: Browser, ours: Target, peer: Target): Promise<void> {
  const samples = { ours: [] as OpenTimes[], peer: [] as OpenTimes[] };
  for (const target of [ours, peer]) {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto(target.listUrl);
      await page.locator(target.listLinkSelector).waitFor();
      // One unmeasured open warms the code paths, as a secretary's second open would be.
      await openOnce(page, target);
      for (let i = 0; i < N.openRuns; i++) {
        await target.backToList(page);
        // Lets the previous open's autosave finish, so the next open reads settled notes.
        await sleep(1_000);
        samples[target.kind].push(await openOnce(page, target));
      }
    } finally {
      await context.close();
    }
  }
  const pick = (list: OpenTimes[], key: keyof OpenTimes) => summarize(list.map((t) => t[key]));
  const o = { shown: pick(samples.ours, 'shown'), typed: pick(samples.ours, 'typed'), automation: pick(samples.ours, 'automation') };
  const p = { shown: pick(samples.peer, 'shown'), typed: pick(samples.peer, 'typed'), automation: pick(samples.peer, 'automation') };
  details['open'] = { ours: o, peer: p };
  log(`  Anteckna: visas ${fmtSummary(o.shown)}; tecken syns ${fmtSummary(o.typed)} (varav automation median ${round(o.automation.median)} ms)`);
  log(`  Lexical:  visas ${fmtSummary(p.shown)}; tecken syns ${fmtSummary(p.typed)} (varav automation median ${round(p.automation.median)} ms)`);
  figure({
    id: 'open.shown.p95',
    name: 'Öppna mötet → redigeraren visas, p95',
    unit: 'ms',
    ours: o.shown.p95,
    peer: p.shown.p95,
    target: '',
    met: null,
    peerName: 'bar Lexical',
    note: `median ${round(o.shown.median)} mot ${round(p.shown.median)} ms`,
  });
  figure({
    id: 'open.typed.p95',
    name: 'Öppna mötet → skrivet tecken syns, p95',
    unit: 'ms',
    ours: o.typed.p95,
    peer: p.typed.p95,
    target: '≤ 500 ms',
    met: o.typed.p95 <= 500,
    peerName: 'bar Lexical',
    note: `median ${round(o.typed.median)} ms, n=${o.typed.n}; Playwrights fokus och tangent ingår (median ${round(o.automation.median)} ms)`,
  });
}

// --- 4. export --------------------------------------------------------------------

function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times;
}

function markdownOf(file: MeetingFile): string {
  const lines = [`# ${file.meeting.title}`, ''];
  file.meeting.agenda.forEach((item, i) => {
    lines.push(`## ${i + 1}. ${item.title}`, '', item.notesMarkdown ?? '', '');
  });
  return lines.join('\n');
}

async function benchExport(fx: Fixture): Promise<void> {
  const docxOnce = () => renderMinutesDocx(buildMinutesDocument(fx.meeting, fx.body));
  await docxOnce();
  const docx = summarize(await timeRuns(N.docxRuns, docxOnce));
  const docxBytes = await docxOnce();
  const docxPath = join(fx.dir, 'prestandamote.docx');
  writeFileSync(docxPath, docxBytes);

  const printer = createChromiumPrinter(CHROMIUM_PATH);
  let pdf: Summary;
  let pdfCold: number;
  let pages = 0;
  try {
    const pdfOnce = () => renderPdf(buildMinutesDocument(fx.meeting, fx.body), printer.print);
    const coldStart = performance.now();
    const first = await pdfOnce();
    pdfCold = performance.now() - coldStart;
    pages = countPdfPages(first);
    pdf = summarize(await timeRuns(N.pdfRuns, pdfOnce));
  } finally {
    await printer.close();
  }

  // LibreOffice converting our DOCX to PDF, headless, its own profile; the first run (profile) is not counted.
  let lo: Summary | null = null;
  const loVersion = await hasCommand('soffice', ['--version']);
  if (loVersion !== null) {
    const profile = `file://${join(fx.dir, 'lo-profile')}`;
    const outDir = join(fx.dir, 'lo');
    const convert = () =>
      run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { timeout: 300_000 });
    await convert();
    lo = summarize(await timeRuns(N.libreOfficeRuns, convert));
  }

  // pandoc from the same content as Markdown to DOCX.
  let pandoc: Summary | null = null;
  const pandocVersion = await hasCommand('pandoc', ['--version']);
  if (pandocVersion !== null) {
    const md = join(fx.dir, 'prestandamote.md');
    writeFileSync(md, markdownOf(fx.file));
    const convert = () => run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(fx.dir, 'pandoc.docx'), md], { timeout: 120_000 });
    await convert();
    pandoc = summarize(await timeRuns(N.pandocRuns, convert));
  }

  details['export'] = {
    docx,
    docxBytes: docxBytes.byteLength,
    pdf,
    pdfColdMs: pdfCold,
    pdfPages: pages,
    libreOffice: lo,
    libreOfficeVersion: loVersion,
    pandoc,
    pandocVersion,
  };
  log(`  DOCX: ${fmtSummary(docx)}; PDF: ${fmtSummary(pdf)} (${pages} sidor, första ${round(pdfCold)} ms)`);
  log(`  LibreOffice: ${lo ? fmtSummary(lo) : 'soffice saknas'}; pandoc: ${pandoc ? fmtSummary(pandoc) : 'pandoc saknas'}`);
  exportFigure('export.docx.p95', 'DOCX, p95', docx, 300, pandoc, pandoc ? 'pandoc md→docx' : 'pandoc saknas', `median ${round(docx.median)} ms`);
  const pdfNote = `median ${round(pdf.median)} ms; första (startar Chromium) ${round(pdfCold)} ms`;
  exportFigure('export.pdf.p95', `PDF (${pages} sidor), p95`, pdf, 1500, lo, lo ? 'LibreOffice docx→pdf' : 'soffice saknas', pdfNote);
}

/**
 * An export's p95 against its limit and against a peer tool making the same
 * file (when that tool is installed): met when within the limit and faster.
 */
function exportFigure(id: string, name: string, ours: Summary, limitMs: number, peer: Summary | null, peerName: string, note: string): void {
  const limit = String(limitMs).replace(/\B(?=(\d{3})+$)/g, ' ');
  const met = ours.p95 <= limitMs && (peer === null || ours.p95 < peer.p95);
  figure({ id, name, unit: 'ms', ours: ours.p95, peer: peer?.p95 ?? null, target: `≤ ${limit} ms, under jämförelsen`, met, peerName, note });
}

// --- 5. memory ----------------------------------------------------------------------

interface HeapSample {
  minute: number;
  mb: number;
}

async function benchMemory(browser: Browser, ours: Target, peer: Target): Promise<void> {
  const minutes = MEMORY_MINUTES;
  if (minutes < 15) log(`  OBS: förkortat till ${minutes} min (fullt mått: 15 min). Siffrorna är inte jämförbara med målet.`);
  const contexts = [await newContext(browser), await newContext(browser)];
  try {
    const pages = await Promise.all(contexts.map((c) => c.newPage()));
    const [ourPage, peerPage] = pages as [Page, Page];
    const sides = [
      { kind: 'ours' as const, page: ourPage, target: ours, samples: [] as HeapSample[] },
      { kind: 'peer' as const, page: peerPage, target: peer, samples: [] as HeapSample[] },
    ];
    for (const side of sides) {
      await side.target.openMeeting(side.page);
      await caretInMiddle(side.page, side.target.editorSelector);
    }
    const sessions = await Promise.all(sides.map((s) => s.page.context().newCDPSession(s.page)));
    const started = Date.now();
    const endAt = started + minutes * 60_000;
    const heap = async (i: number): Promise<number> => {
      const session = sessions[i];
      if (!session) return Number.NaN;
      await session.send('HeapProfiler.collectGarbage');
      const usage = await session.send('Runtime.getHeapUsage');
      return usage.usedSize / 1024 / 1024;
    };
    const typeLoop = async (page: Page) => {
      let n = 0;
      while (Date.now() < endAt) {
        const sentence = textOfLength(TYPING_TEXT.length, 0);
        for (const ch of sentence) {
          if (Date.now() >= endAt) return;
          await page.keyboard.type(ch);
          await sleep(N.memoryDelayMs);
        }
        n += 1;
        if (n % 4 === 0) await page.keyboard.press('Enter');
      }
    };
    const sampler = async () => {
      while (Date.now() < endAt) {
        const minute = (Date.now() - started) / 60_000;
        for (const [i, side] of sides.entries()) side.samples.push({ minute, mb: await heap(i) });
        await sleep(Math.min(N.memorySampleMs, Math.max(0, endAt - Date.now())));
      }
      const minute = (Date.now() - started) / 60_000;
      for (const [i, side] of sides.entries()) side.samples.push({ minute, mb: await heap(i) });
    };
    await Promise.all([typeLoop(ourPage), typeLoop(peerPage), sampler()]);
    const result = sides.map((side) => {
      const lastThird = side.samples.filter((s) => s.minute >= (minutes * 2) / 3);
      const last = side.samples[side.samples.length - 1];
      return {
        kind: side.kind,
        finalMb: last?.mb ?? Number.NaN,
        maxMb: Math.max(...side.samples.map((s) => s.mb)),
        slopeMbPerMin: slope(lastThird.map((s) => ({ x: s.minute, y: s.mb }))),
        samples: side.samples.map((s) => ({ minute: round(s.minute, 2), mb: round(s.mb, 2) })),
      };
    });
    const [o, p] = result as [(typeof result)[number], (typeof result)[number]];
    details['memory'] = { minutes, shortened: minutes < 15, concurrently: true, ours: o, peer: p };
    log(
      `  Anteckna: slut ${round(o.finalMb)} MB, max ${round(o.maxMb)} MB, lutning ${round(o.slopeMbPerMin, 2)} MB/min; ` +
        `Lexical: slut ${round(p.finalMb)} MB, max ${round(p.maxMb)} MB, lutning ${round(p.slopeMbPerMin, 2)} MB/min`,
    );
    const shortNote = minutes < 15 ? `förkortat till ${minutes} min` : `${minutes} min`;
    figure({
      id: 'memory.finalMb',
      name: 'JS-heap efter skrivning',
      unit: 'MB',
      ours: o.finalMb,
      peer: p.finalMb,
      target: '≤ 300 MB',
      met: o.finalMb <= 300,
      peerName: 'bar Lexical',
      note: `${shortNote}, max ${round(o.maxMb)} MB`,
    });
    figure({
      id: 'memory.slope',
      name: 'Heap-trend sista tredjedelen',
      unit: 'MB/min',
      ours: o.slopeMbPerMin,
      peer: p.slopeMbPerMin,
      ratio: null,
      target: '≈ 0 (≤ 0,5 MB/min)',
      met: Math.abs(o.slopeMbPerMin) <= 0.5,
      peerName: 'bar Lexical',
      note: shortNote,
    });
  } finally {
    for (const c of contexts) await c.close();
  }
}

// --- 6. startup and bundle --------------------------------------------------------

async function benchStartup(browser: Browser, fx: Fixture, peerDir: string): Promise<void> {
  const samples = { ours: [] as number[], peer: [] as number[], oursReady: [] as number[], peerReady: [] as number[] };
  const dbPath = fixtureCopy(fx, 'startup');
  for (let i = 0; i < N.startupRuns; i++) {
    for (const kind of ['ours', 'peer'] as const) {
      const context = await newContext(browser);
      const page = await context.newPage();
      const spawnedAt = nowEpoch();
      const host = kind === 'ours' ? await startAppHost(dbPath) : await startPeerHost(peerDir);
      try {
        await page.goto(kind === 'ours' ? host.url : `${host.url}#/list`);
        await page.locator(kind === 'ours' ? 'a.meeting-row' : '#peer-list a').first().waitFor({ state: 'visible' });
        const painted = await afterNextPaint(page);
        samples[kind].push(painted - spawnedAt);
        samples[kind === 'ours' ? 'oursReady' : 'peerReady'].push(host.readyMs);
      } finally {
        await context.close();
        await host.stop();
      }
    }
  }
  const o = summarize(samples.ours);
  const p = summarize(samples.peer);
  details['startup'] = { ours: o, peer: p, oursHostReady: summarize(samples.oursReady), peerHostReady: summarize(samples.peerReady) };
  log(`  Anteckna: ${fmtSummary(o)} (värden redo ${round(percentile(samples.oursReady, 50))} ms); jämförelse: ${fmtSummary(p)}`);
  figure({
    id: 'startup.median',
    name: 'Start → möteslistan målad, median',
    unit: 'ms',
    ours: o.median,
    peer: p.median,
    target: 'rapporteras',
    met: null,
    peerName: 'Node-filserver + Lexical-sida',
    note: `p95 ${round(o.p95)} ms, n=${o.n}`,
  });
}

function bundleBytes(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const data = readFileSync(file);
    raw += data.byteLength;
    gzip += gzipSync(data, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}

function benchBundle(): void {
  const rendererDir = join(ROOT, 'dist', 'renderer');
  const ourFiles = readdirSync(rendererDir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => join(rendererDir, f));
  const fonts = readdirSync(rendererDir).filter((f) => f.endsWith('.woff2'));
  const fontBytes = fonts.reduce((s, f) => s + statSync(join(rendererDir, f)).size, 0);
  const ours = bundleBytes(ourFiles);
  const peer = bundleBytes([join(BUILD, 'peer', 'peer.js')]);
  details['bundle'] = { ours, peer, files: ourFiles.map((f) => f.slice(rendererDir.length + 1)), fontBytes };
  log(`  Anteckna: ${round(ours.raw / 1024)} kB (${round(ours.gzip / 1024)} kB gzip); Lexical-sidan: ${round(peer.raw / 1024)} kB (${round(peer.gzip / 1024)} kB gzip)`);
  figure({
    id: 'bundle.gzipKb',
    name: 'Renderarens JS+CSS, gzip',
    unit: 'kB',
    ours: ours.gzip / 1024,
    peer: peer.gzip / 1024,
    target: 'rapporteras',
    met: null,
    peerName: 'bar Lexical, minifierad',
    note: `okomprimerat ${round(ours.raw / 1024)} kB mot ${round(peer.raw / 1024)} kB; typsnitt ${round(fontBytes / 1024)} kB`,
  });
}

// --- machine and report --------------------------------------------------------

async function machineInfo(browser: Browser | null): Promise<Record<string, unknown>> {
  let os = `${platform()} ${release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) os = `${pretty} (${release()})`;
  } catch {
    // Not Linux: the platform and kernel will do.
  }
  return {
    cpu: cpus()[0]?.model ?? 'okänd',
    cores: cpus().length,
    ramGb: round(totalmem() / 1024 ** 3, 1),
    os,
    node: process.version,
    chromium: browser?.version() ?? null,
    /** Where the databases are written (durability and disk syncs depend on it). */
    tmpFilesystem: await hasCommand('stat', ['-f', '-c', '%T', tmpdir()]),
    sqlite: (() => {
      const db = new Database(':memory:');
      try {
        return String(db.prepare('select sqlite_version()').pluck().get());
      } finally {
        db.close();
      }
    })(),
  };
}

function fmtValue(v: number | null, unit: string): string {
  if (v === null || Number.isNaN(v)) return '–';
  const digits = Math.abs(v) >= 100 ? 0 : 1;
  return `${round(v, digits).toLocaleString('sv-SE')} ${unit}`;
}

function printTable(machine: Record<string, unknown>): void {
  const rows = figures.map((f) => [
    f.name,
    fmtValue(f.ours, f.unit),
    f.peer === null ? (f.peerName ? f.peerName : '–') : `${fmtValue(f.peer, f.unit)} (${f.peerName})`,
    f.ratio === null || Number.isNaN(f.ratio) ? '–' : `${round(f.ratio, 2).toLocaleString('sv-SE')}`,
    f.target || '–',
    f.met === null ? '' : f.met ? 'inom målet' : 'ÖVER MÅLET',
  ]);
  const header = ['Mått', 'Anteckna', 'Jämförelse', 'Kvot', 'Mål', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const out = [
    '',
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
    '',
    ...figures.filter((f) => f.note).map((f) => `${f.name}: ${f.note}`),
    '',
    `Dator: ${String(machine['cpu'])}, ${String(machine['cores'])} kärnor, ${String(machine['ramGb'])} GB RAM, ${String(machine['os'])}`,
    `Node ${String(machine['node'])}, Chromium ${String(machine['chromium'])}, SQLite ${String(machine['sqlite'])}, ` +
      `filsystem för ${tmpdir()}: ${String(machine['tmpFilesystem'] ?? 'okänt')}`,
  ];
  for (const [section, message] of Object.entries(failures)) out.push(`Mätningen "${section}" misslyckades: ${message}`);
  if (QUICK) out.push('Snabbkörning (--quick): färre upprepningar, minnet bara 1 min. Citera inte dessa siffror.');
  const missed = figures.filter((f) => f.met === false);
  out.push(missed.length === 0 ? 'Alla mål med mätvärde nåddes.' : `Över målet: ${missed.map((f) => f.name).join(', ')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

// --- main ---------------------------------------------------------------------------

async function section(name: Section, work: () => Promise<void> | void): Promise<void> {
  if (ONLY && !ONLY.has(name)) return;
  log(`» ${name}`);
  const started = performance.now();
  try {
    await work();
  } catch (error) {
    failures[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`  misslyckades: ${failures[name]}`);
  }
  log(`  (${round((performance.now() - started) / 1000)} s)`);
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/electron/cli.cjs saknas: kör "npm run build" först.');
  const work = await mkdtemp(join(tmpdir(), 'anteckna-bench-'));
  log(`Förbereder prestandamötet i ${work} …`);
  try {
    await runAll(work);
  } finally {
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  }
}

async function runAll(work: string): Promise<void> {
  const fx = createFixture(work);
  const peerDir = join(work, 'peer');
  mkdirSync(peerDir, { recursive: true });
  copyFileSync(join(BUILD, 'peer', 'peer.js'), join(peerDir, 'peer.js'));
  writePeerFiles(fx, peerDir);
  details['meeting'] = {
    items: topItems(fx.meeting).length,
    calledPersons: fx.meeting.calledPersons.length,
    notesCharacters: fx.notesChars,
  };
  log(`  ${topItems(fx.meeting).length} punkter, ${fx.meeting.calledPersons.length} kallade, ${fx.notesChars} tecken anteckningar`);
  const useStrace = (await hasCommand('strace', ['-V'])) !== null;

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  let app: Host | null = null;
  let peerHost: Host | null = null;
  try {
    await section('startup', () => benchStartup(browser, fx, peerDir));
    await section('bundle', () => benchBundle());
    peerHost = await startPeerHost(peerDir);
    const peer = peerTarget(peerHost.url, fx);
    const livePeer = peerItemTarget(peerHost.url, fx);
    await section('typing', async () => {
      await benchTyping(browser, fx, (url) => ourTarget(url, fx), peer, { id: 'typing', label: 'i mötesvyn', detail: 'bar Lexical, 30 redigerare' });
      await benchTyping(browser, fx, (url) => ourLiveTarget(url, fx), livePeer, { id: 'typingLive', label: 'i liveläget', detail: 'bar Lexical, 1 redigerare' });
    });
    await section('spelling', async () => {
      const kit = { quick: QUICK, buildDir: BUILD, figure, log, details };
      await benchSpelling(fx, kit);
      const spellingHost = await startAppHost(fixtureCopy(fx, 'spelling-browser'));
      const spellingContext = await newContext(browser);
      try {
        const page = await spellingContext.newPage();
        await page.goto(spellingHost.url);
        await page.locator('#app[data-app-state="ready"]').waitFor();
        await benchSpellingInBrowser(page, fx, kit);
      } finally {
        await spellingContext.close();
        await spellingHost.stop();
      }
      for (const live of ['off', 'on'] as const) await benchTyping(browser, fx, (url) => withSpellingLive(ourTarget(url, fx), live), peer, spellingTypingView(live));
      await benchTypingSpellingPaired(browser, fx);
    });
    if (!ONLY || ONLY.has('open') || ONLY.has('memory')) {
      app = await startAppHost(fixtureCopy(fx, 'open-memory'));
      const ours = ourTarget(app.url, fx);
      await section('open', () => benchOpen(browser, ours, peer));
      await section('memory', () => benchMemory(browser, ours, peer));
      await app.stop();
      app = null;
    }
    await section('durability', () => benchDurability(browser, fx, useStrace));
    await section('export', () => benchExport(fx));
    if (!ONLY || ONLY.has('search') || ONLY.has('archive')) {
      const kit: ArchiveKit = {
        quick: QUICK,
        rendererDir: join(ROOT, 'dist', 'renderer'),
        typingCopy: (name) => fixtureCopy(fx, name),
        typeInto: (on, url) => typeIntoLive(on, fx, url),
        figure,
        log,
        details,
        startAppHost: (path) => startAppHost(path),
        newContext,
      };
      // --archive-db: an archive kept from an earlier run (--keep), for working on these figures only.
      const kept = opts['archive-db'];
      log(kept ? `Använder arkivet ${kept}` : 'Skriver arkivet (5 000 möten) …');
      const archive = kept ? { dbPath: resolve(kept), buildSeconds: 0, characters: 0 } : buildArchive(work, kit);
      await section('search', async () => {
        await benchSearch(archive, work, kit);
        await benchTypingIndex(browser, kit);
      });
      await section('archive', () => benchArchivePaint(browser, archive, kit));
    }
    await section('import', () => benchImport(work, { quick: QUICK, figure, log, details }));
    await section('kallelse', () => benchKallelse(fx, { quick: QUICK, figure, log, details }));
    await section('handlingar', () => benchHandlingar(work, { quick: QUICK, figure, log, details }));
    const machine = await machineInfo(browser);
    printTable(machine);
    if (opts.out) {
      const out = resolve(opts.out);
      writeFileSync(
        out,
        `${JSON.stringify({ date: new Date().toISOString(), quick: QUICK, machine, meeting: details['meeting'], figures, details, failures }, null, 2)}\n`,
      );
      process.stdout.write(`Resultaten skrevs till ${out}\n`);
    }
  } finally {
    await app?.stop();
    await peerHost?.stop();
    await browser.close();
  }
}

main().catch((error: unknown) => {
  // A benchmark that could not run says so, but never fails the build.
  process.stderr.write(`Prestandamätningen kunde inte köras: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
});
