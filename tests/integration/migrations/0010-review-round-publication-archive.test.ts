import { describe, expect, it } from 'vitest';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-12-07T08:00:00.000Z';
const HASH = 'a'.repeat(64);

/** A database as version 9 of the app left it: a body, an approved meeting with one item. */
function versionNineFile(): string {
  return databaseAtVersion(
    9,
    `
    INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES
      (1, 'Samrådsgrupp för äldrefrågor', 'SÄF', '${NOW}', '${NOW}');
    INSERT INTO meetings (id, body_id, title, date, status, approved_on, created_at, updated_at) VALUES
      (1, 1, 'SÄF januari', '2027-01-21', 'approved', '2027-01-28', '${NOW}', '${NOW}');
    INSERT INTO agenda_items (id, meeting_id, position, title, kind) VALUES
      (1, 1, 0, 'Budget 2027', 'information');
  `,
  );
}

describe('migration 10: the review round, the publication check and the archive', () => {
  it('leaves an existing meeting without sendings, comments, decisions or issued files', () => {
    withMigrated(versionNineFile(), (db) => {
      for (const table of ['review_sendings', 'review_comments', 'publication_decisions', 'issued_files']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
      }
      expect(db.prepare('SELECT status, approved_on FROM meetings').get()).toEqual({ status: 'approved', approved_on: '2027-01-28' });
    });
  });

  it('removes sendings, comments and decisions with their meeting but keeps what was issued, unlinked', () => {
    withMigrated(versionNineFile(), (db) => {
      db.prepare(
        `INSERT INTO review_sendings (meeting_id, version, sent_at, due_on, recipients_json, snapshot_json)
         VALUES (1, 1, ?, '2027-01-28', '[]', '{}')`,
      ).run(NOW);
      db.prepare("INSERT INTO review_comments (meeting_id, item_id, author, text, created_at) VALUES (1, 1, 'Ingrid Vallén', 'Stryk sista meningen.', ?)").run(NOW);
      db.prepare("INSERT INTO publication_decisions (meeting_id, finding_key, decision, decided_at) VALUES (1, 'k', 'remove', ?)").run(NOW);
      db.prepare(
        `INSERT INTO issued_files (meeting_id, version, kind, file_name, sha256, size, issue_id, issued_at, summary_json)
         VALUES (1, 1, 'archive-pdfa', 'SÄF 2027-01-21.pdf', ?, 10, 'id-1', ?, '{}')`,
      ).run(HASH, NOW);

      db.prepare('DELETE FROM meetings WHERE id = 1').run();

      for (const table of ['review_sendings', 'review_comments', 'publication_decisions']) {
        expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
      }
      expect(db.prepare('SELECT meeting_id, sha256 FROM issued_files').get()).toEqual({ meeting_id: null, sha256: HASH });
    });
  });

  it('refuses a decision that is not keep, remove or rewrite, and a hash that is not SHA-256', () => {
    withMigrated(versionNineFile(), (db) => {
      expect(() =>
        db.prepare("INSERT INTO publication_decisions (meeting_id, finding_key, decision, decided_at) VALUES (1, 'k', 'maybe', ?)").run(NOW),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            `INSERT INTO issued_files (meeting_id, version, kind, file_name, sha256, size, issue_id, issued_at, summary_json)
             VALUES (1, 1, 'public-pdf', 'x.pdf', 'abc', 1, 'id', ?, '{}')`,
          )
          .run(NOW),
      ).toThrow(/CHECK/);
    });
  });
});
