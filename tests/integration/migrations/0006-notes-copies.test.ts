import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, schemaVersionOf } from '../../../electron/services/storage/migrations';
import { notes, paragraph } from '../../../shared/notes/build';
import { notesToPlainText } from '../../../shared/notes/text';
import { openApp } from '../app-support';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-11-20T08:00:00.000Z';
const TYPED = JSON.stringify(notes(paragraph('Skrivet med version 5 av appen.')));

/** A database as version 5 of the app left it: a draft meeting whose item has notes saved four times. */
function versionFiveFile(): string {
  return databaseAtVersion(5, (db) => {
    db.exec(`
      INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES (1, 'Styrgrupp för samverkan', 'SGS', '${NOW}', '${NOW}');
      INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at) VALUES
        (1, 1, 'Minnesanteckningar SGS', '2026-12-03', 'draft', '${NOW}', '${NOW}');
    `);
    db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, notes_json, notes_revision, notes_updated_at)
       VALUES (10, 1, NULL, 0, 'Hemsjukvård i samverkan', ?, 4, '${NOW}')`,
    ).run(TYPED);
  });
}

describe('migration 6: kept copies of notes when two windows wrote to one item', () => {
  it('brings a version-5 database to the current version with its notes and their revision', async () => {
    const app = openApp(new Date(2026, 11, 3, 13, 0), versionFiveFile());
    expect(schemaVersionOf(app.db)).toBe(SCHEMA_VERSION);
    const stored = await app.ok('notes:get', { meetingId: 1, itemId: 10 });
    expect(stored).toMatchObject({ revision: 4, savedAt: NOW });
    expect(notesToPlainText(stored.notes)).toBe('Skrivet med version 5 av appen.');
    expect(await app.ok('notes:copies', { meetingId: 1 })).toEqual([]);
  });

  it('refuses a save from before the last one and keeps both texts when she chooses', async () => {
    const app = openApp(new Date(2026, 11, 3, 13, 0), versionFiveFile());
    const at = { meetingId: 1, itemId: 10 };
    expect((await app.fails('notes:save', { ...at, notes: notes(paragraph('Gammal bas.')), baseRevision: 3 })).field).toBe('baseRevision');
    const resolved = await app.ok('notes:resolve', { ...at, keep: 'mine', notes: notes(paragraph('Gammal bas.')) });
    expect(resolved.revision).toBe(5);
    const copies = await app.ok('notes:copies', at);
    expect(copies.map((c) => [c.why, notesToPlainText(c.notes)])).toEqual([['replacedByMine', 'Skrivet med version 5 av appen.']]);
  });

  it('refuses a copy the model does not know, or one of an item of another meeting', () => {
    withMigrated(versionFiveFile(), (db) => {
      const insert = db.prepare('INSERT INTO notes_copies (meeting_id, item_id, notes_json, kept_at, why) VALUES (?, ?, ?, ?, ?)');
      expect(() => insert.run(1, 10, TYPED, NOW, 'lost')).toThrow(/CHECK/);
      expect(() => insert.run(1, 10, 'inte json', NOW, 'replacedByMine')).toThrow(/CHECK/);
      expect(() => insert.run(1, 10, '[]', NOW, 'replacedByMine')).toThrow(/CHECK/);
      db.exec(`INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at) VALUES (2, 1, 'Annat', '2026-12-10', 'draft', '${NOW}', '${NOW}')`);
      expect(() => insert.run(2, 10, TYPED, NOW, 'replacedByMine')).toThrow(/FOREIGN KEY/);
    });
  });
});
