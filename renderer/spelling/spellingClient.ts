import type { UnknownWord } from '../../shared/spelling/check';
import { isFromWorker, type CheckedText, type FromWorker, type TextToCheck, type ToWorker } from './protocol';

/**
 * The window's one spelling worker, seen from the page: created lazily, in
 * idle time after the first editor that wants it has painted, so opening a
 * meeting never waits for Hunspell or its dictionary. A promise API over the
 * worker's messages. If the worker or the dictionary fails, the state becomes
 * 'unavailable', every check answers "nothing unknown" and the editors work
 * as before, with nothing underlined and no error dialog.
 */

export type WorkerState = 'idle' | 'loading' | 'ready' | 'unavailable';

/** The built worker, next to app.js (build/scripts/build.mjs). */
export const WORKER_URL = 'spelling-worker.js';
/** How long the page may stay busy before the worker is started anyway. */
const IDLE_TIMEOUT_MS = 1500;

type Pending = { resolve: (message: FromWorker) => void };

/**
 * Paragraphs remembered per set: every pause in typing adds one, so a long
 * meeting is bounded by dropping the oldest (a dropped one is asked again).
 */
export const REMEMBERED_TEXTS = 3000;

function remember(cache: Map<string, readonly UnknownWord[]>, text: string, unknown: readonly UnknownWord[]): void {
  cache.delete(text);
  cache.set(text, unknown);
  if (cache.size > REMEMBERED_TEXTS) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
}

export class SpellingClient {
  private worker: Worker | null = null;
  private state: WorkerState = 'idle';
  private startRequested = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<() => void>();
  /** Answers per text, per set of known words: an unchanged paragraph costs nothing. */
  private readonly answers = new Map<string, Map<string, readonly UnknownWord[]>>();

  getState(): WorkerState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the worker when the page is next idle (once). */
  start(): void {
    if (this.startRequested) return;
    this.startRequested = true;
    const begin = () => this.createWorker();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(begin, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(begin, 0);
  }

  /** The meeting's own words for checks of `set` (names, the body's list, ignored words). */
  setKnown(set: string, words: readonly string[]): void {
    this.answers.delete(set);
    this.post({ type: 'known', set, words });
  }

  /** The unknown words of the texts (by key), answered from the cache where the text was checked before. */
  async check(set: string, texts: readonly TextToCheck[]): Promise<Map<string, readonly UnknownWord[]>> {
    const cache = this.cacheOf(set);
    const out = new Map<string, readonly UnknownWord[]>();
    const missing: TextToCheck[] = [];
    for (const text of texts) {
      const known = cache.get(text.text);
      if (known) out.set(text.key, known);
      else missing.push(text);
    }
    if (missing.length === 0 || this.state === 'unavailable') return out;
    const reply = await this.request((id) => ({ type: 'check', id, set, texts: missing }));
    if (reply?.type !== 'checked') return out;
    // The set may have changed while the worker answered: keep the answers only for the set they were made with.
    const current = this.cacheOf(set);
    for (const result of reply.results as readonly CheckedText[]) {
      if (current === cache) remember(cache, result.text, result.unknown);
      out.set(result.key, result.unknown);
    }
    return out;
  }

  /** Up to five suggestions for an unknown word, the likeliest first; none when the worker cannot answer. */
  async suggest(word: string): Promise<readonly string[]> {
    const reply = await this.request((id) => ({ type: 'suggest', id, word }));
    return reply?.type === 'suggested' ? reply.suggestions : [];
  }

  private cacheOf(set: string): Map<string, readonly UnknownWord[]> {
    let cache = this.answers.get(set);
    if (!cache) {
      cache = new Map();
      this.answers.set(set, cache);
    }
    return cache;
  }

  private request(make: (id: number) => ToWorker): Promise<FromWorker | null> {
    if (this.state === 'unavailable') return Promise.resolve(null);
    this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve });
      this.post(make(id));
    });
  }

  // Messages before the worker exists wait in order; the worker itself queues them until its dictionary is loaded.
  private readonly early: ToWorker[] = [];

  private post(message: ToWorker): void {
    if (this.worker) this.worker.postMessage(message);
    else if (this.state !== 'unavailable') this.early.push(message);
  }

  private createWorker(): void {
    if (this.worker || this.state === 'unavailable') return;
    try {
      this.worker = new Worker(WORKER_URL, { name: 'stavning' });
    } catch {
      this.fail();
      return;
    }
    this.setState('loading');
    this.worker.onmessage = (event: MessageEvent<unknown>) => {
      if (isFromWorker(event.data)) this.receive(event.data);
    };
    this.worker.onerror = () => this.fail();
    for (const message of this.early.splice(0)) this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.setState('ready');
        return;
      case 'failed':
        this.fail();
        return;
      case 'checked':
      case 'suggested': {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiting?.resolve(message);
        return;
      }
      default: {
        const never: never = message;
        return never;
      }
    }
  }

  /** No spelling in this window: every waiting answer is "nothing", the editors go on without underlines. */
  private fail(): void {
    this.worker?.terminate();
    this.worker = null;
    this.early.length = 0;
    this.answers.clear();
    for (const waiting of this.pending.values()) waiting.resolve({ type: 'failed', reason: 'unavailable' });
    this.pending.clear();
    this.setState('unavailable');
  }

  private setState(state: WorkerState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const spellingClient = new SpellingClient();
