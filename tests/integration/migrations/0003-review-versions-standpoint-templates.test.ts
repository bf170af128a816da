import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/services/storage/migrations';
import { numberAgenda } from '../../../shared/model/agenda';
import { standpointTemplateSchema } from '../../../shared/model/body';
import { meetingSchema } from '../../../shared/model/meeting';
import { DEFAULT_STANDPOINT_TEMPLATES } from '../../../shared/standpoints/templates';
import { notesToPlainText } from '../../../shared/notes/text';
import { openApp } from '../app-support';
import { databaseAtVersion, paragraphNotesJson, withMigrated } from './support';

const NOW = '2026-10-20T08:00:00.000Z';
const NOTES = paragraphNotesJson('Rutinen presenterades.');

/** A database as version 2 of the app left it: two bodies, an approved meeting with notes, a guest and tasks. */
function versionTwoFile(): string {
  return databaseAtVersion(2, (db) => {
    db.exec(`
      INSERT INTO bodies (id, name, short_name, formal_name, created_at, updated_at) VALUES
        (1, 'Styrgrupp för samverkan i Strandby', 'SGS', 'Styrgruppen SGS', '${NOW}', '${NOW}'),
        (2, 'Ledningsgrupp för samverkan', 'LGS', '', '${NOW}', '${NOW}');
      INSERT INTO meetings (id, body_id, title, date, start_time, end_time, status, opened_at, secretary_name, created_at, updated_at)
      VALUES (1, 1, 'Minnesanteckningar SGS', '2026-10-15', '13.00', '15.00', 'approved', '13.02', 'Eva Berg', '${NOW}', '${NOW}');
      INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, standing, standpoint) VALUES
        (10, 1, NULL, 0, 'Mötets öppnande', 1, ''),
        (11, 1, NULL, 1, 'Hemsjukvård i samverkan', 0, 'Styrgruppen SGS noterar informationen.'),
        (12, 1, 11, 0, 'Nuläge', 0, '');
      UPDATE agenda_items SET notes_json = '${NOTES}', notes_revision = 2, notes_updated_at = '${NOW}' WHERE id = 11;
      INSERT INTO called_persons (id, meeting_id, kind, item_id, position, name, title)
      VALUES (20, 1, 'guest', 11, 0, 'Kim Sand', 'utvecklingsledare');
      INSERT INTO tasks (meeting_id, item_id, position, what, owner, deadline, done, created_at, updated_at) VALUES
        (1, 11, 0, 'Skicka synpunkter på rutinen', 'Ledamöterna', '2026-11-01', 0, '${NOW}', '${NOW}');
    `);
  });
}

describe('migration 3: review, versions and standpoint templates', () => {
  it('brings a version-2 database with data to the current version', () => {
    withMigrated(versionTwoFile(), () => {
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    });
  });

  it('reads the migrated meeting whole through the app, frozen as before, and seeds phrases for every body', async () => {
    const app = openApp(new Date(2026, 10, 1, 10, 0), versionTwoFile());
    const meeting = meetingSchema.parse(await app.ok('meetings:get', { id: 1 }));
    expect(meeting).toMatchObject({
      status: 'approved',
      reviewers: [],
      approvedOn: null,
      version: 1,
      openedAt: '13.02',
      secretaryName: 'Eva Berg',
    });
    expect(numberAgenda(meeting.agenda).map((n) => `${n.label} ${n.item.title}`)).toEqual([
      '1 Mötets öppnande',
      '2 Hemsjukvård i samverkan',
      'a) Nuläge',
    ]);
    const care = meeting.agenda.find((i) => i.id === 11)!;
    expect(notesToPlainText(care.notes)).toBe('Rutinen presenterades.');
    expect(care).toMatchObject({ notesRevision: 2, standpoint: 'Styrgruppen SGS noterar informationen.' });
    expect(meeting.calledPersons.map((p) => [p.name, p.kind, p.itemId])).toEqual([['Kim Sand', 'guest', 11]]);
    expect(meeting.tasks.map((t) => [t.what, t.deadline, t.done])).toEqual([['Skicka synpunkter på rutinen', '2026-11-01', false]]);
    expect(await app.ok('versions:list', { meetingId: 1 })).toEqual([]);

    // Approved before this version means approved now: frozen until unlocked.
    expect(await app.fails('standpoint:save', { meetingId: 1, itemId: 11, standpoint: 'Ändrat.' })).toMatchObject({ code: 'frozen' });

    for (const bodyId of [1, 2]) {
      const templates = await app.ok('templates:list', { bodyId });
      expect(templates.map((t) => [t.position, t.label, t.standing])).toEqual(
        DEFAULT_STANDPOINT_TEMPLATES.map((t, i) => [i, t.label, t.standing]),
      );
    }
  });

  it('lets minutes approved before this version be unlocked, keeping them as version 1', async () => {
    const app = openApp(new Date(Date.UTC(2026, 10, 2, 9, 0)), versionTwoFile());
    const before = await app.ok('meetings:get', { id: 1 });
    expect(await app.ok('review:unlock', { meetingId: 1, who: 'Eva Berg', reason: 'Rättelse av uppgift.' })).toEqual({ version: 2 });
    expect(await app.ok('versions:get', { meetingId: 1, version: 1 })).toEqual(before);
    expect((await app.ok('meetings:get', { id: 1 })).status).toBe('draft');
  });

  it('refuses a standing mark the model does not know, and a second copy of one version', () => {
    withMigrated(versionTwoFile(), (db) => {
      const insertTemplate = db.prepare(
        "INSERT INTO standpoint_templates (body_id, position, label, text, standing) VALUES (1, 99, 'X', 'Y', ?)",
      );
      // Taken from the model, so a new standing phrase without its own migration is caught here.
      for (const standing of [...standpointTemplateSchema.shape.standing.unwrap().options, null]) insertTemplate.run(standing);
      expect(() => insertTemplate.run('closing')).toThrow(/CHECK/);

      const insertVersion = db.prepare(
        `INSERT INTO meeting_versions (meeting_id, version, snapshot_json, unlocked_at, unlocked_by, reason)
         VALUES (1, 1, '{}', '${NOW}', 'Eva Berg', 'Rättelse')`,
      );
      insertVersion.run();
      expect(() => insertVersion.run()).toThrow(/UNIQUE/);
    });
  });
});
