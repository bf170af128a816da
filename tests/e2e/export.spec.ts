import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { spyOnFramePrints } from './print-spy';

test('Exportera → PDF writes the file into the export folder, shows its path, and asks before replacing it', async ({ page, app }) => {
  test.slow();
  const summary = app.meetings[0]!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);

  const exportBar = page.getByRole('region', { name: 'Export' });
  await exportBar.getByRole('button', { name: /Exportera/ }).click();
  await page.getByRole('button', { name: /^PDF Tillgänglig/ }).click();

  const done = exportBar.locator('.export-done');
  await expect(done).toContainText('PDF-filen är sparad', { timeout: 30_000 });
  const path = (await done.getAttribute('data-export-path')) ?? '';
  expect(dirname(path)).toBe(join(dirname(app.dbPath), 'Export'));
  expect(path.endsWith('.pdf')).toBe(true);
  await expect(done.locator('.export-path')).toHaveText(path);
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The browser host cannot open the visitor's file manager: the path is shown instead of "Visa i mappen".
  await expect(exportBar.getByRole('button', { name: 'Visa i mappen' })).toHaveCount(0);
  const written = statSync(path).mtimeMs;

  // Again: the file exists, so the question comes first; Avbryt leaves it alone.
  await exportBar.getByRole('button', { name: /Exportera/ }).click();
  await page.getByRole('button', { name: /^PDF Tillgänglig/ }).click();
  const question = page.getByRole('dialog', { name: 'Filen finns redan. Vill du ersätta den?' });
  await expect(question).toBeVisible({ timeout: 30_000 });
  // It opens on "Avbryt", and closing it returns focus to "Exportera", since the menu it came from is gone.
  await expect(question.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await question.getByRole('button', { name: 'Avbryt' }).click();
  await expect(question).toHaveCount(0);
  await expect(exportBar.getByRole('button', { name: /Exportera/ })).toBeFocused();
  expect(statSync(path).mtimeMs).toBe(written);

  // And "Ersätt filen" replaces it.
  await exportBar.getByRole('button', { name: /Exportera/ }).click();
  await page.getByRole('button', { name: /^PDF Tillgänglig/ }).click();
  await expect(question).toBeVisible({ timeout: 30_000 });
  await question.getByRole('button', { name: 'Ersätt filen' }).click();
  await expect(done).toContainText('PDF-filen är sparad', { timeout: 30_000 });
  expect(existsSync(path)).toBe(true);
  expect(statSync(path).mtimeMs).toBeGreaterThan(written);
});

test('Skriv ut prints the print HTML, what the PDF is made from, from a frame that runs no scripts', async ({ page, app }) => {
  const summary = app.meetings[0]!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const printed = await spyOnFramePrints(page);

  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Skriv ut' }).click();
  await expect.poll(async () => (await printed()).length).toBe(1);
  const [job] = await printed();
  const preview = await app.api('export:preview', { meetingId: summary.id });
  expect(job?.title).toBe(preview.title);
  // The print HTML itself, with its page rules: A4 and the PDF's margins.
  expect(job?.html).toContain('@page');
  expect(job?.sandbox?.split(' ').sort()).toEqual(['allow-modals', 'allow-same-origin']);
  // The frame is gone once printed; the page is as it was.
  await expect(page.locator('iframe[data-print-frame]')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Skriv ut' })).toBeEnabled();
});

test('Förhandsgranska shows the print HTML with the title in a sandboxed frame', async ({ page, app }) => {
  const summary = app.meetings[0]!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);

  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Förhandsgranska' }).click();
  const dialog = page.getByRole('dialog', { name: 'Förhandsgranska' });
  await expect(dialog).toBeVisible();
  const frame = dialog.locator('iframe.export-preview-frame');
  await expect(frame).toHaveAttribute('sandbox', '');
  const preview = await app.api('export:preview', { meetingId: summary.id });
  await expect(page.frameLocator('iframe.export-preview-frame').locator('h1').first()).toHaveText(preview.title);
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(dialog).toHaveCount(0);
});
