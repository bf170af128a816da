import type { Locator, Page } from '@playwright/test';
import { demoDraft, expect, test, type RunningApp } from './fixtures';
import { upcomingPsn } from './demo-meetings';
import { AttendancePage } from './pages/AttendancePage';
import { BodyPage } from './pages/BodyPage';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// Issue 18, point 4 (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways, nothing
// is cut or covered; at 200 % zoom the sticky bars leave the content in sight.

/** The page is no wider than the window (a data table may scroll inside its own frame). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
  expect(widths.content, `${where} rullar i sidled`).toBeLessThanOrEqual(widths.window);
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('Elementet syns inte.');
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function psnBody(app: RunningApp) {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  return psn;
}

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test.slow();

  test('every screen fits: start, body settings and roster, meeting, attendance, live mode', async ({ page, app }) => {
    await new StartPage(page).open(app.url);
    await expectNoSidewaysScroll(page, 'startsidan');

    const psn = await psnBody(app);
    const bodyPage = new BodyPage(page);
    await bodyPage.open(app.url, psn.id, psn.name);
    await expectNoSidewaysScroll(page, 'organets inställningar');
    // A roster row: the name field is not covered by the move buttons, and "Vakant" is whole.
    const row = page.locator('.member-row').first();
    const name = await box(row.getByRole('textbox').first());
    for (const button of await row.getByRole('button').all()) expect(overlaps(name, await box(button))).toBe(false);
    const vacant = row.locator('.cell-vacant-label');
    await expect(vacant).toHaveText('Vakant');
    expect(await vacant.evaluate((e) => e.scrollWidth <= e.clientWidth && e.getBoundingClientRect().width > 20)).toBe(true);
    // The phrase form: one column, its buttons on the screen.
    await page.getByRole('button', { name: 'Ny fras' }).first().click();
    const save = page.getByRole('button', { name: 'Spara frasen' });
    await expect(save).toBeVisible();
    const saveBox = await box(save);
    expect(saveBox.x + saveBox.width).toBeLessThanOrEqual(320);
    await expectNoSidewaysScroll(page, 'frasformuläret');

    const { summary } = await demoDraft(app);
    const meeting = new MeetingPage(page);
    await meeting.open(app.url, summary);
    await expectNoSidewaysScroll(page, 'mötet');
    await expect(page.getByRole('region', { name: 'Export' }).getByRole('button', { name: /Exportera/ })).toBeInViewport();

    const board = new AttendancePage(page);
    await board.open(app.url, summary.id);
    await expectNoSidewaysScroll(page, 'närvarotavlan');
    // The option's label is on the screen, not pushed past its right edge.
    const advance = await box(page.locator('.board-advance'));
    expect(advance.x + advance.width).toBeLessThanOrEqual(320);

    await new LivePage(page).open(app.url, summary.id);
    await expectNoSidewaysScroll(page, 'liveläget');
    const next = page.locator('.live-nav-target').last();
    expect(await next.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  });
});

test.describe('200 % zoom (640 × 450)', () => {
  test.use({ viewport: { width: 640, height: 450 } });

  test('the bars of the meeting and the board scroll away with the page instead of covering it', async ({ page, app }) => {
    const { summary } = await upcomingPsn(app);
    const board = new AttendancePage(page);
    await board.open(app.url, summary.id);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const bar = await page.locator('.board-bar').boundingBox();
    expect(bar === null || bar.y + bar.height <= 0).toBe(true);

    await new MeetingPage(page).open(app.url, summary);
    await page.mouse.wheel(0, 900);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    const review = await page.locator('.review-bar').boundingBox();
    expect(review === null || review.y + review.height <= 0).toBe(true);
  });
});

test.describe('wide window', () => {
  test.use({ viewport: { width: 1280, height: 700 } });

  test('moving down and up the board by keyboard never hides the focused person under the sticky bars', async ({ page, app }) => {
    test.slow();
    const { summary, members } = await upcomingPsn(app);
    const board = new AttendancePage(page);
    await board.open(app.url, summary.id);
    await board.row(members[0]!.name).focus();
    const check = async () => {
      const barBottom = await page.locator('.board-bar').evaluate((e) => e.getBoundingClientRect().bottom);
      const focused = await page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      });
      expect(focused.top).toBeGreaterThanOrEqual(barBottom - 1);
      expect(focused.bottom).toBeLessThanOrEqual(701);
    };
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowDown');
      await check();
    }
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('ArrowUp');
      await check();
    }
  });
});
