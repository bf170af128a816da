import { describe, expect, it } from 'vitest';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-11-20T08:00:00.000Z';

/**
 * A database as version 6 of the app left it: the body's September meeting
 * gave two tasks, "Ny från föregående" copied the open one into October, and
 * another body happens to have a task with the same words.
 */
function versionSixFile(): string {
  return databaseAtVersion(
    6,
    `
    INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES
      (1, 'Styrgrupp för samverkan', 'SGS', '${NOW}', '${NOW}'),
      (2, 'Länsgrupp för stöd', 'LGT', '${NOW}', '${NOW}');
    INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at) VALUES
      (1, 1, 'SGS september', '2026-09-14', 'approved', '${NOW}', '${NOW}'),
      (2, 1, 'SGS oktober', '2026-10-12', 'draft', '${NOW}', '${NOW}'),
      (3, 2, 'LGT oktober', '2026-10-01', 'draft', '${NOW}', '${NOW}');
    INSERT INTO tasks (id, meeting_id, item_id, position, what, owner, deadline, done, created_at, updated_at) VALUES
      (1, 1, NULL, 0, 'Skicka förslag på namn', 'Arbetsgruppen', '2026-10-01', 0, '${NOW}', '${NOW}'),
      (2, 1, NULL, 1, 'Boka lokal', 'Sekreteraren', NULL, 1, '${NOW}', '${NOW}'),
      (3, 2, NULL, 0, 'Skicka förslag på namn', 'Arbetsgruppen', '2026-10-01', 0, '${NOW}', '${NOW}'),
      (4, 2, NULL, 1, 'Ny uppgift i oktober', 'Ordföranden', NULL, 0, '${NOW}', '${NOW}'),
      (5, 3, NULL, 0, 'Skicka förslag på namn', 'Arbetsgruppen', NULL, 0, '${NOW}', '${NOW}');
  `,
  );
}

describe('migration 7: tasks followed across meetings, where minutes are published', () => {
  it('links a task the next meeting copied to the task it carries, and nothing else', () => {
    withMigrated(versionSixFile(), (db) => {
      const links = db.prepare('SELECT id, carried_from_task_id AS from_ FROM tasks ORDER BY id').all();
      expect(links).toEqual([
        { id: 1, from_: null },
        { id: 2, from_: null },
        { id: 3, from_: 1 },
        { id: 4, from_: null },
        { id: 5, from_: null },
      ]);
      expect(db.prepare('SELECT done_at, done_via FROM tasks WHERE id = 2').get()).toEqual({ done_at: null, done_via: null });
    });
  });

  it('gives bodies empty publishing settings and refuses an unknown way of marking done', () => {
    withMigrated(versionSixFile(), (db) => {
      expect(db.prepare('SELECT minutes_page_url, minutes_file_pattern FROM bodies WHERE id = 1').get()).toEqual({
        minutes_page_url: '',
        minutes_file_pattern: '',
      });
      expect(() => db.prepare("UPDATE tasks SET done_via = 'telefon' WHERE id = 1").run()).toThrow(/CHECK/);
      db.prepare('DELETE FROM tasks WHERE id = 1').run();
      expect(db.prepare('SELECT carried_from_task_id AS from_ FROM tasks WHERE id = 3').get()).toEqual({ from_: null });
    });
  });
});
