import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, type CorpusEntry } from './corpus';
import { formatMisses, formatTable, scoreCorpus, totals } from './report';
import { DEV_SET, HELD_OUT, corpusEntry, parseSeeds } from './sets';

/**
 * The import corpus from the command line: writes fictional minutes in
 * every writer's layout, reads each with the app's reader and recogniser,
 * and prints how much came out right.
 *
 *   node build/scripts/import-corpus.mjs                  # development set (seeds 1–20), table + every miss
 *   node build/scripts/import-corpus.mjs --seeds 3,7-9    # some seeds of it
 *   node build/scripts/import-corpus.mjs --keep /tmp/k    # keep the files (and truth JSON) in /tmp/k
 *   node build/scripts/import-corpus.mjs --no-misses      # the table alone
 *
 * The held-out set (--set heldout) is what tests/integration/import/quality.test.ts
 * measures: whoever tunes the recogniser does not run it or read its misses.
 * The script bundles this file with esbuild (like the benchmark) and runs it.
 */

const { values: opts } = parseArgs({
  options: {
    set: { type: 'string', default: 'dev' },
    seeds: { type: 'string' },
    keep: { type: 'string' },
    misses: { type: 'boolean', default: true },
    'no-misses': { type: 'boolean', default: false },
  },
  strict: true,
});

function entries(): CorpusEntry[] {
  if (opts.seeds) return parseSeeds(opts.seeds).map(corpusEntry);
  switch (opts.set) {
    case 'dev':
      return DEV_SET;
    case 'heldout':
      return HELD_OUT;
    default:
      throw new Error(`Okänd mängd: ${opts.set}. Välj dev eller heldout.`);
  }
}

async function main(): Promise<void> {
  const dir = opts.keep ? resolve(opts.keep) : mkdtempSync(join(tmpdir(), 'anteckna-korpus-'));
  mkdirSync(dir, { recursive: true });
  try {
    const started = performance.now();
    const files = await buildCorpus(dir, entries());
    process.stderr.write(`${files.length} dokument skrivna på ${((performance.now() - started) / 1000).toFixed(1)} s i ${dir}\n`);
    if (opts.keep) for (const f of files) writeFileSync(`${f.path}.truth.json`, `${JSON.stringify(f.minutes.truth, null, 2)}\n`);
    const results = await scoreCorpus(files);
    process.stdout.write(`${formatTable(results)}\n`);
    if (opts.misses && !opts['no-misses']) process.stdout.write(`\n${formatMisses(results)}\n`);
    const t = totals(results);
    process.stdout.write(`\n${JSON.stringify({ fieldsRight: t.right / Math.max(1, t.total), textKept: t.kept / Math.max(1, t.words) })}\n`);
  } finally {
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
