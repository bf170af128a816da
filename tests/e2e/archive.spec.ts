import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArchivePage as ArchiveAnswer, BodyMeetingsOverview } from '../../shared/model/archive';
import { expectNoAxeViolations } from './axe';
import { expect, test, type RunningApp } from './fixtures';
import { ArchivePage, answersOf } from './pages/ArchivePage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// Issue 19, point 3 and point 7's paint: a body's archive by year with its
// year log, and a start page that gets only the meetings it shows.

function psnOf(app: RunningApp) {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  return psn;
}

/** PSN's demo meetings (2026) and one more, in 2025, so the archive has two years. */
async function withEarlierYear(app: RunningApp): Promise<{ psn: ReturnType<typeof psnOf>; earlierId: number }> {
  const psn = psnOf(app);
  const { id } = await app.api('meetings:createFromBody', { bodyId: psn.id, date: '2025-05-20' });
  return { psn, earlierId: id };
}

test('from the start page to a body’s archive: a year at a time, a meeting opened and shown, the year log exported', async ({ page, app }) => {
  test.slow();
  const { psn } = await withEarlierYear(app);
  const approved = app.meetings.find((m) => m.bodyId === psn.id && m.status === 'approved');
  if (!approved) throw new Error('Demodatan saknar PSN:s justerade möte.');

  const start = new StartPage(page);
  await start.open(app.url);
  const archive = new ArchivePage(page);
  await archive.openFromStart(start, psn.name, 3);
  await expect(archive.heading).toHaveText(`Arkiv: ${psn.name}`);
  await expect(page).toHaveTitle('Arkiv 2026 – PSN – Anteckna');

  // The newest year first, with each year's count; only that year's meetings.
  await expect(archive.years.getByRole('link')).toHaveText(['2026 2 möten', '2025 1 möte']);
  await expect(archive.currentYear()).toHaveText('2026 2 möten');
  await expect(archive.meetings).toHaveCount(2);
  await expect(archive.meetingRow('2026-10-15')).toContainText('Justerad');
  await expect(archive.meetingRow('2026-12-03')).toContainText('Utkast');
  const log = archive.yearLog(2026);
  await expect(log.getByRole('heading', { name: 'Ställningstaganden' })).toBeVisible();
  await expect(log).toContainText('Det politiska samrådsorganet PSN noterar informationen.');

  await archive.showYear(2025);
  expect(page.url()).toContain(`#/body/${psn.id}/arkiv/2025`);
  await expect(archive.currentYear()).toHaveText('2025 1 möte');
  await expect(archive.meetings).toHaveCount(1);
  await expect(archive.yearLog(2025)).toContainText('Inga ställningstaganden 2025.');

  // "Visa" shows any meeting as printed, in the sandboxed frame, without opening it.
  await archive.showYear(2026);
  const shown = await archive.showMeeting('2026-12-03');
  await expect(shown.frameLocator('iframe').locator('h1')).toHaveText(app.meetings.find((m) => m.date === '2026-12-03')!.title);
  await shown.getByRole('button', { name: 'Stäng' }).click();
  await expect(shown).toHaveCount(0);
  await expect(archive.meetingRow('2026-12-03').getByRole('button', { name: 'Visa' })).toBeFocused();

  // The year log as Word and PDF, in the export folder.
  const docx = await archive.exportYearLog(2026, 'Word (DOCX)');
  expect(dirname(docx)).toBe(join(dirname(app.dbPath), 'Export'));
  expect(docx.endsWith('2026 Beslutslogg PSN.docx')).toBe(true);
  expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  // Focus stays on the button through the export.
  await expect(archive.yearLog(2026).getByRole('button', { name: 'Exportera Word (DOCX)' })).toBeFocused();
  const pdf = await archive.exportYearLog(2026, 'PDF');
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Opening the approved minutes opens them as the app does: read-only.
  await archive.meetingLink(approved.date).click();
  const meeting = new MeetingPage(page);
  await meeting.waitUntilReady(approved.title);
  await meeting.expectStatus('approved');
  await expect(meeting.editableFields()).toHaveCount(0);
});

test('a body with 500 meetings: the start page gets a few per body and the archive one year only', async ({ page, app }) => {
  test.slow();
  const psn = psnOf(app);
  // 498 more over 25 years (2002–2026), beside the demo's two of 2026: 20 a year.
  const dates: string[] = [];
  for (let year = 2002; year <= 2026; year++) {
    const count = year === 2026 ? 18 : 20;
    for (let n = 0; n < count; n++) dates.push(`${year}-${String(1 + Math.floor(n / 2)).padStart(2, '0')}-${n % 2 === 0 ? '05' : '20'}`);
  }
  for (let i = 0; i < dates.length; i += 25) {
    await Promise.all(dates.slice(i, i + 25).map((date) => app.api('meetings:createFromBody', { bodyId: psn.id, date })));
  }

  const overviews = answersOf(page, 'meetings:overview');
  const start = new StartPage(page);
  await start.open(app.url);
  const [overview] = (await overviews()) as BodyMeetingsOverview[][];
  const psnOverview = overview?.find((o) => o.bodyId === psn.id);
  expect(psnOverview?.total).toBe(500);
  expect(psnOverview?.meetings.length).toBeLessThanOrEqual(12);
  await expect(start.body(psn.name).locator('.meeting-list > li')).toHaveCount(psnOverview?.meetings.length ?? -1);

  const archives = answersOf(page, 'archive:year');
  const archive = new ArchivePage(page);
  await archive.openFromStart(start, psn.name, 500);
  await expect(archive.meetings).toHaveCount(20);
  await archive.showYear(2013);
  await expect(archive.meetings).toHaveCount(20);
  await expect(archive.years.getByRole('link')).toHaveCount(25);

  // Each answer held one year's meetings, never the archive's 500.
  const answers = (await archives()) as ArchiveAnswer[];
  expect(answers.map((a) => [a.year, a.meetings.length])).toEqual([
    [2026, 20],
    [2013, 20],
  ]);
  expect(answers[1]?.meetings.every((m) => m.date.startsWith('2013-'))).toBe(true);
});

for (const width of [1280, 440]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.slow();

    test('the archive, its year log and a meeting shown pass axe', async ({ page, app }) => {
      const { psn } = await withEarlierYear(app);
      const archive = new ArchivePage(page);
      await archive.open(app.url, psn.id);
      await expectNoAxeViolations(page, 'arkivet');
      await archive.showMeeting('2026-10-15');
      await expectNoAxeViolations(page, 'arkivet, ett möte visat');
      await page.keyboard.press('Escape');
      await archive.showYear(2025);
      await expectNoAxeViolations(page, 'arkivet, ett år utan ställningstaganden');
    });
  });
}

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the archive fits without sideways scrolling, its year list and "Visa" in reach', async ({ page, app }) => {
    const { psn } = await withEarlierYear(app);
    const archive = new ArchivePage(page);
    await archive.open(app.url, psn.id);
    // The view's own content (the top bar above it is the search's, on its way in issue 19).
    const beyond = await archive.view.evaluate((view) =>
      [view, ...view.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth).map((e) => e.className),
    );
    expect(beyond, 'arkivet går utanför fönstret').toEqual([]);
    for (const control of [archive.yearLink(2025), archive.meetingRow('2026-12-03').getByRole('button', { name: 'Visa' })]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    }
  });
});
