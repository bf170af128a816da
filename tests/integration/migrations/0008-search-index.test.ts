import { describe, expect, it } from 'vitest';
import { notes, paragraph } from '../../../shared/notes/build';
import { openApp } from '../app-support';
import { indexAndRebuild } from '../search/search-support';
import { databaseAtVersion } from './support';

const NOW = '2026-11-20T08:00:00.000Z';

/** A database as version 7 of the app left it: minutes from before the index. */
function versionSevenFile(): string {
  return databaseAtVersion(7, (db) => {
    db.exec(`
      INSERT INTO bodies (id, name, short_name, created_at, updated_at) VALUES (1, 'Styrgrupp för samverkan', 'SGS', '${NOW}', '${NOW}');
      INSERT INTO meetings (id, body_id, title, date, status, place, created_at, updated_at) VALUES
        (1, 1, 'Minnesanteckningar SGS', '2024-03-12', 'approved', 'Strandby rådhus', '${NOW}', '${NOW}');
      INSERT INTO called_persons (meeting_id, kind, position, name, attendance_status, attendance_note)
        VALUES (1, 'member', 0, 'Helén Ödman', 'excused', 'förhinder anmält');
    `);
    db.prepare(
      `INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, standpoint, notes_json, notes_revision)
       VALUES (10, 1, NULL, 0, 'Hälso- och sjukvårdsavtalet', 'SGS ställer sig bakom revideringen.', ?, 2)`,
    ).run(JSON.stringify(notes(paragraph('Samverkansavtalet gäller till 2027.'))));
  });
}

describe('migration 8: the search index, built for minutes written before it', () => {
  it('indexes every earlier meeting when the file is opened, so old minutes are found at once', async () => {
    const app = openApp(new Date(2026, 11, 3, 13, 0), versionSevenFile());
    const found = async (text: string) => (await app.ok('search:query', { text })).hits.map((h) => `${h.itemTitle || 'Mötet'}: ${h.where}`);
    expect(await found('avtal')).toEqual(['Hälso- och sjukvårdsavtalet: Rubrik']);
    expect(await found('revideringen')).toEqual(['Hälso- och sjukvårdsavtalet: Ställningstagande']);
    expect(await found('Helen Odman')).toEqual([]);
    expect(await found('Helen Ödman')).toEqual(['Mötet: Kallade']);
    expect(await found('rådhus')).toEqual(['Mötet: Mötet']);
    const { stored, rebuilt } = indexAndRebuild(app.db);
    expect(stored).toEqual(rebuilt);
  });
});
