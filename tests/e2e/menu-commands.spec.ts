import type { Page } from '@playwright/test';
import { COMMAND_EVENT, type AppCommand } from '../../shared/ipc/commands';
import { expect, test } from './fixtures';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';
import { spyOnFramePrints } from './print-spy';

// The desktop menu's commands, as the renderer receives them (the preload
// raises the same DOM event in Electron; there is no menu in the browser host).

async function menu(page: Page, command: AppCommand): Promise<void> {
  await page.evaluate(([name, detail]) => window.dispatchEvent(new CustomEvent(name, { detail })), [COMMAND_EVENT, command] as const);
}

test('Arkiv → Skriv ut from live mode opens the meeting and prints its minutes', async ({ page, app }) => {
  const summary = app.meetings.find((m) => m.status === 'draft')!;
  await page.goto(`${app.url}#/meeting/${summary.id}/live`);
  await new LivePage(page).waitUntilReady();
  const printed = await spyOnFramePrints(page);

  await menu(page, 'print');
  await new MeetingPage(page).waitUntilReady(summary.title);
  await expect.poll(async () => (await printed()).length).toBe(1);
  const preview = await app.api('export:preview', { meetingId: summary.id });
  expect((await printed())[0]?.title).toBe(preview.title);
});

test('Arkiv → Exportera, Nytt organ and Säkerhetskopior, Hjälp → Kortkommandon, and a command that needs a meeting', async ({ page, app }) => {
  const summary = app.meetings[0]!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);

  await menu(page, 'export');
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('button', { name: /Exportera/ })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');

  await menu(page, 'shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Kortkommandon' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Alt+L');
  await expect(shortcuts.getByRole('button', { name: 'Stäng' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toHaveCount(0);

  // From a meeting, "Nytt organ" goes to the start page with the form open.
  await menu(page, 'newBody');
  const start = new StartPage(page);
  await start.waitUntilReady();
  await expect(page.getByLabel('Fullständigt namn')).toBeVisible();

  await menu(page, 'backups');
  await expect(page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Liveläge without a meeting open: said, not silently ignored.
  await menu(page, 'live');
  await expect(page.getByText('Öppna ett möte först.')).toBeVisible();
});
