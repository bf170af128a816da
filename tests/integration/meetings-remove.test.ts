import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { notes, paragraph } from '../../shared/notes/build';
import { openApp, refusedAt, type TestApp } from './app-support';

/** "Radera mötet": the meeting and everything in it go, for good, and nothing else does. */

const SECRET = 'Konfidentiell uppgift om patient Q7X-ZEBRA';

async function draftWithSecret(app: TestApp) {
  const summary = seedDemo(app.db, new Date()).meetings.find((m) => m.status === 'draft')!;
  const meeting = await app.ok('meetings:get', { id: summary.id });
  const item = meeting.agenda.find((i) => !i.standing)!;
  await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph(SECRET)) });
  return app.ok('meetings:get', { id: meeting.id });
}

function fileText(path: string): string {
  return ['', '-wal'].map((suffix) => (existsSync(path + suffix) ? readFileSync(path + suffix).toString('latin1') : '')).join('');
}

describe('meetings:remove', () => {
  it('removes the meeting with its agenda, attendance and tasks and leaves the other meetings as they were', async () => {
    const app = openApp();
    const meeting = await draftWithSecret(app);
    const others = (await app.ok('meetings:list', {})).filter((m) => m.id !== meeting.id);
    const otherMeetings = await Promise.all(others.map((m) => app.ok('meetings:get', { id: m.id })));

    expect(await app.ok('meetings:remove', { id: meeting.id, confirmDate: meeting.date })).toEqual({ removed: true });

    expect((await app.ok('meetings:list', {})).map((m) => m.id)).toEqual(others.map((m) => m.id));
    expect(await app.fails('meetings:get', { id: meeting.id })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
    for (const other of otherMeetings) expect(await app.ok('meetings:get', { id: other.id })).toEqual(other);
    for (const table of ['agenda_items', 'called_persons', 'attendance_events', 'tasks', 'meeting_versions']) {
      const left = app.db.prepare(`SELECT count(*) FROM ${table} WHERE meeting_id = ?`).pluck().get(meeting.id);
      expect(left, table).toBe(0);
    }
  });

  it('leaves no trace of the notes in the database file once removed', async () => {
    const app = openApp();
    const meeting = await draftWithSecret(app);
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileText(app.path)).toContain(SECRET);

    await app.ok('meetings:remove', { id: meeting.id, confirmDate: meeting.date });
    // Still open: what a copy of the file taken now would hold.
    expect(fileText(app.path)).not.toContain(SECRET);
    closeDatabase(app.db);
    expect(fileText(app.path)).not.toContain(SECRET);
  });

  it('refuses when the typed date is not the meeting date, and removes nothing', async () => {
    const app = openApp();
    const meeting = await draftWithSecret(app);
    const wrongDay = meeting.date === '2026-01-01' ? '2026-01-02' : '2026-01-01';

    expect(await app.fails('meetings:remove', { id: meeting.id, confirmDate: wrongDay })).toEqual(
      refusedAt('confirmDate', 'Datumet stämmer inte med mötets datum. Skriv mötets datum för att radera det.'),
    );
    expect(await app.fails('meetings:remove', { id: meeting.id, confirmDate: '3 december' as never })).toMatchObject({
      code: 'validation',
      field: 'confirmDate',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });

  it('tells that a meeting which does not exist cannot be removed', async () => {
    const app = openApp();
    expect(await app.fails('meetings:remove', { id: 999, confirmDate: '2026-12-03' })).toEqual({
      code: 'not_found',
      message: 'Mötet finns inte.',
    });
  });
});
