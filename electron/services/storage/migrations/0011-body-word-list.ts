import type { Migration } from './migration';

export const bodyWordList: Migration = {
  version: 11,
  name: 'Stavning: organets egen ordlista',
  up(db) {
    db.exec(`
        -- "Lägg till i ordlistan": words the spelling check accepts in this
        -- body's meetings (place names, project names, local terms). Kept
        -- as written; the check compares them case-insensitively. In the
        -- database, so backups and copies of the file carry them.
        CREATE TABLE body_words (
          body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
          word TEXT NOT NULL CHECK (length(word) BETWEEN 1 AND 100),
          added_at TEXT NOT NULL,
          PRIMARY KEY (body_id, word)
        ) STRICT;
    `);
  },
};
