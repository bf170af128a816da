import { expect, test } from './fixtures';
import { StartPage } from './pages/StartPage';

/**
 * "Hoppa till innehållet": invisible to the eye until it has keyboard focus
 * (the first Tab from the top of the page), then a button in the corner;
 * Enter puts the keyboard in the content.
 */
test('the skip link shows only when focused and moves focus to the content', async ({ page, app }) => {
  const start = new StartPage(page);
  await start.open(app.url);
  const skip = page.getByRole('button', { name: 'Hoppa till innehållet' });

  // Clipped to nothing while not focused: nothing of it shows over the top bar.
  const hidden = await skip.boundingBox();
  expect((hidden?.width ?? 0) * (hidden?.height ?? 0)).toBeLessThanOrEqual(1);
  await expect(skip).toHaveCSS('clip-path', 'inset(50%)');

  // Views put focus on their heading; from the top of the page the link is the first stop.
  await page.locator('.topbar .brand').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  const shown = await skip.boundingBox();
  expect(shown?.width ?? 0).toBeGreaterThan(100);
  expect(shown?.y ?? -1).toBeGreaterThanOrEqual(0);
  await expect(skip).toHaveCSS('clip-path', 'none');

  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
