import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { openApp, settings } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';
import { PLANNED, readCalendar } from './calendar-support';
import { defaultCalendarYear } from '../../shared/calendar/year-dates';
import { localDate } from '../../shared/format/clock';

// `anteckna calendar`: the body's planned meetings of a year as an .ics file, read back with python3-icalendar.

const testFolder = freshCliFolderPerTest('anteckna-cli-calendar-');

async function database(): Promise<{ db: string; bodyId: number }> {
  const app = openApp(new Date(2026, 11, 6, 20, 0), join(testFolder.dir, 'anteckna.sqlite'));
  const body = await app.ok('bodies:create', { settings: settings() });
  await app.ok('bodies:setPlannedDates', { id: body.id, dates: PLANNED });
  closeDatabase(app.db);
  return { db: app.path, bodyId: body.id };
}

describe('anteckna calendar', () => {
  it('writes the year asked for, and without --year a year after this one with planned dates', async () => {
    const { db, bodyId } = await database();
    const out = join(testFolder.dir, 'Mötesdatum 2028.ics');
    const run = await runCli(['calendar', '--db', db, '--body', String(bodyId), '--year', '2028', '--out', out], testFolder.env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: out, year: 2028, count: 1 });
    const cal = readCalendar(out);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.events.map((e) => e.startUtc)).toEqual(['2028-01-20T12:00:00+00:00']);

    // The year after today's with planned dates (2027 when written, in December 2026); its rule has unit tests.
    const next = join(testFolder.dir, 'nästa.ics');
    const byDefault = await runCli(['calendar', '--db', db, '--body', String(bodyId), '--out', next], testFolder.env);
    expect(byDefault.code).toBe(0);
    const year = defaultCalendarYear(PLANNED, localDate(new Date()));
    expect(JSON.parse(byDefault.stdout)).toMatchObject({ year, count: PLANNED.filter((d) => d.date.startsWith(`${year}-`)).length });
    expect(readCalendar(next).events.length).toBe(JSON.parse(byDefault.stdout).count);
  });

  it('refuses a file that exists without --force, a year without dates, and a missing --body', async () => {
    const { db, bodyId } = await database();
    const out = join(testFolder.dir, 'kalender.ics');
    expect((await runCli(['calendar', '--db', db, '--body', String(bodyId), '--year', '2027', '--out', out], testFolder.env)).code).toBe(0);
    const again = await runCli(['calendar', '--db', db, '--body', String(bodyId), '--year', '2027', '--out', out], testFolder.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan. Ange --force');
    const forced = await runCli(['calendar', '--db', db, '--body', String(bodyId), '--year', '2027', '--out', out, '--force'], testFolder.env);
    expect(forced.code).toBe(0);
    const empty = await runCli(['calendar', '--db', db, '--body', String(bodyId), '--year', '2031', '--out', join(testFolder.dir, 'x.ics')], testFolder.env);
    expect(empty.stderr).toBe('anteckna: Organet har inga planerade mötesdatum 2031.\n');
    const noBody = await runCli(['calendar', '--db', db, '--out', out], testFolder.env);
    expect(noBody.code).toBe(2);
    expect(noBody.stderr).toContain('Ange --body ID.');
  });
});
