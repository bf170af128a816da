import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../renderer/spelling/protocol';

// Issue 23: the spelling worker as the editor talks to it, with the real
// Hunspell and the Swedish dictionary (fetched from "the app's files": here
// the dictionary-sv package), its messages in and out.

const ROOT = resolve(__dirname, '..', '..');
const APP = 'http://anteckna.test/';
const fetched: string[] = [];
const replies: FromWorker[] = [];
let onmessage: ((event: { data: ToWorker }) => void) | null = null;

const scope = {
  location: { href: `${APP}spelling-worker.js` },
  set onmessage(listener: ((event: { data: ToWorker }) => void) | null) {
    onmessage = listener;
  },
  get onmessage() {
    return onmessage;
  },
  postMessage: (message: FromWorker) => replies.push(message),
  close: () => undefined,
};

async function fetchFromApp(url: URL | string): Promise<Response> {
  const path = String(url).slice(APP.length);
  fetched.push(path);
  const file = { 'spelling/sv.aff': 'index.aff', 'spelling/sv.dic': 'index.dic' }[path];
  if (!file) return new Response('Hittades inte.', { status: 404 });
  return new Response(await readFile(join(ROOT, 'node_modules', 'dictionary-sv', file)));
}

function send(message: ToWorker): void {
  onmessage?.({ data: message });
}

async function reply<T extends FromWorker['type']>(type: T, id?: number): Promise<Extract<FromWorker, { type: T }>> {
  await vi.waitFor(() => expect(replies.some((r) => r.type === type && (id === undefined || ('id' in r && r.id === id)))).toBe(true), {
    timeout: 20_000,
  });
  return replies.find((r) => r.type === type && (id === undefined || ('id' in r && r.id === id))) as Extract<FromWorker, { type: T }>;
}

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  vi.stubGlobal('fetch', fetchFromApp);
  await import('../../renderer/spelling/spelling.worker');
});
afterAll(() => vi.unstubAllGlobals());

describe('the spelling worker', () => {
  it('fetches the dictionary relative to itself and says when it is ready; a check sent meanwhile waits and is answered', async () => {
    send({ type: 'known', set: 'meeting-1', words: ['Qzarnek'] });
    send({ type: 'check', id: 1, set: 'meeting-1', texts: [{ key: '7', text: 'Vi hade en refleksion om samanträde med tjänstepersonner.' }] });
    await reply('ready');
    expect(fetched.sort()).toEqual(['spelling/sv.aff', 'spelling/sv.dic']);
    const checked = await reply('checked', 1);
    expect(checked.results).toEqual([
      {
        key: '7',
        text: 'Vi hade en refleksion om samanträde med tjänstepersonner.',
        unknown: [
          { word: 'refleksion', start: 11, end: 21 },
          { word: 'samanträde', start: 25, end: 35 },
          { word: 'tjänstepersonner', start: 40, end: 56 },
        ],
      },
    ]);
  });

  it('checks with the set of known words named, and a new list for that set replaces the old one', async () => {
    const text = 'Qzarnek och Wrzesniak talade om hälso- och sjukvårdsavtalet.';
    send({ type: 'check', id: 2, set: 'meeting-1', texts: [{ key: '1', text }] });
    expect((await reply('checked', 2)).results[0]?.unknown.map((u) => u.word)).toEqual(['Wrzesniak']);
    send({ type: 'check', id: 3, set: 'meeting-2', texts: [{ key: '1', text }] });
    expect((await reply('checked', 3)).results[0]?.unknown.map((u) => u.word)).toEqual(['Qzarnek', 'Wrzesniak']);
    send({ type: 'known', set: 'meeting-1', words: ['Qzarnek', 'Wrzesniak'] });
    send({ type: 'check', id: 4, set: 'meeting-1', texts: [{ key: '1', text }] });
    expect((await reply('checked', 4)).results[0]?.unknown).toEqual([]);
  });

  it('flags the demo roster names the e2e test writes when the meeting\'s words are not known (so that test can fail)', async () => {
    send({ type: 'check', id: 5, set: 'no-meeting', texts: [{ key: '1', text: 'Amra Begić och Leila Haddad' }] });
    expect((await reply('checked', 5)).results[0]?.unknown.map((u) => u.word)).toEqual(['Amra', 'Begić']);
  });

  it('suggests the right word first for the usual slips', async () => {
    const cases = [
      ['refleksion', 'reflektion'],
      ['samanträde', 'sammanträde'],
      ['tjänstepersonner', 'tjänstepersoner'],
    ] as const;
    for (const [index, [typo, right]] of cases.entries()) {
      send({ type: 'suggest', id: 10 + index, word: typo });
      const { suggestions } = await reply('suggested', 10 + index);
      expect(suggestions[0], typo).toBe(right);
      expect(suggestions.length).toBeLessThanOrEqual(5);
    }
  });
});
