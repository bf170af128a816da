// `npm run bench`: bundles the benchmarks (tests/bench) and the peer page with
// esbuild into dist/bench/, then runs them. Benchmarks never fail the build:
// the exit code is 0 whatever the figures are.
// Usage: npm run bench -- [--quick] [--out FILE] [--memory-minutes N] [--only startup,bundle,typing,durability,open,export,memory,search,archive,import,kallelse,handlingar,spelling]
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'dist', 'bench');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'playwright-core', 'fsevents', 'pdfjs-dist'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...node, entryPoints: [join(root, 'tests/bench/bench.ts')], outfile: join(out, 'bench.cjs') }),
  build({ ...node, entryPoints: [join(root, 'tests/bench/peer-server.ts')], outfile: join(out, 'peer-server.cjs') }),
  // The spelling figures' worker thread (tests/bench/spelling-bench.ts).
  build({ ...node, entryPoints: [join(root, 'tests/bench/spelling-worker.ts')], outfile: join(out, 'spelling-worker.cjs') }),
  // Built like the app's renderer (build.mjs): minified production React.
  build({
    bundle: true,
    platform: 'browser',
    target: ['chrome120'],
    format: 'esm',
    entryPoints: [join(root, 'tests/bench/peer/peer.tsx')],
    outfile: join(out, 'peer', 'peer.js'),
    jsx: 'automatic',
    minify: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  }),
]);

const child = spawn(process.execPath, [join(out, 'bench.cjs'), '--root', root, '--build', out, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code, signal) => {
  if (code !== 0) console.error(`Prestandamätningen avslutades i förtid (${signal ?? `kod ${code}`}).`);
  process.exitCode = 0;
});
