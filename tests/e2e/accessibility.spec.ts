import { demoDraft, expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { AttendancePage } from './pages/AttendancePage';
import { BodyPage } from './pages/BodyPage';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// Issue 18, point 6: axe-core on every screen, wide and at 440 px.
for (const width of [1280, 440]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    // Several full axe scans per test, each a few seconds on a busy machine.
    test.slow();

    test('the start view, the body settings and the roster', async ({ page, app }) => {
      await new StartPage(page).open(app.url);
      await expect(page).toHaveTitle('Möten – Anteckna');
      await expectNoAxeViolations(page, 'startsidan');
      const psn = app.bodies.find((b) => b.shortName === 'PSN')!;
      await new BodyPage(page).open(app.url, psn.id, psn.name);
      await expect(page).toHaveTitle('Inställningar – PSN – Anteckna');
      await expectNoAxeViolations(page, 'organets inställningar');
    });

    test('the meeting as a draft, in live mode and on the attendance board', async ({ page, app }) => {
      const { summary } = await demoDraft(app);
      // Each view names itself and the meeting in the window title, as a screen reader announces it.
      await new MeetingPage(page).open(app.url, summary);
      await expect(page).toHaveTitle('PSN 3 december 2026 – Anteckna');
      // Each item's standpoint field and phrase button is named with its item.
      const titles = (await app.api('meetings:get', { id: summary.id })).agenda.filter((i) => !i.standing).map((i) => i.title);
      for (const title of titles.slice(0, 2)) {
        await expect(page.getByRole('textbox', { name: `Ställningstagande för ${title}`, exact: true })).toHaveCount(1);
        await expect(page.getByRole('button', { name: `Infoga fras i ${title}` })).toHaveCount(1);
      }
      await expectNoAxeViolations(page, 'mötet (utkast)');
      const live = new LivePage(page);
      await live.open(app.url, summary.id);
      await expect(page).toHaveTitle('Live – PSN 3 december 2026 – Anteckna');
      await expectNoAxeViolations(page, 'liveläget');
      await live.notes.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('/');
      await expect(page.getByRole('listbox', { name: 'Infoga block' })).toBeVisible();
      await expectNoAxeViolations(page, '"/"-menyn i anteckningarna');
      await page.keyboard.press('Escape');
      await new AttendancePage(page).open(app.url, summary.id);
      await expect(page).toHaveTitle('Närvaro – PSN 3 december 2026 – Anteckna');
      await expectNoAxeViolations(page, 'närvarotavlan');
    });

    test('approved minutes', async ({ page, app }) => {
      const approved = app.meetings.find((m) => m.status === 'approved');
      expect(approved, 'demodatan har justerade anteckningar').toBeTruthy();
      await new MeetingPage(page).open(app.url, approved!);
      await expectNoAxeViolations(page, 'justerade anteckningar');
    });
  });
}
