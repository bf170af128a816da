// Builds main, preload, CLI and renderer with esbuild into dist/.
// Usage: node build/scripts/build.mjs [--quiet] [--dev | --profile]
// --profile: production React, but readable names, for CPU profiles.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quiet = process.argv.includes('--quiet');
const dev = process.argv.includes('--dev');
const profile = process.argv.includes('--profile');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const started = performance.now();
const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // Native and heavy runtime packages are loaded from node_modules at run time.
  // pdf.js is an ES module that finds its worker next to itself: it stays in node_modules too.
  external: ['electron', 'better-sqlite3', 'playwright-core', 'fsevents', 'pdfjs-dist'],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
};

await Promise.all([
  build({ ...nodeCommon, entryPoints: [join(root, 'electron/main/main.ts')], outfile: join(root, 'dist/electron/main.cjs') }),
  build({
    ...nodeCommon,
    // The preload runs sandboxed: it may only require('electron'), so all else is bundled.
    entryPoints: [join(root, 'electron/main/preload.ts')],
    outfile: join(root, 'dist/electron/preload.cjs'),
    external: ['electron'],
  }),
  build({ ...nodeCommon, entryPoints: [join(root, 'electron/cli/main.ts')], outfile: join(root, 'dist/electron/cli.cjs') }),
  build({
    bundle: true,
    platform: 'browser',
    target: ['chrome120'],
    format: 'esm',
    entryPoints: [join(root, 'renderer/main.tsx')],
    outfile: join(root, 'dist/renderer/app.js'),
    jsx: 'automatic',
    minify: !dev && !profile,
    sourcemap: dev ? 'inline' : false,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      __APP_VERSION__: JSON.stringify(pkg.version),
    },
    loader: { '.woff2': 'file' },
  }),
  build({
    // The spelling worker: Hunspell (WebAssembly, inlined in hunspell-asm's browser build) off the page's thread.
    // A classic script (iife): Emscripten's loader tells a worker by importScripts, which module workers lack.
    bundle: true,
    platform: 'browser',
    target: ['chrome120'],
    format: 'iife',
    entryPoints: [join(root, 'renderer/spelling/spelling.worker.ts')],
    // Its CommonJS build: the ES one calls nanoid through a namespace import, which crashes once bundled.
    mainFields: ['browser', 'main'],
    outfile: join(root, 'dist/renderer/spelling-worker.js'),
    minify: !dev && !profile,
    sourcemap: dev ? 'inline' : false,
    logLevel: 'warning',
  }),
]);

await mkdir(join(root, 'dist/renderer'), { recursive: true });
await copyFile(join(root, 'renderer/index.html'), join(root, 'dist/renderer/index.html'));
// The Swedish Hunspell dictionary (dictionary-sv): fetched by the spelling worker, read by the CLI.
await mkdir(join(root, 'dist/renderer/spelling'), { recursive: true });
await copyFile(join(root, 'node_modules/dictionary-sv/index.aff'), join(root, 'dist/renderer/spelling/sv.aff'));
await copyFile(join(root, 'node_modules/dictionary-sv/index.dic'), join(root, 'dist/renderer/spelling/sv.dic'));
await writeFile(join(root, 'dist/BUILD_INFO.json'), JSON.stringify({ version: pkg.version, builtAt: new Date().toISOString() }));

if (!quiet) {
  console.log(`Byggt på ${Math.round(performance.now() - started)} ms → dist/`);
}
