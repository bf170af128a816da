import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/services/demo/demo-data';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { SEARCH_TEXT_MAX } from '../../../shared/search/schema';
import { openApp } from '../app-support';
import { validSamples } from '../hostile-payloads';
import { indexAndRebuild } from './search-support';

/**
 * Any question is safe (results or a calm Swedish hint, never an error), and
 * every write the app can make leaves the index equal to the text.
 */

const SYNTAX = ['"', '""', 'NEAR(', 'NEAR(a b, 3)', ')', '(', '*', '-', '--', 'title:', 'text:', '^', 'AND', 'OR', 'NOT', '+', ':', '{', '}', "'", '\\', '%', '_', ';', 'DROP TABLE meetings;'];
const fragment = fc.oneof(
  fc.constantFrom(...SYNTAX),
  fc.constantFrom('avtal', 'hälso', 'Helén', 'här', 'SRO', 'ö', 'å', 'é'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
);
const question = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(' ', '', '\t'))
  .map(([parts, between]) => parts.join(between));

describe('any question is safe', () => {
  it('answers every question with hits or a Swedish hint, never an error', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    await fc.assert(
      fc.asyncProperty(question, async (text) => {
        const result = await app.call('search:query', { text });
        expect(result.ok, JSON.stringify(text)).toBe(true);
        if (!result.ok) return;
        const answer = result.value;
        // Either something was searched (maybe nothing found) or she is told why not, in Swedish prose.
        if (answer.hint !== null) expect(answer.hint).toMatch(/^[A-ZÅÄÖ][^{}<>]*[.]$/u);
        expect(answer.hits.length).toBeLessThanOrEqual(20);
        for (const hit of answer.hits) expect(hit.parts.map((p) => p.text).join('')).toBe(hit.snippet.replace(/\*\*/g, ''));
      }),
      { numRuns: 400 },
    );
  });

  it('answers the named hostile questions, a 10,000-character one and control characters calmly', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    for (const text of ['NEAR(', '"', '*', '-', 'title:', 'title:avtal', '"hälso- och', 'avtal*', '-avtal', '\u0000\u0007avtal\u001b[0m']) {
      const answer = await app.ok('search:query', { text });
      expect(answer.hint === null || answer.hint.length > 10, text).toBe(true);
    }
    expect((await app.ok('search:query', { text: 'title:avtal' })).total).toBe((await app.ok('search:query', { text: 'title avtal' })).total);
    expect((await app.ok('search:query', { text: '\u0000avtal\u0007' })).total).toBe((await app.ok('search:query', { text: 'avtal' })).total);
    expect((await app.ok('search:query', { text: '-avtal' })).hint).toBe('Skriv också något att söka efter – ett minustecken utesluter bara ord.');
    expect((await app.ok('search:query', { text: 'a' })).hint).toBe('Skriv minst två bokstäver i ett sökord.');
    const long = await app.ok('search:query', { text: 'avtal '.repeat(2000).slice(0, 10_000) });
    expect(long).toMatchObject({ total: 0, hits: [], hint: `Sökningen är för lång. Skriv några ord (högst ${SEARCH_TEXT_MAX} tecken).` });
    const many = await app.ok('search:query', { text: 'ett två tre fyra fem sex sju åtta nio tio elva tolv tretton' });
    expect(many.hint).toBe('Sök på högst 12 ord eller fraser åt gången.');
  });
});

describe('the index never disagrees with the text', () => {
  it('after the demo data and after every write channel of the app', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    const seeded = indexAndRebuild(app.db);
    expect(seeded.stored.length).toBeGreaterThan(1000);
    expect(seeded.stored).toEqual(seeded.rebuilt);
    const samples = await validSamples(app);
    const writes = CHANNEL_NAMES.filter((channel) => contract[channel].writes && channel !== 'backups:restore');
    for (const channel of writes) {
      const sample = samples[channel];
      if (sample === undefined) continue;
      await app.call(channel, sample as never);
      const { stored, rebuilt } = indexAndRebuild(app.db);
      expect(stored, channel).toEqual(rebuilt);
    }
  });
});
