import { expect, test } from './fixtures';
import { LivePage } from './pages/LivePage';

// Screenshots of live mode, the phrase picker and the slash menu, wide and beside Teams
// (looked at by hand, not compared). ANTECKNA_SCREENSHOTS=<folder> puts them somewhere handy.

test('live mode, the phrase picker and the slash menu render wide and narrow', async ({ page, app }, testInfo) => {
  const OUT = process.env.ANTECKNA_SCREENSHOTS ?? testInfo.outputPath();
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const subjects = meeting.agenda.filter((i) => !i.standing && i.parentId === null);
  for (const [n, [w, h]] of ([
    [1280, 800],
    [440, 900],
  ] as const).entries()) {
    const item = subjects[n];
    if (!item) throw new Error('Mötet saknar sakpunkter.');
    await page.setViewportSize({ width: w, height: h });
    const live = new LivePage(page);
    await live.open(app.url, summary.id, item.id);
    await live.expectItem(item.id, item.title);
    await expect(live.notes).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Ordföranden inledde.');
    await page.screenshot({ path: `${OUT}/live-${w}.png` });
    await page.keyboard.press('Control+Alt+s');
    await expect(live.picker).toBeVisible();
    await page.screenshot({ path: `${OUT}/picker-${w}.png` });
    await expect(live.picker.getByRole('option', { selected: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(live.picker).toBeHidden();
    // Escape goes back to where the picker was opened from.
    await expect(live.notes).toBeFocused();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('/');
    await expect(page.locator('[data-slash-menu]')).toBeVisible();
    await page.screenshot({ path: `${OUT}/slash-${w}.png` });
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-slash-menu]')).toBeHidden();
  }
});

test('the phrase library in the body view renders', async ({ page, app }, testInfo) => {
  const OUT = process.env.ANTECKNA_SCREENSHOTS ?? testInfo.outputPath();
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${app.url}#/body/${psn.id}`);
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const library = page.getByRole('region', { name: 'Standardfraser för ställningstaganden' });
  await library.getByText('Platshållare i fraserna').click();
  await library.getByRole('button', { name: 'Ny fras' }).click();
  await expect(library.getByRole('form', { name: 'Ny fras' })).toBeVisible();
  await library.scrollIntoViewIfNeeded();
  await library.screenshot({ path: `${OUT}/library-1280.png` });
});
