import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recogniseMinutes } from '../../../shared/import/recognise';
import type { SourceDocument } from '../../../shared/import/source';
import { openApp, type TestApp } from '../app-support';
import { docxOnlyExporter, readText, sofficeConvert } from '../export-docx-support';
import { NUMBERED_MINUTES, UNNUMBERED_MINUTES } from '../../unit/import-fixtures';

/**
 * Earlier minutes through the app's own channels: read (`import:read`),
 * recognised (in the renderer, here in the test), saved (`import:save`) and
 * exported again as Word, read back with LibreOffice.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anteckna-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function readAndSave(app: TestApp, text: string, bodyId: number | null) {
  const source: SourceDocument = await app.ok('import:read', { fileName: 'Mötesanteckning 2024-03-14.txt', contentBase64: base64(text) });
  const { draft } = recogniseMinutes(source, { today: '2026-11-12' });
  return { draft, saved: await app.ok('import:save', { file: draft.file, bodyId }) };
}

async function exportedText(app: TestApp, meetingId: number, name: string): Promise<string> {
  const result = await app.ok('export:file', { meetingId, format: 'docx', overwrite: true });
  const [txt] = await sofficeConvert([result.path], 'txt:Text', join(dir, name));
  return readText(txt!);
}

describe('importing minutes into a new body', () => {
  it('saves an approved meeting with the roster, the attendance and the agenda, and exports it as the minutes said', async () => {
    const app = openApp(undefined, undefined, { exporter: docxOnlyExporter(join(dir, 'export-a')) });
    const { saved } = await readAndSave(app, NUMBERED_MINUTES, null);

    const body = await app.ok('bodies:get', { id: saved.bodyId });
    expect(body).toMatchObject({ name: 'Kust- och skogsregionens samverkansnämnd', shortName: 'KSN', attendanceStyle: 'lines', numberedItems: true });
    expect(body.sides.flatMap((s) => s.categories.flatMap((c) => c.members.map((m) => m.name)))).toContain('Harriet Ekdahl');

    const meeting = await app.ok('meetings:get', { id: saved.meetingId });
    expect(meeting).toMatchObject({ status: 'approved', date: '2024-03-14', approvedOn: '2024-03-21', secretaryName: 'Mona Sjövik' });
    const lindroos = meeting.calledPersons.find((p) => p.name === 'Gustav Lindroos');
    expect(lindroos?.attendance).toMatchObject({ status: 'present', arrivedAt: '14.30', leftAt: null, substituteName: 'Ebba Ström' });

    const text = await exportedText(app, saved.meetingId, 'a');
    expect(text).toContain('Del av mötet: Gustav Lindroos (från 14.30, Ebba Ström ersätter dessförinnan).');
    expect(text).toContain('Med på länk: Tomas Berglöf (från 13.40).');
    expect(text).toMatch(/^3\.\s+Vårdens kompetensförsörjning i glesbygd$/mu);
    expect(text).toContain('En ny rekryteringskampanj startar i maj.');
  }, 120_000);

  it('exports unnumbered minutes without numbers, as the body now says', async () => {
    const app = openApp(undefined, undefined, { exporter: docxOnlyExporter(join(dir, 'export-b')) });
    const { saved } = await readAndSave(app, UNNUMBERED_MINUTES, null);
    expect((await app.ok('bodies:get', { id: saved.bodyId })).numberedItems).toBe(false);
    const text = await exportedText(app, saved.meetingId, 'b');
    expect(text).toMatch(/^Elevhälsans samarbete med vårdcentralerna$/mu);
    expect(text).not.toMatch(/^\d+\.?\s+Elevhälsans/mu);
  }, 120_000);
});

describe('importing into an existing body', () => {
  it('puts the meeting in the chosen body and leaves its roster as it was', async () => {
    const app = openApp();
    const first = await readAndSave(app, NUMBERED_MINUTES, null);
    const rosterBefore = (await app.ok('bodies:get', { id: first.saved.bodyId })).sides;
    const second = await readAndSave(app, NUMBERED_MINUTES.replace('Selma Ruuth (C) Åsby kommun\n', ''), first.saved.bodyId);
    expect(second.saved.bodyId).toBe(first.saved.bodyId);
    expect((await app.ok('bodies:get', { id: first.saved.bodyId })).sides).toEqual(rosterBefore);
    expect((await app.ok('bodies:list', {})).length).toBe(1);
  });

  it('refuses a body that is gone and a broken meeting, and writes nothing', async () => {
    const app = openApp();
    const source = await app.ok('import:read', { fileName: 'm.txt', contentBase64: base64(NUMBERED_MINUTES) });
    const { draft } = recogniseMinutes(source);
    const gone = await app.fails('import:save', { file: draft.file, bodyId: 99 });
    expect(gone.message).toBe('Organet finns inte längre. Välj ett annat organ.');
    const broken = { ...draft.file, meeting: { ...draft.file.meeting, date: '2024-02-30' } };
    const refused = await app.fails('import:save', { file: broken, bodyId: null });
    expect(refused.message).toMatch(/^Mötesfilen är ogiltig: fältet "meeting\.date"/u);
    expect(await app.ok('bodies:list', {})).toEqual([]);
  });
});
