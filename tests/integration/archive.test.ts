import { describe, expect, it } from 'vitest';
import { archivePage, archiveYears, meetingsOverview, yearLog } from '../../electron/services/storage/archive';
import { createBody } from '../../electron/services/storage/bodies';
import { createMeeting } from '../../electron/services/storage/meetings';
import { setReview, unlockMeeting } from '../../electron/services/storage/review';
import { seedDefaultTemplates } from '../../electron/services/storage/templates';
import { archivePageSchema } from '../../shared/model/archive';
import { AT, CREATED, appError, body, meeting, newDb } from './storage-support';

/** Storage of the archive: a body's meetings by year, one year at a time, its year log, and the start page's few. */

const day = (year: number, n: number) => {
  const date = new Date(Date.UTC(year, 0, 1 + n * 17));
  return date.toISOString().slice(0, 10);
};

describe('archive by year', () => {
  it('counts the meetings of each year, newest year first, and lists one year only, newest first', () => {
    const { db } = newDb();
    const sgs = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const other = createBody(db, body('Ärendegruppen', 'ÄG'), CREATED);
    for (const date of ['2024-03-01', '2024-12-31', '2025-01-01', '2025-06-12', '2025-09-30', '2026-02-02']) {
      createMeeting(db, sgs, meeting(date, { title: `SGS ${date}` }), undefined, CREATED);
    }
    createMeeting(db, other, meeting('2025-05-05', { title: 'Annat organ' }), undefined, CREATED);

    expect(archiveYears(db, sgs)).toEqual([
      { year: 2026, count: 1 },
      { year: 2025, count: 3 },
      { year: 2024, count: 2 },
    ]);
    const page = archivePageSchema.parse(archivePage(db, sgs, 2025));
    expect(page.year).toBe(2025);
    expect(page.meetings.map((m) => m.date)).toEqual(['2025-09-30', '2025-06-12', '2025-01-01']);
    expect(page.meetings[0]).toMatchObject({ title: 'SGS 2025-09-30', status: 'draft', version: 1, itemCount: 2 });
    expect(page.body).toEqual({ id: sgs, name: 'Styrgrupp för samverkan i Strandby', shortName: 'SGS', numberedItems: true });

    // Without a year: the newest; a year without meetings: empty, with the years still there to choose from.
    expect(archivePage(db, sgs, null).meetings.map((m) => m.date)).toEqual(['2026-02-02']);
    const empty = archivePage(db, sgs, 1999);
    expect(empty).toMatchObject({ year: 1999, meetings: [], log: { standpoints: [], tasks: [] } });
    expect(empty.years).toHaveLength(3);
  });

  it('a body without meetings has no year; an unknown body is refused in Swedish', () => {
    const { db } = newDb();
    const id = createBody(db, body('Tomma gruppen', 'TG'), CREATED);
    expect(archivePage(db, id, null)).toMatchObject({ years: [], year: null, meetings: [] });
    const error = appError(() => archivePage(db, 999, null));
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('Organet finns inte.');
  });

  it('of a body with 500 meetings over 25 years, a page holds only the one year asked for, read by the (body, date) index', () => {
    const { db } = newDb();
    const big = createBody(db, body('Samverkansrådet', 'SRO'), CREATED);
    createBody(db, body('Ärendegruppen', 'ÄG'), CREATED);
    db.transaction(() => {
      for (let year = 2002; year < 2027; year++) {
        for (let n = 0; n < 20; n++) createMeeting(db, big, meeting(day(year, n)), undefined, CREATED);
      }
    })();
    const years = archiveYears(db, big);
    expect(years).toHaveLength(25);
    expect(years.reduce((sum, y) => sum + y.count, 0)).toBe(500);

    const page = archivePage(db, big, 2013);
    expect(page.meetings).toHaveLength(20);
    expect(page.meetings.every((m) => m.date.startsWith('2013-'))).toBe(true);
    // One standpoint (the other is a standing phrase) and three tasks per meeting of the fixture: one year's worth, not the archive's.
    expect(page.log.standpoints).toHaveLength(20);
    expect(page.log.tasks).toHaveLength(60);

    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM meetings m WHERE m.body_id = 1 AND m.date >= '2013-01-01' AND m.date < '2014-01-01'`)
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING (COVERING )?INDEX meetings_body_date \(body_id=\? AND date>\? AND date<\?\)/);
  });

  it('shows the version of minutes unlocked after approval', () => {
    const { db } = newDb();
    const sgs = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const id = createMeeting(db, sgs, meeting('2026-03-05'), undefined, CREATED);
    setReview(db, id, { status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-03-12' }, AT);
    unlockMeeting(db, id, { who: 'Eva Berg', reason: 'Fel datum i punkt 2' }, AT);
    expect(archivePage(db, sgs, 2026).meetings[0]).toMatchObject({ status: 'draft', version: 2 });
  });
});

/** The fixture meeting with something said under "övriga frågor" instead of the standing phrase. */
function withOtherQuestion(input: ReturnType<typeof meeting>): ReturnType<typeof meeting> {
  const copy = structuredClone(input);
  const other = copy.agenda[0]?.children?.[1];
  if (other) other.standpoint = 'En övrig fråga om lokaler anmäldes.';
  return copy;
}

describe('year log', () => {
  it('has the year’s standpoints with item numbers in meeting order, and the tasks given that year', () => {
    const { db } = newDb();
    const sgs = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const march = createMeeting(db, sgs, withOtherQuestion(meeting('2026-03-05', { title: 'Mars' })), undefined, CREATED);
    createMeeting(db, sgs, withOtherQuestion(meeting('2026-01-15', { title: 'Januari' })), undefined, CREATED);
    createMeeting(db, sgs, meeting('2025-12-01', { title: 'Förra året' }), undefined, CREATED);

    const log = yearLog(db, sgs, 2026);
    expect(log.standpoints.map((s) => [s.meetingTitle, s.itemNumber, s.itemTitle, s.standpoint])).toEqual([
      ['Januari', '1 b)', 'övriga frågor', 'En övrig fråga om lokaler anmäldes.'],
      ['Januari', '2', 'Hemsjukvård i samverkan', 'SGS noterar informationen.'],
      ['Mars', '1 b)', 'övriga frågor', 'En övrig fråga om lokaler anmäldes.'],
      ['Mars', '2', 'Hemsjukvård i samverkan', 'SGS noterar informationen.'],
    ]);
    expect(log.tasks.filter((t) => t.meetingId === march).map((t) => [t.what, t.owner, t.deadline, t.done])).toEqual([
      ['Boka lokal till nästa möte', 'Eva Berg', null, false],
      ['Skicka synpunkter på rutinen', 'Ledamöterna', '2026-12-10', false],
      ['Skicka ut anteckningarna för justering', 'Eva Berg', '2026-11-30', true],
    ]);
  });

  it('leaves out the body’s standing phrases, which are no decisions of the year', () => {
    const { db } = newDb();
    const bodyId = createBody(db, body('Styrgrupp', 'SG'), CREATED);
    seedDefaultTemplates(db, bodyId);
    const phrases = db.prepare('SELECT text FROM standpoint_templates WHERE body_id = ? AND standing IS NOT NULL').pluck().all(bodyId) as string[];
    expect(phrases).toContain('Dagens agenda godkändes.');
    const base = meeting('2026-03-12');
    const agreed = { ...base.agenda[1]!, title: 'Godkännande av dagens agenda', standpoint: 'Dagens agenda godkändes.', children: [] };
    createMeeting(db, bodyId, { ...base, agenda: [...base.agenda, agreed] }, undefined, CREATED);
    const standpoints = yearLog(db, bodyId, 2026).standpoints.map((s) => s.standpoint);
    expect(standpoints).toContain('SGS noterar informationen.');
    expect(standpoints).not.toContain('Dagens agenda godkändes.');
  });

  it('counts a task carried on to later meetings once, where it was given, and done when a copy was done', () => {
    const { db } = newDb();
    const sgs = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const oneTask = { tasks: [{ what: 'Ta fram en rutin', owner: 'Ove Ek', deadline: null, done: false }] };
    const given = createMeeting(db, sgs, meeting('2025-11-20', { ...oneTask, agenda: [] }), undefined, CREATED);
    const next = createMeeting(db, sgs, meeting('2026-01-15', { ...oneTask, agenda: [] }), undefined, CREATED);
    const last = createMeeting(db, sgs, meeting('2026-02-12', { ...oneTask, agenda: [] }), undefined, CREATED);
    const taskOf = (meetingId: number) =>
      (db.prepare('SELECT id FROM tasks WHERE meeting_id = ?').get(meetingId) as { id: number }).id;
    db.prepare('UPDATE tasks SET carried_from_task_id = ? WHERE id = ?').run(taskOf(given), taskOf(next));
    db.prepare('UPDATE tasks SET carried_from_task_id = ?, done = 1 WHERE id = ?').run(taskOf(next), taskOf(last));

    // Given in 2025 (done in 2026, by the copy): not a task given in 2026.
    expect(yearLog(db, sgs, 2026).tasks).toEqual([]);
    expect(yearLog(db, sgs, 2025).tasks).toMatchObject([{ what: 'Ta fram en rutin', date: '2025-11-20', done: true }]);
  });
});

describe('start page overview', () => {
  it('per body the next two meetings, the latest five, older unapproved ones, and the total', () => {
    const { db } = newDb();
    const sgs = createBody(db, body('Styrgrupp för samverkan i Strandby', 'SGS'), CREATED);
    const empty = createBody(db, body('Tomma gruppen', 'TG'), CREATED);
    const dates = Array.from({ length: 30 }, (_, n) => day(2025, n));
    for (const date of dates) {
      const id = createMeeting(db, sgs, meeting(date), undefined, CREATED);
      // All approved but one old draft, still to be finished.
      if (date !== dates[3]) {
        setReview(db, id, { status: 'approved', reviewers: [{ name: 'Tilda Ås', role: '' }], approvedOn: date }, AT);
      }
    }
    const today = dates[20]!;
    const overview = meetingsOverview(db, today);
    expect(overview.map((o) => [o.bodyId, o.total])).toEqual([
      [sgs, 30],
      [empty, 0],
    ]);
    expect(overview[0]!.meetings.map((m) => m.date)).toEqual([
      dates[21],
      dates[20],
      dates[19],
      dates[18],
      dates[17],
      dates[16],
      dates[15],
      dates[3],
    ]);
    expect(overview[1]!.meetings).toEqual([]);
  });
});
