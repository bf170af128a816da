import { parentPort } from 'node:worker_threads';
import { loadSpeller } from '../../electron/services/spelling/engine';
import { SpellCheck } from '../../shared/spelling/check';
import { wordTokens } from '../../shared/spelling/tokens';

/**
 * The spelling benchmark's worker thread (`--only spelling`): Hunspell
 * (hunspell-asm) with the Swedish dictionary and the same SpellCheck the
 * renderer's web worker runs, timed inside the thread. Built by
 * build/scripts/bench.mjs to dist/bench/spelling-worker.cjs.
 */

export interface SpellingJob {
  /** Each agenda item's notes as plain text. */
  readonly items: readonly string[];
  /** The meeting's own words (knownWordsOf). */
  readonly known: readonly string[];
  /** Run the peer before our check (alternated between runs). */
  readonly peerFirst: boolean;
}

export interface SpellingReply {
  readonly loadMs: number;
  /** Our check, a fresh SpellCheck (no answers cached yet). */
  readonly coldMs: number;
  /** The same SpellCheck over the same text again (answers cached: what a re-check after an edit costs). */
  readonly warmMs: number;
  /** Hunspell's spell() on every word, without our cache, known words or rules. */
  readonly peerMs: number;
  readonly unknown: readonly string[];
  readonly words: number;
}

const port = parentPort;
if (!port) throw new Error('spelling-worker körs bara som arbetstråd.');

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const loadStarted = performance.now();
void loadSpeller().then((speller) => {
  const loadMs = performance.now() - loadStarted;
  port.on('message', (job: SpellingJob) => {
    let words = 0;
    const peer = () => {
      for (const text of job.items) {
        for (const token of wordTokens(text)) {
          speller.spell(token.text);
          words += 1;
        }
      }
    };
    const check = new SpellCheck(speller, job.known);
    const unknown: string[] = [];
    const ours = () => {
      unknown.length = 0;
      for (const text of job.items) for (const u of check.unknownIn(text)) unknown.push(u.word);
    };
    const peerBefore = job.peerFirst ? timed(peer) : 0;
    const coldMs = timed(ours);
    const warmMs = timed(ours);
    const peerMs = job.peerFirst ? peerBefore : timed(peer);
    const reply: SpellingReply = { loadMs, coldMs, warmMs, peerMs, unknown, words };
    port.postMessage(reply);
  });
  port.postMessage('ready');
});
