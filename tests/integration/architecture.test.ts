import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import madge from 'madge';
import { describe, expect, it } from 'vitest';

// Issue 17: a newcomer finds each behaviour in one file of a readable size,
// and no two modules need each other to load.

const root = join(__dirname, '..', '..');
const SOURCE_ROOTS = ['electron', 'renderer', 'shared'];
const MAX_LINES = 400;
// Invented people and bodies for the demo: data, not code a newcomer changes.
const DATA_FILES = new Set(['electron/services/demo/psn.ts', 'electron/services/demo/lgs.ts']);

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...SOURCE_ROOTS], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts'));
}

describe('the shape of the code', () => {
  it(`has no source file over ${MAX_LINES} lines outside the demo data`, () => {
    const long = sourceFiles()
      .filter((file) => !DATA_FILES.has(file))
      .map((file) => ({ file, lines: readFileSync(join(root, file), 'utf8').trimEnd().split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has no import cycle in electron/, renderer/ or shared/', async () => {
    const graph = await madge(
      SOURCE_ROOTS.map((dir) => join(root, dir)),
      {
        baseDir: root,
        fileExtensions: ['ts', 'tsx'],
        detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
      },
    );
    // Every source file is in the graph, so a cycle cannot hide in a file madge did not read.
    expect(Object.keys(graph.obj()).length).toBeGreaterThanOrEqual(sourceFiles().length - 5);
    expect(graph.circular()).toEqual([]);
  }, 60_000);
});
