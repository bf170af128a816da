import type { Page } from 'playwright-core';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Body, Meeting } from '../../shared/model/domain';
import { knownWordsOf } from '../../shared/spelling/known';
import { isCheckable, wordTokens } from '../../shared/spelling/tokens';
import { INPUTS, NOTE_HEADINGS, SENTENCES, SUBJECT_TITLES } from '../import-corpus/data';
import { Random } from '../import-corpus/random';
import { FICTIONAL_ROSTER, REFERENCE_SENTENCES, REFERENCE_WORDS } from '../unit/fixtures/reference-words';
import type { ArchiveFigure } from './archive-bench';
import type { SpellingJob, SpellingReply } from './spelling-worker';
import { summarize, type Summary } from './stats';

/**
 * `--only spelling` (issue 23 point 5): the Swedish dictionary's load and the
 * check of a 100,000-character meeting in a worker thread running the same
 * hunspell-asm and SpellCheck as the renderer's web worker; the peer is
 * Hunspell's own spell() on every word of the same text, without our
 * answers cache, known words or rules. The typing figures with the live
 * checker off and on are run by bench.ts (benchTyping) through
 * `withSpellingLive`.
 */

export interface SpellingKit {
  quick: boolean;
  /** dist/bench, where spelling-worker.cjs is. */
  buildDir: string;
  figure(f: ArchiveFigure): void;
  log(line: string): void;
  details: Record<string, unknown>;
}

const TARGET_CHARS = 100_000;
const ITEMS = 30;
// Slips a secretary makes, a few in the whole meeting: the issue's three and the reference minutes' own.
const SLIPS = ['refleksion', 'samanträde', 'tjänstepersonner', 'arbetsätt', 'succesivt', 'vårdssamverkan'];
const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const fmt = (s: Summary) => `median ${round(s.median)} ms, p95 ${round(s.p95)} ms, n=${s.n}`;

/**
 * The meeting's notes as the check reads them, one text per item: fictional
 * minutes' sentences (tests/import-corpus) and the reference minutes' real
 * sentences and words (names fictional), a heading and a list per item, and
 * one slip in every fifth item. Fixed seed.
 */
export function spellingMeetingText(seed = 23): string[] {
  const random = new Random(seed);
  const perItem = Math.ceil(TARGET_CHARS / ITEMS);
  const items: string[] = [];
  let wordAt = 0;
  for (let index = 0; index < ITEMS; index++) {
    const lines: string[] = [random.pick(SUBJECT_TITLES), random.pick(NOTE_HEADINGS)];
    let length = lines.join('\n').length;
    while (length < perItem) {
      const roll = random.next();
      let line: string;
      if (roll < 0.45) line = random.sample(SENTENCES, 3).join(' ');
      else if (roll < 0.7) line = random.pick(REFERENCE_SENTENCES);
      else if (roll < 0.85) line = `- ${random.pick(INPUTS)}`;
      else {
        // The real words in turn, so the whole list (about 460 words) appears.
        const words = Array.from({ length: 8 }, () => REFERENCE_WORDS[wordAt++ % REFERENCE_WORDS.length]);
        line = `Berörda frågor: ${words.join(', ')}.`;
      }
      lines.push(line);
      length += line.length + 1;
    }
    if (index % 5 === 2) lines.splice(3, 0, `Mötet noterade en ${SLIPS[(index / 5) | 0] ?? 'refleksion'} om ärendet.`);
    items.push(lines.join('\n'));
  }
  return items;
}

function startWorker(path: string): Promise<{ worker: Worker; readyMs: number }> {
  const started = performance.now();
  const worker = new Worker(path);
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message) => {
      if (message === 'ready') resolve({ worker, readyMs: performance.now() - started });
      else reject(new Error(`Oväntat svar från stavningstråden: ${String(message)}`));
    });
  });
}

function ask(worker: Worker, job: SpellingJob): Promise<SpellingReply> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (reply: SpellingReply) => resolve(reply));
    worker.postMessage(job);
  });
}

export async function benchSpelling(fx: { meeting: Meeting; body: Body }, kit: SpellingKit): Promise<void> {
  const items = spellingMeetingText();
  const chars = items.reduce((sum, text) => sum + text.length, 0);
  const distinct = new Set(items.flatMap((text) => wordTokens(text).filter((t) => isCheckable(t.text)).map((t) => t.text))).size;
  // The meeting's people and the fictional names standing in the reference sentences, as a roster would know them.
  const known = [...knownWordsOf(fx.meeting, fx.body), ...FICTIONAL_ROSTER];
  // 20 runs: the p95 is then the 19th of 20, not the slowest run alone.
  const runs = kit.quick ? 3 : 20;
  const samples = { ready: [] as number[], load: [] as number[], cold: [] as number[], warm: [] as number[], peer: [] as number[] };
  let last: SpellingReply | null = null;
  // A fresh thread each run: the dictionary's load and a check with nothing cached, as when a meeting is opened.
  for (let run = 0; run < runs; run++) {
    const { worker, readyMs } = await startWorker(join(kit.buildDir, 'spelling-worker.cjs'));
    try {
      const reply = await ask(worker, { items, known, peerFirst: run % 2 === 1 });
      samples.ready.push(readyMs);
      samples.load.push(reply.loadMs);
      samples.cold.push(reply.coldMs);
      samples.warm.push(reply.warmMs);
      samples.peer.push(reply.peerMs);
      last = reply;
    } finally {
      await worker.terminate();
    }
  }
  const [ready, load, cold, warm, peer] = [samples.ready, samples.load, samples.cold, samples.warm, samples.peer].map(summarize) as [Summary, Summary, Summary, Summary, Summary];
  const unknown = last?.unknown ?? [];
  kit.details['spelling'] = { characters: chars, items: items.length, words: last?.words ?? 0, distinctWords: distinct, knownWords: known.length, unknown, ready, load, cold, warm, peer };
  kit.log(`  ${chars} tecken, ${last?.words ?? 0} ord (${distinct} olika), flaggade: ${unknown.join(', ')}`);
  kit.log(`  laddning ${fmt(load)} (tråden klar ${fmt(ready)}); kontroll kall ${fmt(cold)}, varm ${fmt(warm)}; Hunspell varje ord ${fmt(peer)}`);
  kit.figure({
    id: 'spelling.load.median',
    name: 'Svenska ordlistan laddas i arbetstråden, median',
    unit: 'ms',
    ours: load.median,
    peer: null,
    target: 'i bakgrunden',
    met: null,
    peerName: '–',
    note: `tråd start→klar median ${round(ready.median)} ms, p95 ${round(ready.p95)} ms`,
  });
  kit.figure({
    id: 'spelling.check.cold.p95',
    name: `Stavningskontroll ${Math.round(chars / 1000)} 000 tecken, första, p95`,
    unit: 'ms',
    ours: cold.p95,
    peer: peer.p95,
    target: '≤ 300 ms',
    met: cold.p95 <= 300,
    peerName: 'Hunspell spell() på varje ord',
    note: `median ${round(cold.median)} ms; ${unknown.length} flaggade av ${last?.words ?? 0} ord`,
  });
  kit.figure({
    id: 'spelling.check.warm.p95',
    name: `Stavningskontroll ${Math.round(chars / 1000)} 000 tecken, andra, p95`,
    unit: 'ms',
    ours: warm.p95,
    peer: peer.p95,
    target: '≤ 300 ms',
    met: warm.p95 <= 300,
    peerName: 'Hunspell spell() på varje ord',
    note: `median ${round(warm.median)} ms; svaren i minnet`,
  });
}

/** The typing figures' view with the live checker off ('off' in localStorage) or on (the key absent, the default). */
export function withSpellingLive<T extends { openMeeting(page: Page): Promise<void> }>(target: T, live: 'on' | 'off'): T {
  return {
    ...target,
    async openMeeting(page: Page) {
      await page.addInitScript((value: string) => {
        if (value === 'off') localStorage.setItem('anteckna.spelling.live', 'off');
        else localStorage.removeItem('anteckna.spelling.live');
      }, live);
      await target.openMeeting(page);
    },
  };
}

/** The typing figure's name and peer for the checker off or on. */
export function spellingTypingView(live: 'on' | 'off'): { id: string; label: string; detail: string } {
  return { id: `typingSpelling${live === 'on' ? 'On' : 'Off'}`, label: `i mötesvyn, stavning ${live === 'on' ? 'på' : 'av'}`, detail: 'bar Lexical, 30 redigerare' };
}

interface BrowserWorkerRun {
  readyMs: number;
  coldMs: number;
  warmMs: number;
  unknown: string[];
}

/**
 * The same check in the app's own web worker inside Chromium
 * (dist/renderer/spelling-worker.js from the app's host), spoken to with the
 * app's messages: ready, the meeting's words, a check of every item, the same
 * check again. The times include handing the text to the worker and the
 * answers back, as the editors pay them. `page` is a page of the app's host.
 */
export async function benchSpellingInBrowser(page: Page, fx: { meeting: Meeting; body: Body }, kit: SpellingKit): Promise<void> {
  const items = spellingMeetingText();
  const chars = items.reduce((sum, text) => sum + text.length, 0);
  const known = [...knownWordsOf(fx.meeting, fx.body), ...FICTIONAL_ROSTER];
  const runs = kit.quick ? 3 : 20;
  const results = await page.evaluate(
    async ({ items, known, runs }) => {
      type Reply = { type: string; reason?: string; results?: { unknown: { word: string }[] }[] };
      type Listener = (event: { data: Reply }) => void;
      // The page's Worker (this file's `Worker` is Node's worker_threads).
      type WebWorker = {
        postMessage(message: unknown): void;
        terminate(): void;
        addEventListener(type: 'message', listener: Listener): void;
        removeEventListener(type: 'message', listener: Listener): void;
      };
      const WebWorkerClass = (globalThis as unknown as { Worker: new (url: string, options: { name: string }) => WebWorker }).Worker;
      const out: { readyMs: number; coldMs: number; warmMs: number; unknown: string[] }[] = [];
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        const worker = new WebWorkerClass('spelling-worker.js', { name: 'stavning-bench' });
        const next = (type: string) =>
          new Promise<Reply>((resolve, reject) => {
            const on: Listener = (event) => {
              if (event.data.type !== type && event.data.type !== 'failed') return;
              worker.removeEventListener('message', on);
              if (event.data.type === 'failed') reject(new Error(event.data.reason ?? 'failed'));
              else resolve(event.data);
            };
            worker.addEventListener('message', on);
          });
        await next('ready');
        const readyMs = performance.now() - started;
        worker.postMessage({ type: 'known', set: 'bench', words: known });
        const texts = items.map((text, index) => ({ key: String(index), text }));
        let at = performance.now();
        worker.postMessage({ type: 'check', id: 1, set: 'bench', texts });
        const first = await next('checked');
        const coldMs = performance.now() - at;
        at = performance.now();
        worker.postMessage({ type: 'check', id: 2, set: 'bench', texts });
        await next('checked');
        const warmMs = performance.now() - at;
        worker.terminate();
        out.push({ readyMs, coldMs, warmMs, unknown: (first.results ?? []).flatMap((r) => r.unknown.map((u) => u.word)) });
      }
      return out;
    },
    { items, known, runs },
  );
  const runsOf = (pick: (run: BrowserWorkerRun) => number) => summarize(results.map(pick));
  const ready = runsOf((r) => r.readyMs);
  const cold = runsOf((r) => r.coldMs);
  const warm = runsOf((r) => r.warmMs);
  const unknown = results.at(-1)?.unknown ?? [];
  kit.details['spellingBrowser'] = { characters: chars, ready, cold, warm, unknown };
  kit.log(`  i Chromiums arbetstråd: klar ${fmt(ready)}; kontroll kall ${fmt(cold)}, varm ${fmt(warm)}; flaggade: ${unknown.join(', ')}`);
  kit.figure({
    id: 'spelling.browser.cold.p95',
    name: `Stavningskontroll ${Math.round(chars / 1000)} 000 tecken i webbläsarens arbetstråd, första, p95`,
    unit: 'ms',
    ours: cold.p95,
    peer: null,
    target: '≤ 300 ms',
    met: cold.p95 <= 300,
    peerName: '–',
    note: `median ${round(cold.median)} ms, andra p95 ${round(warm.p95)} ms; ordlistan klar median ${round(ready.median)} ms; med överföring till och från tråden`,
  });
}
