import { describe, expect, it } from 'vitest';
import { ANTECKNA_APPLICATION_ID } from '../../../electron/services/storage/migrations';
import { openApp } from '../app-support';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-09-01T08:00:00.000Z';

/** A database as the first version of the app left it: a body with a roster and one meeting with its agenda. */
function versionOneFile(): string {
  return databaseAtVersion(
    1,
    `
      INSERT INTO bodies (id, name, short_name, created_at, updated_at)
      VALUES (1, 'Styrgrupp för samverkan i Strandby', 'SGS', '${NOW}', '${NOW}');
      INSERT INTO sides (id, body_id, position, name) VALUES (1, 1, 0, 'Kommun');
      INSERT INTO categories (id, side_id, position, name) VALUES (1, 1, 0, 'Socialchefer');
      INSERT INTO members (category_id, position, name, organisation) VALUES (1, 0, 'Ove Ek', 'Strandby kommun');
      INSERT INTO meetings (id, body_id, title, date, created_at, updated_at)
      VALUES (1, 1, 'Minnesanteckningar SGS', '2026-09-10', '${NOW}', '${NOW}');
      INSERT INTO agenda_items (id, meeting_id, parent_id, position, title) VALUES (10, 1, NULL, 0, 'Hemsjukvård i samverkan');
    `,
  );
}

describe('migration 1: bodies, meetings, attendance, agenda and tasks', () => {
  it('marks the file as an Anteckna database, so no other program’s file is ever migrated', () => {
    withMigrated(versionOneFile(), (db) => {
      expect(db.pragma('application_id', { simple: true })).toBe(ANTECKNA_APPLICATION_ID);
    });
  });

  it('keeps what the first version wrote readable through today’s app', async () => {
    const app = openApp(new Date(2026, 8, 10, 13, 0), versionOneFile());
    const body = await app.ok('bodies:get', { id: 1 });
    expect(body.sides.map((s) => [s.name, s.categories.map((c) => [c.name, c.members.map((m) => m.name)])])).toEqual([
      ['Kommun', [['Socialchefer', ['Ove Ek']]]],
    ]);
    const meeting = await app.ok('meetings:get', { id: 1 });
    expect(meeting).toMatchObject({ title: 'Minnesanteckningar SGS', date: '2026-09-10', status: 'draft' });
    expect(meeting.agenda.map((i) => i.title)).toEqual(['Hemsjukvård i samverkan']);
  });
});
