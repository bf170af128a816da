import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { MAX_JSON_DEPTH } from '../../shared/notes/schema';
import { openApp } from '../integration/app-support';
import { recordingHandlers } from './dispatch-support';
import {
  channelAndPayload,
  isValidRequest,
  proseProblem,
  unknownChannel,
  validSamples,
} from '../integration/hostile-payloads';

// Point 5 of "Trust": random and malformed payloads through the handler table
// over a real database with the demo data. Every one must come back as a
// refusal with a Swedish message; afterwards the database file is the same,
// byte for byte.

const PAYLOAD_RUNS = 10_000;
const UNKNOWN_CHANNEL_RUNS = 1_000;

function fileDigest(path: string): string {
  const hash = createHash('sha256').update(readFileSync(path));
  // After a TRUNCATE checkpoint the WAL is empty; a non-empty one would be a write.
  if (existsSync(`${path}-wal`)) hash.update(readFileSync(`${path}-wal`));
  return hash.digest('hex');
}

describe('hostile payloads through the handler table', () => {
  it('the valid requests the mutations start from are accepted by the contract (so the mutations mean something)', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    const samples = await validSamples(app);
    for (const channel of CHANNEL_NAMES) {
      const sample = samples[channel];
      if (sample !== undefined) expect(isValidRequest(channel, sample), channel).toBe(true);
    }
    // Channels added since have no sample; they still get every payload not built from one.
    const without = CHANNEL_NAMES.filter((channel) => samples[channel] === undefined);
    if (without.length > 0) console.info(`hostile-ipc: no valid sample for ${without.join(', ')}`);
  });

  it(`refuses ${PAYLOAD_RUNS} invalid payloads on every channel with a Swedish validation error, writes nothing and pollutes no prototype`, async () => {
    const seeded = openApp();
    seedDemo(seeded.db, new Date());
    const samples = await validSamples(seeded);
    const path = seeded.path;
    closeDatabase(seeded.db);
    const before = fileDigest(path);

    const db = openDatabase(path);
    let internal: unknown = null;
    const handlers = createHandlers({ db, databasePath: path, version: '0.0.0-test', clock: () => new Date(2026, 10, 12, 13, 0) });
    // Every handler is wrapped: reaching one at all means an invalid payload got through.
    const { table: guarded, reached } = recordingHandlers((channel) => handlers[channel] as (...a: unknown[]) => unknown);

    const perChannel = new Map<string, number>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(channelAndPayload(samples, false), async ({ channel, payload }) => {
        runs++;
        perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
        const result = await dispatch(guarded, channel, payload, { host: 'electron' }, {
          onInternalError: (_name, error) => {
            internal = error;
          },
        });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('validation');
        expect(proseProblem(result.error.message)).toBeNull();
      }),
      { numRuns: PAYLOAD_RUNS, seed: 20261122, endOnFailure: true },
    );

    let unknownRuns = 0;
    await fc.assert(
      fc.asyncProperty(unknownChannel(), fc.anything({ maxDepth: 2 }), async (channel, payload) => {
        unknownRuns++;
        const result = await dispatch(guarded, channel, payload, { host: 'browser' });
        expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Okänd begäran.' } });
      }),
      { numRuns: UNKNOWN_CHANNEL_RUNS, seed: 20261123, endOnFailure: true },
    );

    expect(runs).toBe(PAYLOAD_RUNS);
    expect(unknownRuns).toBe(UNKNOWN_CHANNEL_RUNS);
    // Every channel, the ones added later too, got its share.
    for (const channel of CHANNEL_NAMES) expect(perChannel.get(channel) ?? 0, channel).toBeGreaterThan(50);
    expect(reached).toEqual([]);
    expect(internal).toBeNull();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();

    closeDatabase(db);
    expect(fileDigest(path)).toBe(before);
    console.info(`hostile-ipc: ${runs} invalid payloads over ${CHANNEL_NAMES.length} channels, ${unknownRuns} unknown channels`);
  });

  it('refuses JSON nested deeper than the schemas can walk with a validation error instead of a stack overflow', async () => {
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => expect.fail(`${c} reached`)])) as never;
    let node: unknown = { type: 'paragraph', children: [{ type: 'text', text: 'djupt', format: 0 }] };
    for (let i = 0; i < 10_000; i++) node = { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [node] }] };
    const payload = { meetingId: 1, itemId: 1, notes: { root: { type: 'root', children: [node] } } };
    const result = await dispatch(handlers, 'notes:save', payload, { host: 'browser' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'validation', message: `Ogiltiga uppgifter: innehållet är nästlat i fler än ${MAX_JSON_DEPTH} nivåer.` },
    });
  });

  it('refuses what only structured clone can send: cycles, and shared references that multiply into millions of nodes', async () => {
    const handlers = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, () => expect.fail(`${c} reached`)])) as never;
    const cyclic: Record<string, unknown> = { meetingId: 1, itemId: 1 };
    cyclic['notes'] = { root: { type: 'root', children: [cyclic] } };
    expect(await dispatch(handlers, 'notes:save', cyclic, { host: 'electron' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: `Ogiltiga uppgifter: innehållet är nästlat i fler än ${MAX_JSON_DEPTH} nivåer.` },
    });
    let shared: unknown = {};
    for (let i = 0; i < 22; i++) shared = [shared, shared];
    expect(await dispatch(handlers, 'notes:save', { meetingId: 1, itemId: 1, notes: shared }, { host: 'electron' })).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Ogiltiga uppgifter: innehållet är för stort.' },
    });
  });

  it('still accepts notes nested as deep as a secretary could indent a list (50 levels)', () => {
    let node: unknown = { type: 'text', text: 'längst in', format: 0 };
    for (let i = 0; i < 50; i++) node = { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [node] }] };
    const payload = { meetingId: 1, itemId: 1, notes: { root: { type: 'root', children: [node] } } };
    expect(contract['notes:save'].request.safeParse(payload).success).toBe(true);
    expect(isValidRequest('notes:save', payload)).toBe(true);
  });
});
