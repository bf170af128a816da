import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadModule } from 'hunspell-asm';
import type { Speller } from '../../../shared/spelling/speller';

/**
 * Hunspell (WebAssembly) with the Swedish dictionary, in Node: for the CLI,
 * the whole-meeting check in tests and the benchmark. The renderer runs the
 * same engine in its worker (renderer/spelling/).
 */

export interface DictionaryFiles {
  readonly aff: Uint8Array;
  readonly dic: Uint8Array;
}

export interface LoadedSpeller extends Speller {
  dispose(): void;
}

/** The dictionary's two files: next to the built app (dist/renderer/spelling), else from the package. */
export function readSwedishDictionary(): DictionaryFiles {
  for (const dir of dictionaryDirs()) {
    const aff = join(dir, 'sv.aff');
    const dic = join(dir, 'sv.dic');
    if (existsSync(aff) && existsSync(dic)) return { aff: readFileSync(aff), dic: readFileSync(dic) };
    const packaged = { aff: join(dir, 'index.aff'), dic: join(dir, 'index.dic') };
    if (existsSync(packaged.aff) && existsSync(packaged.dic)) return { aff: readFileSync(packaged.aff), dic: readFileSync(packaged.dic) };
  }
  throw new Error('Den svenska ordlistan för stavningskontrollen saknas (dictionary-sv). Kör npm ci.');
}

function dictionaryDirs(): string[] {
  const dirs: string[] = [];
  // Built: dist/electron/cli.cjs → dist/renderer/spelling.
  if (typeof __dirname === 'string') dirs.push(join(__dirname, '..', 'renderer', 'spelling'));
  // Sources (tests, bench): the package in node_modules, found from the working folder upwards.
  let dir = process.cwd();
  for (;;) {
    dirs.push(join(dir, 'node_modules', 'dictionary-sv'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dirs;
}

/** Loads Hunspell with the given dictionary; about 200 ms. */
export async function loadSpeller(files: DictionaryFiles = readSwedishDictionary()): Promise<LoadedSpeller> {
  const factory = await loadModule();
  const aff = factory.mountBuffer(files.aff, 'sv.aff');
  const dic = factory.mountBuffer(files.dic, 'sv.dic');
  const hunspell = factory.create(aff, dic);
  return {
    spell: (word) => hunspell.spell(word),
    suggest: (word) => hunspell.suggest(word),
    dispose: () => {
      hunspell.dispose();
      factory.unmount(aff);
      factory.unmount(dic);
    },
  };
}
