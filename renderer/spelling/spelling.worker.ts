import { loadModule } from 'hunspell-asm';
import { SpellCheck } from '../../shared/spelling/check';
import { DICTIONARY_FILES, type Speller } from '../../shared/spelling/speller';
import { suggestionsFor } from '../../shared/spelling/suggest';
import { SUGGESTION_LIMIT, type CheckedText, type FromWorker, type ToWorker } from './protocol';

/**
 * The spelling worker: Hunspell (WebAssembly) with the Swedish dictionary,
 * fetched from the app's own files, off the page's thread. It answers checks
 * of texts and asks for suggestions with the shared check
 * (shared/spelling/), the same code the CLI and the whole-meeting check run.
 */

/** What this file uses of a dedicated worker's global scope (the renderer's types are the DOM's, not a worker's). */
interface WorkerScope {
  readonly location: { readonly href: string };
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
  close(): void;
}

const scope = self as unknown as WorkerScope;
const post = (message: FromWorker) => scope.postMessage(message);

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(new URL(path, scope.location.href));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function loadSpeller(): Promise<Speller> {
  const [factory, aff, dic] = await Promise.all([loadModule(), fetchBytes(DICTIONARY_FILES.aff), fetchBytes(DICTIONARY_FILES.dic)]);
  const hunspell = factory.create(factory.mountBuffer(aff, 'sv.aff'), factory.mountBuffer(dic, 'sv.dic'));
  return { spell: (word) => hunspell.spell(word), suggest: (word) => hunspell.suggest(word) };
}

const knownSets = new Map<string, readonly string[]>();
let speller: Speller | null = null;
let check: SpellCheck | null = null;
let checkSet: string | null = null;

function checkWith(set: string): SpellCheck | null {
  if (!speller) return null;
  if (!check) check = new SpellCheck(speller);
  if (checkSet !== set) {
    check.setKnown(knownSets.get(set) ?? []);
    checkSet = set;
  }
  return check;
}

function answer(message: ToWorker): void {
  switch (message.type) {
    case 'known':
      knownSets.set(message.set, message.words);
      if (checkSet === message.set) checkSet = null;
      return;
    case 'check': {
      const spelling = checkWith(message.set);
      const results: CheckedText[] = message.texts.map(({ key, text }) => ({ key, text, unknown: spelling ? spelling.unknownIn(text) : [] }));
      post({ type: 'checked', id: message.id, results });
      return;
    }
    case 'suggest': {
      const suggestions = speller ? suggestionsFor(speller, message.word, SUGGESTION_LIMIT) : [];
      post({ type: 'suggested', id: message.id, word: message.word, suggestions });
      return;
    }
    default: {
      const never: never = message;
      return never;
    }
  }
}

// Messages that come while the dictionary loads wait for it, in order.
const waiting: ToWorker[] = [];
let loaded = false;
scope.onmessage = (event: MessageEvent<ToWorker>) => {
  if (loaded) answer(event.data);
  else waiting.push(event.data);
};

loadSpeller().then(
  (ready) => {
    speller = ready;
    loaded = true;
    post({ type: 'ready' });
    for (const message of waiting.splice(0)) answer(message);
  },
  (error: unknown) => {
    post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
    scope.close();
  },
);
