import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/services/storage/migrations';
import { getBody } from '../../../electron/services/storage/bodies';
import { getMeeting } from '../../../electron/services/storage/meetings';
import { numberAgenda } from '../../../shared/model/agenda';
import { meetingSchema } from '../../../shared/model/meeting';
import { notesToPlainText } from '../../../shared/notes/text';
import { openApp } from '../app-support';
import { databaseAtVersion, paragraphNotesJson, withMigrated } from './support';

const NOW = '2026-10-20T08:00:00.000Z';
const NOTES = paragraphNotesJson('Ordföranden hälsar välkommen.');

/** A database as version 1 of the app left it: a body with a roster, one held meeting with notes and attendance. */
function versionOneFile(): string {
  return databaseAtVersion(
    1,
    `
    INSERT INTO bodies (id, name, short_name, formal_name, document_title, default_start_time, default_end_time,
      summary_of_standpoints, created_at, updated_at)
    VALUES (1, 'Styrgrupp för samverkan i Strandby', 'SGS', 'Styrgruppen SGS', 'Minnesanteckningar SGS', '13.00', '15.00',
      0, '${NOW}', '${NOW}');
    INSERT INTO planned_dates (body_id, date, note) VALUES (1, '2026-10-15', ''), (1, '2026-12-03', 'Rådhuset');
    INSERT INTO sides (id, body_id, position, name) VALUES (1, 1, 0, 'Region');
    INSERT INTO categories (id, side_id, position, name) VALUES (1, 1, 0, 'Regionpolitiker');
    INSERT INTO members (category_id, position, name, party, role) VALUES (1, 0, 'Tilda Ås', '(C)', 'ordforande');
    INSERT INTO members (category_id, position, name, vacant) VALUES (1, 1, '', 1);

    INSERT INTO meetings (id, body_id, title, subtitle, date, start_time, end_time, status, opened_at, created_at, updated_at)
    VALUES (1, 1, 'Minnesanteckningar SGS', 'Styrgrupp för samverkan i Strandby', '2026-10-15', '13.00', '15.00',
      'approved', '13.02', '${NOW}', '${NOW}');
    INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, notes_json, notes_revision, notes_updated_at)
    VALUES (10, 1, NULL, 0, 'Mötets öppnande', '${NOTES}', 3, '${NOW}');
    INSERT INTO agenda_items (id, meeting_id, parent_id, position, title) VALUES
      (11, 1, 10, 0, 'närvaro/presentation'),
      (12, 1, 10, 1, 'övriga frågor'),
      (13, 1, NULL, 1, 'Godkännande av dagens agenda'),
      (14, 1, NULL, 2, 'Föregående mötesanteckning'),
      (15, 1, NULL, 3, 'Hemsjukvård i samverkan'),
      (16, 1, 15, 0, 'Nuläge'),
      (17, 1, NULL, 4, 'Övriga frågor');
    UPDATE agenda_items SET standpoint = 'Dagens agenda godkändes.' WHERE id = 13;
    UPDATE agenda_items SET kind = 'information', minutes = 30, standpoint = 'SGS noterar informationen.' WHERE id = 15;
    INSERT INTO called_persons (id, meeting_id, kind, position, side_name, category_name, name, party, role,
      attendance_status, arrived_at)
    VALUES (20, 1, 'member', 0, 'Region', 'Regionpolitiker', 'Tilda Ås', '(C)', 'ordforande', 'partial', '13.30');
    INSERT INTO called_persons (id, meeting_id, kind, item_id, position, name, title)
    VALUES (21, 1, 'guest', 15, 1, 'Kim Sand', 'utvecklingsledare');
    INSERT INTO tasks (meeting_id, item_id, position, what, owner, done, created_at, updated_at) VALUES
      (1, 15, 0, 'Skicka synpunkter på rutinen', 'Ledamöterna', 0, '${NOW}', '${NOW}'),
      (1, NULL, 1, 'Skicka ut anteckningarna', 'Eva Berg', 1, '${NOW}', '${NOW}');
  `,
  );
}

describe('migration 2: standing agenda items', () => {
  it('brings a version-1 database with data to the current version and keeps every part of it', () => {
    withMigrated(versionOneFile(), (db) => {
      expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);

      const body = getBody(db, 1);
      expect(body).toMatchObject({ shortName: 'SGS', formalName: 'Styrgruppen SGS', defaultStartTime: '13.00' });
      expect(body.plannedDates.map((d) => d.date)).toEqual(['2026-10-15', '2026-12-03']);
      expect(body.sides[0]?.categories[0]?.members.map((m) => [m.name, m.vacant])).toEqual([
        ['Tilda Ås', false],
        ['', true],
      ]);

      const meeting = meetingSchema.parse(getMeeting(db, 1));
      expect(meeting).toMatchObject({ status: 'approved', openedAt: '13.02', date: '2026-10-15' });
      expect(numberAgenda(meeting.agenda).map((n) => `${n.label} ${n.item.title}`)).toEqual([
        '1 Mötets öppnande',
        'a) närvaro/presentation',
        'b) övriga frågor',
        '2 Godkännande av dagens agenda',
        '3 Föregående mötesanteckning',
        '4 Hemsjukvård i samverkan',
        'a) Nuläge',
        '5 Övriga frågor',
      ]);
      const opening = meeting.agenda[0]!;
      expect(notesToPlainText(opening.notes)).toBe('Ordföranden hälsar välkommen.');
      expect(opening.notesRevision).toBe(3);
      expect(meeting.agenda.find((i) => i.id === 13)?.standpoint).toBe('Dagens agenda godkändes.');
      expect(meeting.calledPersons.map((p) => [p.name, p.kind, p.attendance.status, p.attendance.arrivedAt])).toEqual([
        // Written as "delvis"; migration 5 reads it as present from 13.30.
        ['Tilda Ås', 'member', 'present', '13.30'],
        ['Kim Sand', 'guest', 'unmarked', null],
      ]);
      expect(meeting.tasks.map((t) => [t.what, t.done])).toEqual([
        ['Skicka synpunkter på rutinen', false],
        ['Skicka ut anteckningarna', true],
      ]);
    });
  });

  it('marks the usual standing items of earlier meetings as standing, and subject items not', () => {
    withMigrated(versionOneFile(), (db) => {
      const standing = Object.fromEntries(getMeeting(db, 1).agenda.map((i) => [i.title, i.standing]));
      expect(standing).toEqual({
        'Mötets öppnande': true,
        'närvaro/presentation': true,
        'övriga frågor': true,
        'Godkännande av dagens agenda': true,
        'Föregående mötesanteckning': true,
        'Hemsjukvård i samverkan': false,
        Nuläge: false,
        'Övriga frågor': true,
      });
    });
  });

  it('lets the next meeting be made from a meeting written by version 1', async () => {
    const app = openApp(new Date(2026, 10, 1, 10, 0), versionOneFile());
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: 1 });
    const next = await app.ok('meetings:get', { id });
    expect(next.date).toBe('2026-12-03');
    expect(numberAgenda(next.agenda).map((n) => `${n.label} ${n.item.title}`)).toEqual([
      '1 Mötets öppnande',
      'a) närvaro/presentation',
      'b) övriga frågor',
      '2 Godkännande av dagens agenda',
      '3 Föregående mötesanteckning',
      '4 Övriga frågor',
    ]);
    expect(next.calledPersons.map((p) => [p.name, p.attendance.status])).toEqual([['Tilda Ås', 'unmarked']]);
    expect(next.tasks.map((t) => t.what)).toEqual(['Skicka synpunkter på rutinen']);
  });
});
