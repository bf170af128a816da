// The kill test as a soak: many rounds of "type notes, SIGKILL the browser
// host, check the file, start again" on one growing database, outside
// Playwright's test runner. The round logic is tests/e2e/kill-rounds.ts (also
// used by tests/e2e/kill-notes.spec.ts), bundled here with esbuild because
// a .mjs script cannot import TypeScript.
//
// Usage: npm run soak [-- --rounds N]      (default 500; npm run soak builds first)
//        node build/scripts/soak.mjs [--rounds N] [--keep]
// Prints every round, then how many rounds ran, the failures and the worst
// loss window (how long before the kill the oldest lost word was typed).
// Exits 1 on any failure. --keep leaves the database folder for inspection
// (it is always kept when a round failed).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let values;
try {
  ({ values } = parseArgs({ options: { rounds: { type: 'string' }, keep: { type: 'boolean' } }, strict: true }));
} catch (error) {
  console.error(`soak: ${error.message}\nAnvändning: node build/scripts/soak.mjs [--rounds N] [--keep]`);
  process.exit(2);
}
const total = values.rounds === undefined ? 500 : Number(values.rounds);
if (!Number.isInteger(total) || total < 1) {
  console.error('soak: --rounds ska vara ett heltal större än 0.');
  process.exit(2);
}

const cliPath = join(root, 'dist', 'electron', 'cli.cjs');
if (!existsSync(cliPath)) {
  console.error('soak: dist/electron/cli.cjs saknas: kör "npm run soak" (som bygger först) eller "npm run build".');
  process.exit(2);
}

// Inside node_modules so the bundle's require('better-sqlite3') and
// require('playwright-core') resolve to the project's packages.
const bundleDir = join(root, 'node_modules', '.cache', 'anteckna-soak');
await mkdir(bundleDir, { recursive: true });
const bundle = join(bundleDir, 'kill-rounds.cjs');
await build({
  stdin: {
    contents: "export * from './kill-rounds'; export * from './chromium';",
    resolveDir: join(root, 'tests', 'e2e'),
    loader: 'ts',
    sourcefile: 'soak-entry.ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: bundle,
  external: ['better-sqlite3', 'playwright-core'],
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const { KillRounds, DURABLE_AFTER_MS, CHROMIUM_ARGS, CHROMIUM_PATH } = require(bundle);
const { chromium } = require('playwright-core');

const dir = await mkdtemp(join(tmpdir(), 'anteckna-soak-'));
const dbPath = join(dir, 'anteckna.sqlite');
const rounds = new KillRounds({ cliPath, dbPath });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });

let stopping = false;
process.once('SIGINT', () => {
  stopping = true;
  console.log('\nAvbryter efter pågående runda …');
});

const results = [];
const failed = [];
let aborted = null;
const started = Date.now();
let page = await context.newPage();
try {
  await rounds.prepare();
  for (let n = 1; n <= total && !stopping; n += 1) {
    // A fresh tab now and then, so the browser's own memory does not grow with the soak.
    if (n % 25 === 0) {
      await page.close();
      page = await context.newPage();
    }
    let result;
    try {
      result = await rounds.round(n, page);
    } catch (error) {
      aborted = `runda ${n}: ${error instanceof Error ? error.message : String(error)}`;
      failed.push({ round: n, failures: [aborted] });
      break;
    }
    results.push(result);
    if (result.failures.length > 0) failed.push(result);
    const status = result.failures.length === 0 ? 'ok' : `FEL: ${result.failures.join('; ')}`;
    console.log(
      `Runda ${String(n).padStart(String(total).length)}/${total}: dödad efter ${result.killAfterMs} ms, ` +
        `sparat ${result.wordsStored}/${result.wordsBeforeKill} ord, förlustfönster ${result.lossWindowMs} ms, ` +
        `${result.savesAnswered} sparningar (längsta ${result.slowestSaveMs} ms), ` +
        `integrity_check ${result.integrity} – ${status}`,
    );
  }
} catch (error) {
  aborted = error instanceof Error ? error.message : String(error);
  failed.push({ round: 0, failures: [aborted] });
} finally {
  const exit = await rounds.close().catch((error) => String(error));
  if (exit !== 0) failed.push({ round: 0, failures: [`webbvärden avslutades inte rent på SIGTERM (${exit})`] });
  await browser.close();
}

const worst = results.reduce((w, r) => (r.lossWindowMs > w.lossWindowMs ? r : w), { round: 0, lossWindowMs: 0 });
const windows = results.map((r) => r.lossWindowMs).sort((x, y) => x - y);
const percentile = (p) => (windows.length === 0 ? 0 : windows[Math.min(windows.length - 1, Math.floor((p / 100) * windows.length))]);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log('');
console.log(`Soak: ${results.length} av ${total} rundor körda på ${minutes} min.`);
console.log(`Misslyckade rundor: ${failed.length}`);
for (const f of failed) console.log(`  runda ${f.round}: ${f.failures.join('; ')}`);
console.log(
  `Största förlustfönster: ${worst.lossWindowMs} ms${worst.round ? ` (runda ${worst.round})` : ''} ` +
    `(gräns ${DURABLE_AFTER_MS} ms; median ${percentile(50)} ms, 95:e percentilen ${percentile(95)} ms).`,
);
console.log(`Längsta sparning (begäran till svar): ${Math.max(0, ...results.map((r) => r.slowestSaveMs))} ms.`);
if (aborted) console.log(`Avbrutet: ${aborted}`);

const ok = failed.length === 0 && results.length === total;
if (ok && !values.keep) {
  await rm(dir, { recursive: true, force: true });
} else {
  console.log(`Databasen finns kvar i ${dir}`);
}
process.exit(ok ? 0 : 1);
