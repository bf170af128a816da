import type { Migration } from './migration';

export const invitationsEmailsAttachments: Migration = {
  version: 9,
  name: 'Kallelse och inbjudan: möteslänk, inställt möte, e-postadresser, förhinder i förväg och bilagor',
  up(db) {
    db.exec(`
        -- The Teams/Zoom link printed in the kallelse and the invitation.
        ALTER TABLE meetings ADD COLUMN meeting_link TEXT NOT NULL DEFAULT '';
        -- When "Ställ in mötet" was chosen (ISO UTC); NULL: the meeting is on.
        ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;
        -- The calendar invitation: one UID for the meeting's life, its
        -- SEQUENCE, and what the last invitation said (date, times, place,
        -- form, link), so a changed time or place raises the sequence.
        ALTER TABLE meetings ADD COLUMN invite_uid TEXT;
        ALTER TABLE meetings ADD COLUMN invite_sequence INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meetings ADD COLUMN invite_sent_json TEXT;

        ALTER TABLE members ADD COLUMN email TEXT NOT NULL DEFAULT '';
        ALTER TABLE called_persons ADD COLUMN email TEXT NOT NULL DEFAULT '';
        -- A förhinder reported before the meeting ("förhinder anmält 12/11").
        ALTER TABLE called_persons ADD COLUMN absence_reported_on TEXT;

        -- Who receives förhinder and sends the invitations; the kallelse's
        -- own title and the body's wording for reporting förhinder.
        ALTER TABLE bodies ADD COLUMN secretary_email TEXT NOT NULL DEFAULT '';
        ALTER TABLE bodies ADD COLUMN kallelse_title TEXT NOT NULL DEFAULT 'Kallelse';
        ALTER TABLE bodies ADD COLUMN absence_instruction TEXT NOT NULL DEFAULT '';

        -- Attached files (bilagor), content-addressed by their SHA-256 so
        -- the same file attached twice is stored once; in the database so a
        -- backup holds them. The bytes come last: SQLite reads a row's
        -- columns in order, so the size and type are read without walking
        -- the overflow pages of a 50 MB file.
        CREATE TABLE attachment_blobs (
          hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
          size INTEGER NOT NULL CHECK (size >= 0),
          media_type TEXT NOT NULL,
          bytes BLOB NOT NULL
        ) STRICT;
        CREATE TABLE item_attachments (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER NOT NULL,
          position INTEGER NOT NULL,
          file_name TEXT NOT NULL,
          hash TEXT NOT NULL REFERENCES attachment_blobs (hash),
          added_at TEXT NOT NULL,
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX item_attachments_item ON item_attachments (meeting_id, item_id, position);
        CREATE INDEX item_attachments_hash ON item_attachments (hash);
      `);
  },
};
