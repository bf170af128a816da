import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlierMeetings, isPreviousMinutesItem, previousMinutesLinks, withAddedLinks } from '../../shared/model/previous-minutes';
import type { DocumentLink } from '../../shared/model/domain';
import { openApp, settings } from './app-support';
import { normalize, readText, sofficeConvert, zipParts } from './export-docx-support';
import { printingAppForBlock } from './printing-app';

const PAGE = 'https://www.vardsamverkan.example/organ/strandby/motesanteckningar';
const PATTERN = 'https://www.vardsamverkan.example/dokument/{datum} Mötesanteckning {organ}.pdf';

describe('where a body publishes its minutes, in its settings', () => {
  it('saves the page and the file pattern, and they are still there after a restart', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings() });
    const saved = await app.ok('bodies:updateSettings', {
      id,
      settings: settings({ minutesPageUrl: ` ${PAGE} `, minutesFilePattern: PATTERN }),
    });
    expect(saved).toMatchObject({ minutesPageUrl: PAGE, minutesFilePattern: PATTERN });
    expect(await app.reopen().ok('bodies:get', { id })).toMatchObject({ minutesPageUrl: PAGE, minutesFilePattern: PATTERN });
  });

  it('refuses an address that is not a web address, and a pattern with an unknown placeholder, in Swedish at the field; nothing is stored', async () => {
    const app = openApp();
    const { id } = await app.ok('bodies:create', { settings: settings({ minutesPageUrl: PAGE }) });
    const before = await app.ok('bodies:get', { id });

    const page = await app.fails('bodies:updateSettings', { id, settings: settings({ minutesPageUrl: 'vardsamverkan.example/motesanteckningar' }) });
    expect(page).toEqual({
      code: 'validation',
      field: 'settings.minutesPageUrl',
      message: 'Webbadressen måste börja med http:// eller https://. Kopiera den från webbläsarens adressfält.',
    });
    const pattern = await app.fails('bodies:updateSettings', {
      id,
      settings: settings({ minutesFilePattern: 'https://www.vardsamverkan.example/{date}.pdf' }),
    });
    expect(pattern).toMatchObject({ code: 'validation', field: 'settings.minutesFilePattern' });
    expect(pattern.message).toBe('{date} känns inte igen. Använd {datum}, {år}, {organ}, {kortnamn} eller {titel}.');
    expect(await app.ok('bodies:get', { id })).toEqual(before);
  });
});

/** Every link target (/URI) of the PDF's annotations. */
function pdfLinkTargets(file: string, dir: string): string[] {
  const out = join(dir, 'links-qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return [...readFileSync(out, 'latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1] ?? '');
}

describe('the inserted links in the exported minutes', () => {
  let meetingId = 0;
  let inserted: DocumentLink[] = [];
  const app = printingAppForBlock('anteckna-previous-minutes-', async (a) => {
    const psn = a.seeded.bodies.find((b) => b.shortName === 'PSN')!;
    const body = await a.ok('bodies:get', { id: psn.id });
    await a.ok('bodies:updateSettings', {
      id: psn.id,
      settings: { ...body, minutesPageUrl: PAGE, minutesFilePattern: PATTERN },
    });
    for (const date of ['2026-05-07', '2026-06-11']) await a.ok('meetings:createFromBody', { bodyId: psn.id, date });
    meetingId = (await a.ok('meetings:createFromBody', { bodyId: psn.id, date: '2027-01-21' })).id;

    // What the dialog does: the latest three earlier meetings and the page, added to the standing item.
    const stored = await a.ok('bodies:get', { id: psn.id });
    const meeting = await a.ok('meetings:get', { id: meetingId });
    const earlier = earlierMeetings(await a.ok('meetings:list', { bodyId: psn.id }), meeting);
    inserted = previousMinutesLinks(stored, earlier.slice(0, 3), true);
    const item = meeting.agenda.find((i) => i.parentId === null && isPreviousMinutesItem(i.title))!;
    await a.ok('agenda:update', { meetingId, itemId: item.id, patch: { links: withAddedLinks(item.links, inserted) } });
  });

  it('are the latest three minutes, newest first, and the page with all of them', () => {
    expect(inserted.map((l) => l.title)).toEqual([
      '2026-12-03 Mötesanteckning PSN',
      '2026-10-15 Mötesanteckning PSN',
      '2026-06-11 Mötesanteckning PSN',
      'Alla mötesanteckningar - PSN (vardsamverkan.example)',
    ]);
    expect(inserted[0]!.url).toBe(
      'https://www.vardsamverkan.example/dokument/2026-12-03%20M%C3%B6tesanteckning%20Det%20politiska%20samr%C3%A5dsorganet%20PSN.pdf',
    );
  });

  it('reach the DOCX: LibreOffice reads the titles under the item, and each is a hyperlink to its address', async () => {
    const result = await app.ok('export:file', { meetingId, format: 'docx', overwrite: true });
    const [txt] = await sofficeConvert([result.path], 'txt:Text (encoded):UTF8', app.dir);
    const text = normalize(await readText(txt!));
    let at = text.indexOf('Föregående mötesanteckning');
    expect(at).toBeGreaterThanOrEqual(0);
    for (const link of inserted) {
      const found = text.indexOf(link.title, at);
      expect(found, `"${link.title}" efter punktens rubrik`).toBeGreaterThan(at);
      at = found;
    }
    const rels = zipParts(new Uint8Array(readFileSync(result.path)))['word/_rels/document.xml.rels'] ?? '';
    for (const link of inserted) expect(rels).toContain(`Target="${link.url}" TargetMode="External"`);
  });

  it('reach the PDF: pdftotext reads the titles in order, and the link annotations point at the addresses', async () => {
    const result = await app.ok('export:file', { meetingId, format: 'pdf', overwrite: true });
    const text = normalize(execFileSync('pdftotext', ['-enc', 'UTF-8', result.path, '-'], { encoding: 'utf8' }));
    let at = text.indexOf('Föregående mötesanteckning');
    expect(at).toBeGreaterThanOrEqual(0);
    for (const link of inserted) {
      const found = text.indexOf(link.title, at);
      expect(found, `"${link.title}" i PDF:en`).toBeGreaterThan(at);
      at = found;
    }
    const targets = pdfLinkTargets(result.path, app.dir);
    for (const link of inserted) expect(targets).toContain(link.url);
  });
});
