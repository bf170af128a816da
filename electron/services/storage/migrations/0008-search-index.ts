import { rebuildSearchIndex } from '../../search/index-store';
import type { Migration } from './migration';

export const searchIndex: Migration = {
  version: 8,
  name: 'Sökregister över alla möten (fulltext)',
  up(db) {
    db.exec(`
        -- Which meeting and item each row of the full-text index belongs to
        -- (item_id NULL: the meeting's own header, called list and tasks).
        -- Rows go with their meeting or item.
        CREATE TABLE search_documents (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER,
          -- The row's id in search_index: the meeting's day in the high bits (search/rowid.ts).
          index_rowid INTEGER NOT NULL UNIQUE,
          -- The filters of "Sök", kept here so a search reads this small table
          -- only, not the meetings and items (whose rows hold the notes).
          body_id INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'approved')),
          kind TEXT CHECK (kind IS NULL OR kind IN (
            'information', 'dialog', 'information_dialog', 'standpoint', 'decision', 'other')),
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE UNIQUE INDEX search_documents_item ON search_documents (meeting_id, item_id);
        CREATE UNIQUE INDEX search_documents_meeting ON search_documents (meeting_id) WHERE item_id IS NULL;

        -- Contentless: the index keeps the folded words only (the text is in
        -- the meetings); unicode61 without removing diacritics, because the
        -- app folds é → e itself and keeps å, ä and ö apart from a and o.
        CREATE VIRTUAL TABLE search_index USING fts5 (
          title, text,
          content = '', contentless_delete = 1,
          tokenize = 'unicode61 remove_diacritics 0'
        );
        -- Its words, for finding the compounds a search word stands inside.
        CREATE VIRTUAL TABLE search_terms USING fts5vocab (search_index, 'row');

        CREATE TRIGGER search_documents_removed AFTER DELETE ON search_documents BEGIN
          DELETE FROM search_index WHERE rowid = old.index_rowid;
        END;
      `);
    // Databases from before the index: every meeting is indexed now, in the migration's transaction.
    rebuildSearchIndex(db);
  },
};
