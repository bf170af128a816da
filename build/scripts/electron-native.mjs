// Builds better-sqlite3 for Electron's ABI into build/native/electron-<version>/,
// leaving node_modules/better-sqlite3 built for Node (tests, CLI, browser host).
// So `npm start` and `npm test` work one after the other in either order.
// Usage: node build/scripts/electron-native.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = join(root, 'node_modules');
const electronVersion = JSON.parse(readFileSync(join(modules, 'electron', 'package.json'), 'utf8')).version;
const outDir = join(root, 'build', 'native', `electron-${electronVersion}`);
const outFile = join(outDir, 'better_sqlite3.node');

if (existsSync(outFile)) process.exit(0);

console.log(`Bygger better-sqlite3 för Electron ${electronVersion} …`);
const work = mkdtempSync(join(tmpdir(), 'anteckna-native-'));
const pkgDir = join(work, 'better-sqlite3');
// A copy without the Node build, so nothing built for Node can be mistaken for the result.
cpSync(join(modules, 'better-sqlite3'), pkgDir, {
  recursive: true,
  filter: (src) => !src.startsWith(join(modules, 'better-sqlite3', 'build')),
});

// npm hands its config to scripts as npm_config_* (here nodedir=/usr): node-gyp
// and prebuild-install would read those and build for Node instead.
const NODE_TARGETING = /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|platform|build_from_source|node_gyp)$/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !NODE_TARGETING.test(key)));
const target = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
const run = (args) => spawnSync(process.execPath, args, { cwd: pkgDir, env, stdio: 'inherit' }).status === 0;
const built = join(pkgDir, 'build', 'Release', 'better_sqlite3.node');

// 1. A prebuilt binary for this Electron (downloaded from the package's GitHub releases).
let ok = run([join(modules, 'prebuild-install', 'bin.js'), ...target, `--platform=${process.platform}`]) && existsSync(built);

// 2. Otherwise compile against Electron's headers.
if (!ok) {
  const nodeGyp = [
    join(modules, 'node-gyp', 'bin', 'node-gyp.js'),
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ].find((candidate) => candidate && existsSync(candidate));
  ok =
    nodeGyp !== undefined &&
    run([
      nodeGyp,
      'rebuild',
      '--release',
      ...target,
      '--dist-url=https://electronjs.org/headers',
      `--devdir=${join(homedir(), '.electron-gyp')}`,
    ]) &&
    existsSync(built);
}

if (ok) {
  mkdirSync(outDir, { recursive: true });
  copyFileSync(built, outFile);
  console.log(`Klart: ${outFile}`);
}
rmSync(work, { recursive: true, force: true });

if (!ok) {
  console.error(
    `\nKunde inte bygga better-sqlite3 för Electron ${electronVersion}.\n` +
      'Varken en förbyggd fil (från GitHub) eller Electrons huvudfiler (från electronjs.org) gick att hämta,\n' +
      'eller så saknas byggverktyg (Python 3, make och en C++-kompilator).\n' +
      'Kontrollera nätverket och försök igen med "npm start".\n' +
      'Testerna, kommandoraden och webbläsarläget ("npm run web") påverkas inte.',
  );
  process.exit(1);
}
