import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LAYOUT, bodySchema } from '../../../shared/model/body';
import { UNMARKED_ATTENDANCE } from '../../../shared/model/called-person';
import { meetingSchema } from '../../../shared/model/meeting';
import { openApp } from '../app-support';
import { databaseAtVersion, withMigrated } from './support';

const NOW = '2026-10-20T08:00:00.000Z';
const attendanceJson = (status: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ status, note: '', arrivedAt: null, leftAt: null, substituteName: '', ...extra });

/**
 * A database as version 4 of the app left it: a body whose last meeting has
 * renamed and closing standing items, a body without meetings, attendance
 * written as "delvis" and "ersättare", their events, and a kept version of
 * approved minutes whose snapshot has the old attendance.
 */
function versionFourFile(): string {
  return databaseAtVersion(4, (db) => {
    db.exec(`
      INSERT INTO bodies (id, name, short_name, summary_of_standpoints, created_at, updated_at) VALUES
        (1, 'Styrgrupp för samverkan i Strandby', 'SGS', 0, '${NOW}', '${NOW}'),
        (2, 'Ledningsgrupp för samverkan', 'LGS', 1, '${NOW}', '${NOW}');
      INSERT INTO meetings (id, body_id, title, date, status, created_at, updated_at) VALUES
        (1, 1, 'Minnesanteckningar SGS', '2026-09-10', 'approved', '${NOW}', '${NOW}'),
        (2, 1, 'Minnesanteckningar SGS', '2026-10-15', 'draft', '${NOW}', '${NOW}');
      INSERT INTO agenda_items (id, meeting_id, parent_id, position, title, standing) VALUES
        (10, 2, NULL, 0, 'Inledning', 1),
        (11, 2, 10, 0, 'närvaro', 1),
        (12, 2, 10, 1, 'en punkt som inte är stående', 0),
        (13, 2, NULL, 1, 'Hemsjukvård i samverkan', 0),
        (14, 2, NULL, 2, 'Övriga frågor', 1),
        (15, 2, NULL, 3, 'Avslut', 1);
      INSERT INTO called_persons (id, meeting_id, kind, position, name, attendance_status, arrived_at, left_at, substitute_name) VALUES
        (20, 2, 'member', 0, 'Ove Ek', 'partial', '13.30', NULL, ''),
        (21, 2, 'member', 1, 'Karl Öst', 'substitute', NULL, NULL, 'Helen Nordling'),
        (22, 2, 'member', 2, 'Eva Berg', 'remote', NULL, NULL, '');
      INSERT INTO attendance_events (meeting_id, called_person_id, status, at, data_json) VALUES
        (2, 20, 'partial', '${NOW}', '{"clock":"13.31","before":${attendanceJson('unmarked')},"after":${attendanceJson('partial', { arrivedAt: '13.30' })}}');
    `);
    const snapshot = {
      id: 1, bodyId: 1, title: 'Minnesanteckningar SGS', subtitle: '', date: '2026-09-10', startTime: '', endTime: '',
      meetingForm: '', place: '', calledText: '', diaryNumber: '', status: 'approved', reviewers: [], approvedOn: '2026-09-20',
      version: 1, openedAt: null, secretaryName: '', agenda: [], tasks: [], updatedAt: NOW,
      calledPersons: [
        {
          id: 30, kind: 'member', sideName: '', categoryName: '', position: 0, name: 'Ove Ek', party: '', organisation: '',
          title: '', role: 'ledamot', vacant: false, itemId: null,
          attendance: { status: 'substitute', note: '', arrivedAt: null, leftAt: null, substituteName: 'Per Lund' },
        },
      ],
    };
    db.prepare(
      `INSERT INTO meeting_versions (meeting_id, version, snapshot_json, unlocked_at, unlocked_by, reason, approved_on)
       VALUES (1, 1, ?, '${NOW}', 'Eva Berg', 'Rättelse', '2026-09-20')`,
    ).run(JSON.stringify(snapshot));
    db.prepare('UPDATE meetings SET version = 2, status = ? WHERE id = 1').run('draft');
  });
}

describe('migration 5: attendance with times and substitutes, the body layout, standing items, closing time', () => {
  it('brings a version-4 database with data to the current version', () => {
    withMigrated(versionFourFile(), (db) => {
      expect(db.prepare('SELECT count(*) FROM bodies').pluck().get()).toBe(2);
    });
  });

  it('reads "delvis" as present with its time and "ersättare" as away with the substitute, in the meeting and its history', async () => {
    const app = openApp(new Date(2026, 10, 1, 10, 0), versionFourFile());
    const meeting = meetingSchema.parse(await app.ok('meetings:get', { id: 2 }));
    const byName = new Map(meeting.calledPersons.map((p) => [p.name, p.attendance]));
    expect(byName.get('Ove Ek')).toEqual({ ...UNMARKED_ATTENDANCE, status: 'present', arrivedAt: '13.30' });
    expect(byName.get('Karl Öst')).toEqual({ ...UNMARKED_ATTENDANCE, status: 'excused', substituteName: 'Helen Nordling' });
    expect(byName.get('Eva Berg')).toEqual({ ...UNMARKED_ATTENDANCE, status: 'remote' });
    expect(meeting.closedAt).toBeNull();

    const history = await app.ok('attendance:history', { meetingId: 2 });
    expect(history.map((e) => [e.clock, e.status, e.after.status, e.after.arrivedAt])).toEqual([['13.31', 'present', 'present', '13.30']]);
    // Undo takes the old event back too.
    expect((await app.ok('attendance:undo', { meetingId: 2 })).person?.attendance).toEqual(UNMARKED_ATTENDANCE);
  });

  it('reads a version kept before the change, with its attendance as today', async () => {
    const app = openApp(new Date(2026, 10, 1, 10, 0), versionFourFile());
    const kept = meetingSchema.parse(await app.ok('versions:get', { meetingId: 1, version: 1 }));
    expect(kept.closedAt).toBeNull();
    expect(kept.calledPersons[0]?.attendance).toEqual({ ...UNMARKED_ATTENDANCE, status: 'excused', substituteName: 'Per Lund' });
  });

  it("gives each body the standing items of its latest meeting, or the standing agenda it had, and today's layout", async () => {
    const app = openApp(new Date(2026, 10, 1, 10, 0), versionFourFile());
    const sgs = bodySchema.parse(await app.ok('bodies:get', { id: 1 }));
    expect(sgs.standingItems).toEqual([
      { title: 'Inledning', children: ['närvaro'], placement: 'beforeSubjects' },
      { title: 'Övriga frågor', children: [], placement: 'afterSubjects' },
      { title: 'Avslut', children: [], placement: 'afterSubjects' },
    ]);
    expect(sgs).toMatchObject(DEFAULT_BODY_LAYOUT);
    const lgs = bodySchema.parse(await app.ok('bodies:get', { id: 2 }));
    expect(lgs.standingItems.map((i) => [i.title, i.placement])).toEqual([
      ['Mötets öppnande', 'beforeSubjects'],
      ['Godkännande av dagens agenda', 'beforeSubjects'],
      ['Föregående mötesanteckning', 'beforeSubjects'],
      ['Övriga frågor', 'afterSubjects'],
      ['Sammanfattning', 'afterSubjects'],
    ]);

    // A new meeting of SGS starts with exactly those, "Avslut" included.
    const { id } = await app.ok('meetings:createFromBody', { bodyId: 1, date: '2026-11-20' });
    const next = await app.ok('meetings:get', { id });
    const top = next.agenda.filter((i) => i.parentId === null).map((i) => i.title);
    expect(top).toEqual(['Inledning', 'Övriga frågor', 'Avslut']);
  });

  it('refuses values the model does not know in the new columns', () => {
    withMigrated(versionFourFile(), (db) => {
      expect(() => db.prepare("UPDATE bodies SET person_detail_order = 'namnFörst' WHERE id = 1").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE bodies SET name_form = 'dual' WHERE id = 1").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE bodies SET standing_items_json = '{}' WHERE id = 1").run()).toThrow(/CHECK/);
      expect(() => db.prepare("UPDATE meetings SET closed_at = 'sent' WHERE id = 2").run()).toThrow(/CHECK/);
      expect(() => db.prepare('UPDATE called_persons SET substitute_remote = 2 WHERE id = 20').run()).toThrow(/CHECK/);
    });
  });
});
