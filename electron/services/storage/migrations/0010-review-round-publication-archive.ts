import type { Migration } from './migration';

export const reviewRoundPublicationArchive: Migration = {
  version: 10,
  name: 'Efter mötet: justeringsutskick, kommentarer, publiceringskontroll och arkivexemplar',
  up(db) {
    db.exec(`
        -- "Skicka för justering": each time the draft went to the reviewers,
        -- to whom, the "justera senast" day and the meeting as it went out,
        -- so what changed since can be shown per item.
        CREATE TABLE review_sendings (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          version INTEGER NOT NULL,
          sent_at TEXT NOT NULL,
          due_on TEXT,
          recipients_json TEXT NOT NULL,
          snapshot_json TEXT NOT NULL
        ) STRICT;
        CREATE INDEX review_sendings_meeting ON review_sendings (meeting_id, sent_at);

        -- What the reviewers said back, on an item (or the whole minutes:
        -- item_id NULL), and whether the secretary has dealt with it.
        CREATE TABLE review_comments (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER,
          author TEXT NOT NULL,
          text TEXT NOT NULL,
          created_at TEXT NOT NULL,
          done_at TEXT,
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX review_comments_meeting ON review_comments (meeting_id, item_id);

        -- The publication check: keep, remove or rewrite each finding (by a
        -- key of item, kind and text), for the public version only. Made
        -- after approval, so the minutes' frozen state does not apply.
        CREATE TABLE publication_decisions (
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          finding_key TEXT NOT NULL,
          decision TEXT NOT NULL CHECK (decision IN ('keep', 'remove', 'rewrite')),
          replacement TEXT NOT NULL DEFAULT '',
          decided_at TEXT NOT NULL,
          PRIMARY KEY (meeting_id, finding_key)
        ) STRICT;

        -- Files issued from approved minutes (the archive copy and the
        -- public version) with their SHA-256 and the id written into them,
        -- so any PDF can be verified later. Kept when the meeting is
        -- removed: what the file was is in summary_json.
        CREATE TABLE issued_files (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
          version INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('archive-pdfa', 'archive-docx', 'archive-meeting-file', 'archive-metadata', 'public-pdf', 'public-html')),
          file_name TEXT NOT NULL,
          sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
          size INTEGER NOT NULL CHECK (size >= 0),
          issue_id TEXT NOT NULL,
          issued_at TEXT NOT NULL,
          summary_json TEXT NOT NULL
        ) STRICT;
        CREATE INDEX issued_files_hash ON issued_files (sha256);
        CREATE INDEX issued_files_issue ON issued_files (issue_id);
        CREATE INDEX issued_files_meeting ON issued_files (meeting_id);
      `);
  },
};
