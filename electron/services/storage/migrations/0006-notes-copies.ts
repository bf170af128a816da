import type { Migration } from './migration';

export const notesCopies: Migration = {
  version: 6,
  name: 'Kopior av anteckningar när två fönster skrev i samma punkt',
  up(db) {
    db.exec(`
        -- When two windows wrote to one item, the text that was not chosen is
        -- kept here, read-only, so neither is ever dropped. It goes with its
        -- item and its meeting.
        CREATE TABLE notes_copies (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER NOT NULL,
          notes_json TEXT NOT NULL CHECK (json_valid(notes_json) AND json_type(notes_json) = 'object'),
          kept_at TEXT NOT NULL,
          why TEXT NOT NULL CHECK (why IN ('replacedByMine', 'setAsideForSaved')),
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX notes_copies_item ON notes_copies (meeting_id, item_id, kept_at);
      `);
  },
};
