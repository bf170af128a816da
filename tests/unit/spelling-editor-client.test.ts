import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../renderer/spelling/protocol';
import { REMEMBERED_TEXTS, SpellingClient, WORKER_URL } from '../../renderer/spelling/spellingClient';

// Issue 23: the page's side of the spelling worker. The worker starts only
// when the page is idle, answers are kept per text so unchanged paragraphs
// cost nothing, and a worker that fails leaves the editor without underlines
// and without errors.

class FakeWorker {
  static made: FakeWorker[] = [];
  readonly posted: ToWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  terminated = false;
  constructor(readonly url: string) {
    FakeWorker.made.push(this);
  }
  postMessage(message: ToWorker) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: FromWorker) {
    this.onmessage?.({ data: message });
  }
  /** Answers every check posted so far: each word of four letters or more that starts with "x" is unknown. */
  answerChecks() {
    for (const message of this.posted.splice(0)) {
      if (message.type !== 'check') continue;
      const results = message.texts.map(({ key, text }) => ({
        key,
        text,
        unknown: [...text.matchAll(/x\p{L}{3,}/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length })),
      }));
      this.answer({ type: 'checked', id: message.id, results });
    }
  }
}

let idle: (() => void)[] = [];
beforeEach(() => {
  FakeWorker.made = [];
  idle = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
});
afterEach(() => vi.unstubAllGlobals());

const runIdle = () => idle.splice(0).forEach((work) => work());
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the spelling client', () => {
  it('creates its worker only when the page is idle, once, from the built file', () => {
    const client = new SpellingClient();
    client.start();
    client.start();
    expect(FakeWorker.made).toHaveLength(0);
    runIdle();
    expect(FakeWorker.made.map((w) => w.url)).toEqual([WORKER_URL]);
    expect(client.getState()).toBe('loading');
    FakeWorker.made[0]?.answer({ type: 'ready' });
    expect(client.getState()).toBe('ready');
  });

  it('sends what came before the worker existed, then asks again only for texts it has not seen with that set of words', async () => {
    const client = new SpellingClient();
    client.setKnown('m1', ['Qzarnek']);
    const first = client.check('m1', [
      { key: 'a', text: 'en xyzzy här' },
      { key: 'b', text: 'inget fel' },
    ]);
    runIdle();
    const worker = FakeWorker.made[0];
    if (!worker) throw new Error('ingen worker');
    expect(worker.posted.map((m) => m.type)).toEqual(['known', 'check']);
    worker.posted.shift();
    worker.answerChecks();
    expect((await first).get('a')).toEqual([{ word: 'xyzzy', start: 3, end: 8 }]);

    // The same paragraph again, under another key: answered at once, nothing posted.
    const again = await client.check('m1', [{ key: 'c', text: 'en xyzzy här' }]);
    expect(again.get('c')).toEqual([{ word: 'xyzzy', start: 3, end: 8 }]);
    expect(worker.posted).toEqual([]);

    // New known words for the set: its answers are asked for anew.
    client.setKnown('m1', ['Qzarnek', 'xyzzy']);
    const fresh = client.check('m1', [{ key: 'c', text: 'en xyzzy här' }]);
    await settle();
    expect(worker.posted.map((m) => m.type)).toEqual(['known', 'check']);
    worker.posted.shift();
    worker.answerChecks();
    expect((await fresh).has('c')).toBe(true);
  });

  it('remembers a bounded number of paragraphs, dropping the oldest', async () => {
    const client = new SpellingClient();
    const texts = Array.from({ length: REMEMBERED_TEXTS + 1 }, (_, i) => ({ key: String(i), text: `stycke ${i}` }));
    const first = client.check('m1', texts);
    runIdle();
    const worker = FakeWorker.made[0];
    if (!worker) throw new Error('ingen worker');
    worker.answerChecks();
    await first;
    // The newest is answered from memory; the oldest is asked for again.
    void client.check('m1', [{ key: 'x', text: `stycke ${REMEMBERED_TEXTS}` }]);
    void client.check('m1', [{ key: 'y', text: 'stycke 0' }]);
    await settle();
    expect(worker.posted.flatMap((m) => (m.type === 'check' ? m.texts.map((t) => t.text) : []))).toEqual(['stycke 0']);
  });

  it('goes unavailable when the worker fails: waiting checks answer with nothing, later ones do not wait, no error is thrown', async () => {
    const client = new SpellingClient();
    const states: string[] = [];
    client.subscribe(() => states.push(client.getState()));
    const waiting = client.check('m1', [{ key: 'a', text: 'en xyzzy här' }]);
    const suggestion = client.suggest('xyzzy');
    runIdle();
    FakeWorker.made[0]?.answer({ type: 'failed', reason: 'Ordlistan kunde inte hämtas.' });
    expect((await waiting).size).toBe(0);
    expect(await suggestion).toEqual([]);
    expect(client.getState()).toBe('unavailable');
    expect(states).toEqual(['loading', 'unavailable']);
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    expect((await client.check('m1', [{ key: 'b', text: 'xylofon' }])).size).toBe(0);
  });

  it('goes unavailable when the worker script cannot run (an error event)', async () => {
    const client = new SpellingClient();
    const waiting = client.check('m1', [{ key: 'a', text: 'xyzzy' }]);
    runIdle();
    FakeWorker.made[0]?.onerror?.();
    expect((await waiting).size).toBe(0);
    expect(client.getState()).toBe('unavailable');
  });
});
