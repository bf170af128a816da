import { test, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from './fixtures';
import { DURABLE_AFTER_MS, KillRounds, type KillRoundResult } from './kill-rounds';

// Notes typed until the browser host is killed with SIGKILL: what was typed
// more than 1 s before the kill is stored, the file passes integrity_check,
// and what earlier rounds stored is still there. The round logic (and the
// definition of the loss window) is in kill-rounds.ts, shared with `npm run soak`.

const ROUNDS = 20;

test(`notes typed more than a second before the host is killed survive ${ROUNDS} kills in a row, and the database stays intact`, async ({
  page,
}) => {
  test.setTimeout(ROUNDS * 30_000);
  const dir = await mkdtemp(join(tmpdir(), 'anteckna-kill-'));
  const rounds = new KillRounds({ cliPath: CLI, dbPath: join(dir, 'anteckna.sqlite') });
  const results: KillRoundResult[] = [];
  let exit: Awaited<ReturnType<KillRounds['close']>> = null;
  try {
    await rounds.prepare();
    for (let n = 1; n <= ROUNDS; n += 1) {
      const result = await rounds.round(n, page);
      results.push(result);
      expect(result.failures, `runda ${n}`).toEqual([]);
      expect(result.integrity).toBe('ok');
      expect(result.lossWindowMs).toBeLessThan(DURABLE_AFTER_MS);
    }
    // The check had something to check: in most rounds words were typed more than a second before the kill.
    expect(results.filter((r) => r.wordsDue > 0).length).toBeGreaterThanOrEqual(ROUNDS / 2);
  } finally {
    exit = await rounds.close();
    await rm(dir, { recursive: true, force: true });
    const worst = Math.max(0, ...results.map((r) => r.lossWindowMs));
    const summary = `${results.length} rundor, största förlustfönster ${worst} ms`;
    test.info().annotations.push({ type: 'kill rounds', description: summary });
    console.log(`Avbrottstest: ${summary}.`);
  }
  expect(exit, 'webbvärden ska avslutas rent på SIGTERM').toBe(0);
});
