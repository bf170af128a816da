import type { Db } from '../storage/db';
import { prepared } from '../storage/sql';

/**
 * Every word the index holds, kept in memory per database handle, so a search
 * word can find the compounds it stands inside ("avtal" → "sjukvårdsavtalet",
 * "samverkansavtal"): FTS5 finds words and their beginnings, not their middles.
 *
 * This process's own writes add their words as they are indexed (a word that
 * later leaves the index only costs a lookup that finds nothing). A write by
 * another process (the CLI, a second window of the browser host) changes
 * `PRAGMA data_version`, and the list is read again from the index.
 */

interface Vocabulary {
  dataVersion: number;
  known: Set<string>;
  /** The words, each between newlines, for a quick substring scan. */
  joined: string;
  added: string[];
}

const vocabularies = new WeakMap<Db, Vocabulary>();

/** Word characters as FTS5's unicode61 tokenizer counts them: letters, digits and private-use characters. */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

function dataVersion(db: Db): number {
  return db.pragma('data_version', { simple: true }) as number;
}

/** Adds the words of folded text just indexed by this process, if the list has been read. */
export function learnTerms(db: Db, foldedText: string): void {
  const vocabulary = vocabularies.get(db);
  if (!vocabulary) return;
  for (const [word] of foldedText.matchAll(TOKEN)) {
    if (!vocabulary.known.has(word)) {
      vocabulary.known.add(word);
      vocabulary.added.push(word);
    }
  }
}

function current(db: Db): Vocabulary {
  const version = dataVersion(db);
  let vocabulary = vocabularies.get(db);
  if (!vocabulary || vocabulary.dataVersion !== version) {
    const words = prepared<{ term: string }>(db, 'SELECT term FROM search_terms').pluck().all() as unknown as string[];
    vocabulary = { dataVersion: version, known: new Set(words), joined: `\n${words.join('\n')}\n`, added: [] };
    vocabularies.set(db, vocabulary);
  }
  if (vocabulary.added.length > 0) {
    vocabulary.joined += `${vocabulary.added.join('\n')}\n`;
    vocabulary.added = [];
  }
  return vocabulary;
}

/**
 * The indexed words that hold `fragment` inside them but do not begin with it
 * (a prefix query finds those already); at most `max`, in the index's order,
 * with `cut` set when there were more.
 */
export function wordsContaining(db: Db, fragment: string, max: number): { words: string[]; cut: boolean } {
  const { joined } = current(db);
  const words: string[] = [];
  let at = joined.indexOf(fragment);
  while (at !== -1) {
    const start = joined.lastIndexOf('\n', at) + 1;
    const end = joined.indexOf('\n', at);
    if (start !== at) words.push(joined.slice(start, end));
    if (words.length > max) return { words: words.slice(0, max), cut: true };
    at = joined.indexOf(fragment, end);
  }
  return { words, cut: false };
}
