import { foldWord } from '../../../shared/spelling/tokens';
import { bodyWordSchema, sortedWords } from '../../../shared/spelling/word-list';
import { assertBodyExists } from './bodies';
import type { Db } from './db';
import { parseInput, prepared } from './sql';

/**
 * A body's own word list for the spelling check ("Lägg till i ordlistan"):
 * place and project names, local terms. Words are kept as written and
 * compared case-insensitively, so "Norrvikmodellen" and "norrvikmodellen"
 * are one word. A body-level list: adding to it never touches a meeting, so
 * it is allowed whatever the status of the minutes.
 */

/** The body's words, alphabetical. */
export function listBodyWords(db: Db, bodyId: number): string[] {
  assertBodyExists(db, bodyId);
  return sortedWords(prepared<{ word: string }>(db, 'SELECT word FROM body_words WHERE body_id = ?').all(bodyId).map((row) => row.word));
}

/** Adds a word unless the list has it already in some case; returns the list. */
export function addBodyWord(db: Db, bodyId: number, input: string, at: string): string[] {
  const word = parseInput(bodyWordSchema, input);
  return db.transaction(() => {
    const words = listBodyWords(db, bodyId);
    if (!words.some((w) => foldWord(w) === foldWord(word))) {
      prepared(db, 'INSERT INTO body_words (body_id, word, added_at) VALUES (?, ?, ?)').run(bodyId, word, at);
    }
    return listBodyWords(db, bodyId);
  })();
}

/** Removes the word in whatever case it was added; returns the list. */
export function removeBodyWord(db: Db, bodyId: number, word: string): string[] {
  return db.transaction(() => {
    for (const stored of listBodyWords(db, bodyId)) {
      if (foldWord(stored) === foldWord(word.trim())) prepared(db, 'DELETE FROM body_words WHERE body_id = ? AND word = ?').run(bodyId, stored);
    }
    return listBodyWords(db, bodyId);
  })();
}
