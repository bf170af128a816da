import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-11-20T08:00:00.000Z';

/** A database as version 8 of the app left it: a body with a roster, a meeting with one item and one called person. */
function versionEightFile(): string {
  return databaseAtVersion(
    8,
    `
    INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES
      (1, 'Samrådsgrupp för äldrefrågor', 'SÄF', '${NOW}', '${NOW}');
    INSERT INTO sides (id, body_id, position, name) VALUES (1, 1, 0, 'Kommunerna');
    INSERT INTO categories (id, side_id, position, name) VALUES (1, 1, 0, 'Ledamöter');
    INSERT INTO members (id, category_id, position, name, party, organisation, title, role, vacant) VALUES
      (1, 1, 0, 'Ingrid Vallén', 'S', 'Åsby kommun', '', 'ordforande', 0);
    INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at) VALUES
      (1, 1, 'SÄF januari', '2027-01-21', 'draft', '${NOW}', '${NOW}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind) VALUES
      (1, 1, 0, 'Budget 2027', 'information');
    INSERT INTO called_persons (id, meeting_id, kind, position, side_name, category_name, name, role, vacant, attendance_status)
      VALUES (1, 1, 'member', 0, 'Kommunerna', 'Ledamöter', 'Ingrid Vallén', 'ordforande', 0, 'unmarked');
  `,
  );
}

describe('migration 9: invitations, e-mail addresses, förhinder before the meeting and attachments', () => {
  it('keeps every meeting on, uninvited and without a link, and every person without an address', () => {
    withMigrated(versionEightFile(), (db) => {
      expect(
        db.prepare('SELECT meeting_link, cancelled_at, invite_uid, invite_sequence, invite_sent_json FROM meetings').get(),
      ).toEqual({ meeting_link: '', cancelled_at: null, invite_uid: null, invite_sequence: 0, invite_sent_json: null });
      expect(db.prepare('SELECT email FROM members').get()).toEqual({ email: '' });
      expect(db.prepare('SELECT email, absence_reported_on FROM called_persons').get()).toEqual({
        email: '',
        absence_reported_on: null,
      });
      expect(db.prepare('SELECT secretary_email, kallelse_title, absence_instruction FROM bodies').get()).toEqual({
        secretary_email: '',
        kallelse_title: 'Kallelse',
        absence_instruction: '',
      });
    });
  });

  it('stores a file once for two items, and removes its links with the item or the meeting', () => {
    withMigrated(versionEightFile(), (db) => {
      const bytes = Buffer.from('%PDF-1.7 budgetunderlag');
      const hash = createHash('sha256').update(bytes).digest('hex');
      db.prepare("INSERT INTO agenda_items (id, meeting_id, position, title, kind) VALUES (2, 1, 1, 'Lokaler', 'information')").run();
      db.prepare("INSERT INTO attachment_blobs (hash, bytes, size, media_type) VALUES (?, ?, ?, 'application/pdf')").run(
        hash,
        bytes,
        bytes.length,
      );
      const link = db.prepare(
        "INSERT INTO item_attachments (meeting_id, item_id, position, file_name, hash, added_at) VALUES (1, ?, 0, ?, ?, '" + NOW + "')",
      );
      link.run(1, 'Budget 2027.pdf', hash);
      link.run(2, 'Budget 2027 (kopia).pdf', hash);
      expect(() =>
        db.prepare("INSERT INTO attachment_blobs (hash, bytes, size, media_type) VALUES (?, ?, 1, 'application/pdf')").run(hash, bytes),
      ).toThrow(/UNIQUE|PRIMARY/);
      expect(() => link.run(1, 'okänd.pdf', 'f'.repeat(64))).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("INSERT INTO item_attachments (meeting_id, item_id, position, file_name, hash, added_at) VALUES (1, 99, 0, 'x.pdf', ?, 'x')").run(hash)).toThrow(
        /FOREIGN KEY/,
      );

      db.prepare('DELETE FROM agenda_items WHERE id = 1').run();
      expect(db.prepare('SELECT item_id AS itemId FROM item_attachments').all()).toEqual([{ itemId: 2 }]);
      db.prepare('DELETE FROM meetings WHERE id = 1').run();
      expect(db.prepare('SELECT count(*) AS n FROM item_attachments').get()).toEqual({ n: 0 });
      // The bytes stay until the storage layer sees no item uses them any more.
      expect(db.prepare('SELECT size FROM attachment_blobs').get()).toEqual({ size: bytes.length });
    });
  });
});
