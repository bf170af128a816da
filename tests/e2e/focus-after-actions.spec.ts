import { demoDraft, expect, test } from './fixtures';
import { recordAnnouncements, takeAnnouncements } from './announcements';
import { MeetingPage } from './pages/MeetingPage';
import { ReviewRoundPart } from './pages/ReviewRoundPart';

// Issue 18, point 2: after a status change or an export the focus lands on a control
// that still exists (the next step), and the change is said once.

test('Skicka för justering, Tillbaka till utkast, Markera som justerad and Lås upp each leave focus on the next step and say what happened', async ({
  page,
  app,
}) => {
  test.slow();
  await recordAnnouncements(page);
  const { summary } = await demoDraft(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const bar = meeting.reviewBar;
  await takeAnnouncements(page);

  // By keyboard through its dialog, which closes once the e-mail draft is written.
  await new ReviewRoundPart(page).send(['Birgitta Sjöholm']);
  await meeting.expectStatus('review');
  await expect(bar.getByRole('button', { name: 'Markera som justerad' })).toBeFocused();
  expect(await takeAnnouncements(page)).toContain('Mötesanteckningen är skickad för justering.');

  await bar.getByRole('button', { name: 'Tillbaka till utkast' }).focus();
  await page.keyboard.press('Enter');
  await meeting.expectStatus('draft');
  await expect(bar.getByRole('button', { name: 'Skicka för justering' })).toBeFocused();
  expect(await takeAnnouncements(page)).toContain('Mötesanteckningen är ett utkast igen.');

  const day = new Date(`${summary.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  await meeting.approve([{ name: 'Karin Ek', role: 'ordförande' }], day.toISOString().slice(0, 10));
  await expect(bar.getByRole('button', { name: 'Lås upp' })).toBeFocused();
  expect(await takeAnnouncements(page)).toContain('Mötesanteckningen är markerad som justerad.');

  await bar.getByRole('button', { name: 'Lås upp' }).click();
  const unlock = page.getByRole('dialog', { name: 'Lås upp mötesanteckningen' });
  await unlock.getByLabel('Vem låser upp?').fill('Sara Holm');
  await unlock.getByLabel('Varför?').fill('Fel datum i punkt 8.');
  await takeAnnouncements(page);
  await unlock.getByRole('button', { name: 'Lås upp som ny version' }).click();
  await expect(unlock).toHaveCount(0);
  await meeting.expectStatus('draft');
  await expect(meeting.reviewBar.getByRole('button', { name: 'Skicka för justering' })).toBeFocused();
  await expect.poll(() => takeAnnouncements(page)).toContain('Upplåst. Version 2 är ett utkast.');
});

test('choosing a format in Exportera leaves focus on Exportera, and the saved file is said', async ({ page, app }) => {
  test.slow();
  await recordAnnouncements(page);
  const { summary } = await demoDraft(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const exportBar = page.getByRole('region', { name: 'Export' });
  const toggle = exportBar.getByRole('button', { name: /Exportera/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Word \(DOCX\)/ })).toBeFocused();
  await takeAnnouncements(page);
  await page.keyboard.press('Enter');
  await expect(toggle).toBeFocused();
  await expect(exportBar.locator('.export-done')).toContainText('Word-filen är sparad', { timeout: 30_000 });
  await expect(toggle).toBeFocused();
  const said = await takeAnnouncements(page);
  expect(said.some((s) => s.startsWith('Word-filen är sparad'))).toBe(true);
});
