import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * A small script of the app's own modules bundled for a real child process
 * (tests that take locks across processes or kill a writer with -9). It is
 * written inside node_modules so the child's require('better-sqlite3') resolves.
 */

const ROOT = resolve(__dirname, '..', '..');

export async function buildChildScript(name: string, contents: string): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'anteckna-test', `${name}.cjs`);
  await mkdir(join(outfile, '..'), { recursive: true });
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
