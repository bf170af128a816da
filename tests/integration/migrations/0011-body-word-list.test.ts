import { describe, expect, it } from 'vitest';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-12-07T08:00:00.000Z';

/** A database as version 10 of the app left it: two bodies. */
function versionTenFile(): string {
  return databaseAtVersion(
    10,
    `
    INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES
      (1, 'Samrådsgrupp för äldrefrågor', 'SÄF', '${NOW}', '${NOW}'),
      (2, 'Länsgrupp för barn och unga', 'LBU', '${NOW}', '${NOW}');
  `,
  );
}

describe('migration 11: the body word list', () => {
  it('starts every existing body with an empty list', () => {
    withMigrated(versionTenFile(), (db) => {
      expect(db.prepare('SELECT count(*) AS n FROM body_words').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM bodies').get()).toEqual({ n: 2 });
    });
  });

  it('keeps a word once per body, removes the words with their body, and refuses an empty word', () => {
    withMigrated(versionTenFile(), (db) => {
      const add = db.prepare('INSERT INTO body_words (body_id, word, added_at) VALUES (?, ?, ?)');
      add.run(1, 'Norrvikmodellen', NOW);
      add.run(2, 'Norrvikmodellen', NOW);
      expect(() => add.run(1, 'Norrvikmodellen', NOW)).toThrow(/UNIQUE|PRIMARY/);
      expect(() => add.run(1, '', NOW)).toThrow(/CHECK/);
      expect(() => add.run(99, 'årshjul', NOW)).toThrow(/FOREIGN KEY/);

      db.prepare('DELETE FROM bodies WHERE id = 1').run();
      expect(db.prepare('SELECT body_id AS bodyId, word FROM body_words').all()).toEqual([{ bodyId: 2, word: 'Norrvikmodellen' }]);
    });
  });
});
