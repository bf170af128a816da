import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openApp, settings } from './app-support';
import { docxOnlyExporter } from './export-docx-support';
import { PLANNED, readCalendar } from './calendar-support';

// "Spara kalenderfil för 2027" (calendar:year): the body's planned meetings of a year in one .ics, read back with python3-icalendar.

const dir = mkdtempSync(join(tmpdir(), 'anteckna-year-ics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bodyWithDates(exportDir: string) {
  const app = openApp(new Date(2026, 11, 6, 20, 0), undefined, { exporter: docxOnlyExporter(exportDir) });
  const body = await app.ok('bodies:create', { settings: settings({ defaultPlace: 'Stationshuset, Strandby' }) });
  await app.ok('bodies:setPlannedDates', { id: body.id, dates: PLANNED });
  return { app, bodyId: body.id };
}

describe('calendar:year', () => {
  it('writes "Mötesdatum SGS 2027.ics": METHOD:PUBLISH, one event per date at Stockholm time, with place and note', async () => {
    const { app, bodyId } = await bodyWithDates(join(dir, 'a'));
    const written = await app.ok('calendar:year', { bodyId, year: 2027, overwrite: false });
    expect(written.fileName).toBe('Mötesdatum SGS 2027.ics');
    expect(written.count).toBe(3);
    expect(readFileSync(written.path).byteLength).toBe(written.bytes);

    const cal = readCalendar(written.path);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.timezones).toEqual(['Europe/Stockholm']);
    expect(cal.events.map((e) => [e.startUtc, e.endUtc, e.tzid])).toEqual([
      // Winter: CET, UTC+1.
      ['2027-01-21T12:00:00+00:00', '2027-01-21T14:00:00+00:00', 'Europe/Stockholm'],
      // Summer: CEST, UTC+2.
      ['2027-06-10T11:00:00+00:00', '2027-06-10T13:00:00+00:00', 'Europe/Stockholm'],
      // The note's own times.
      ['2027-11-25T08:00:00+00:00', '2027-11-25T11:00:00+00:00', 'Europe/Stockholm'],
    ]);
    expect(cal.events.map((e) => e.location)).toEqual(['Stationshuset, Strandby', 'Stationshuset, Strandby', 'Stationshuset, Strandby']);
    expect(cal.events.map((e) => e.description)).toEqual(['', 'Gemensamt med länsgruppen', 'klockan 9.00-12.00, Hamnhuset']);
    expect(cal.events.every((e) => e.summary === 'Styrgrupp för samverkan i Strandby (SGS)' && e.status === 'CONFIRMED')).toBe(true);
  });

  it('gives each meeting its own UID, the same in the next file, so a new import updates instead of doubling', async () => {
    const { app, bodyId } = await bodyWithDates(join(dir, 'b'));
    const first = readCalendar((await app.ok('calendar:year', { bodyId, year: 2027, overwrite: false })).path);
    app.now.value = new Date(2027, 0, 10, 9, 0);
    const second = readCalendar((await app.ok('calendar:year', { bodyId, year: 2027, overwrite: true })).path);
    const uids = first.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(3);
    expect(second.events.map((e) => e.uid)).toEqual(uids);
  });

  it('asks before replacing a file, and refuses a year without dates in Swedish', async () => {
    const { app, bodyId } = await bodyWithDates(join(dir, 'c'));
    await app.ok('calendar:year', { bodyId, year: 2027, overwrite: false });
    expect(await app.fails('calendar:year', { bodyId, year: 2027, overwrite: false })).toMatchObject({ code: 'conflict', message: 'Filen finns redan. Vill du ersätta den?' });
    expect(await app.fails('calendar:year', { bodyId, year: 2030, overwrite: false })).toEqual({
      code: 'validation',
      message: 'Organet har inga planerade mötesdatum 2030.',
      field: 'year',
    });
  });
});
