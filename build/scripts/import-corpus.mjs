// The import corpus (tests/import-corpus): bundles run.ts with esbuild into
// dist/import-corpus/ and runs it. Prints the score table of the recogniser
// on the development set, with every miss. Options: see tests/import-corpus/run.ts.
// Usage: node build/scripts/import-corpus.mjs [--seeds 1-20] [--keep DIR] [--no-misses]
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = join(root, 'dist', 'import-corpus', 'run.cjs');

await build({
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'playwright-core', 'fsevents', 'pdfjs-dist'],
  entryPoints: [join(root, 'tests/import-corpus/run.ts')],
  outfile,
});

const child = spawn(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
