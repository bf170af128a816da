// What `npm test` runs: typecheck, lint, build, unit + integration tests
// (Vitest) and end-to-end tests (Playwright). Every stage runs even when an
// earlier one failed; the last line is "N passed, N failed".
// Typecheck, lint and build count as one check each; the test runners' counts
// come from their JSON reports. A skipped test counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = join(root, 'test-results');
const vitestReport = join(results, 'vitest.json');
const playwrightReport = join(results, 'playwright.json');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = (...parts) => join(root, 'node_modules', ...parts);

mkdirSync(results, { recursive: true });
rmSync(vitestReport, { force: true });
rmSync(playwrightReport, { force: true });

if (!existsSync(chromium)) {
  console.error(
    `\nChromium saknas (${chromium}); end-to-end-testerna kommer att misslyckas.\n` +
      'Installera den så här:\n' +
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '  Fedora:         sudo dnf install -y chromium\n' +
      '  macOS:          brew install --cask chromium  (och sätt CHROMIUM_PATH till programmets körbara fil)\n' +
      '  Windows:        installera Chromium eller Chrome och sätt CHROMIUM_PATH till chrome.exe\n',
  );
}

/** @type {{ name: string, passed: number, failed: number, note?: string }[]} */
const stages = [];

function run(title, args, env = {}) {
  console.log(`\n━━ ${title} ━━`);
  const started = performance.now();
  const { status, error } = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
  });
  if (error) console.error(error.message);
  return { ok: status === 0, seconds: ((performance.now() - started) / 1000).toFixed(1) };
}

function check(name, args) {
  const { ok, seconds } = run(name, args);
  stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, note: `${seconds} s` });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('Typkontroll', [bin('typescript', 'bin', 'tsc'), '-b', 'tsconfig.json']);
check('Lint', [bin('eslint', 'bin', 'eslint.js'), '--config', 'build/eslint.config.mjs', '--max-warnings', '0', '.']);
check('Bygge', ['build/scripts/build.mjs', '--quiet']);

{
  const { ok, seconds } = run('Enhets- och integrationstester (Vitest)', [
    bin('vitest', 'vitest.mjs'),
    'run',
    '--config',
    'build/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestReport}`,
  ]);
  const report = readJson(vitestReport);
  if (report === null) {
    stages.push({ name: 'Vitest', passed: 0, failed: 1, note: 'ingen rapport' });
  } else {
    // Suites that failed to load have no failed tests of their own.
    const brokenSuites = (report.testResults ?? []).filter(
      (suite) => suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
    ).length;
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    const failed = (report.numFailedTests ?? 0) + brokenSuites + skipped;
    // A run that failed without a failing test (e.g. an unhandled error) still fails.
    stages.push({
      name: 'Vitest',
      passed: report.numPassedTests ?? 0,
      failed: failed === 0 && !ok ? 1 : failed,
      note: `${seconds} s${skipped ? `, ${skipped} överhoppade` : ''}`,
    });
  }
}

{
  const { ok, seconds } = run(
    'End-to-end-tester (Playwright)',
    [bin('@playwright', 'test', 'cli.js'), 'test', '--config', 'build/playwright.config.ts'],
    { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
  );
  const report = readJson(playwrightReport);
  if (report === null) {
    stages.push({ name: 'Playwright', passed: 0, failed: 1, note: 'ingen rapport' });
  } else {
    const stats = report.stats ?? {};
    const failed = (stats.unexpected ?? 0) + (stats.skipped ?? 0) + (report.errors ?? []).length;
    stages.push({
      name: 'Playwright',
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: failed === 0 && !ok ? 1 : failed,
      note: `${seconds} s${stats.skipped ? `, ${stats.skipped} överhoppade` : ''}`,
    });
  }
}

const passed = stages.reduce((sum, s) => sum + s.passed, 0);
const failed = stages.reduce((sum, s) => sum + s.failed, 0);
console.log('\n━━ Sammanfattning ━━');
for (const s of stages) {
  const mark = s.failed === 0 ? '✓' : '✗';
  console.log(`${mark} ${s.name.padEnd(12)} ${String(s.passed).padStart(4)} godkända, ${String(s.failed).padStart(3)} underkända  (${s.note})`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
