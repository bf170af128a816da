import { expectNoAxeViolations } from './axe';
import { expect, test, type RunningApp } from './fixtures';
import { WordListPart } from './pages/WordListPart';

// Issue 23: the body's word list ("Ordlista") in its settings.

function psnId(app: RunningApp): number {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');
  return psn.id;
}

test('the word list by keyboard: add, refuse, alphabetical the Swedish way, kept after a reload, remove', async ({ page, app }) => {
  test.slow(); // some thirty steps and a reload
  const bodyId = psnId(app);
  const list = new WordListPart(page);
  await list.open(app.url, bodyId);
  await expect(list.section).toHaveAttribute('data-word-count', '0');
  await expect(list.section).toContainText('Ord du lägger till med ”Lägg till i ordlistan” i anteckningarna hamnar här.');
  await expectNoAxeViolations(page, 'ordlistan, tom');

  await list.field.focus();
  await list.addByKeyboard('Norrvikmodellen');
  await expect(list.field).toBeFocused();
  await expect(list.field).toHaveValue('');
  await expect.poll(() => list.words()).toEqual(['Norrvikmodellen']);
  await expect(list.section).toContainText('1 ord i ordlistan');

  // Refused at the field, with the channel's Swedish message; nothing stored.
  await list.addByKeyboard('två ord');
  await expect(list.field).toHaveAttribute('aria-invalid', 'true');
  await expect(list.error).toHaveText('Lägg till ett ord i taget, utan mellanslag.');
  await expect(list.field).toHaveValue('två ord');
  await list.addByKeyboard('norrvikmodellen');
  await expect(list.error).toHaveText('”Norrvikmodellen” finns redan i ordlistan.');
  expect((await app.api('spelling:bodyWords', { bodyId })).words).toEqual(['Norrvikmodellen']);

  await list.addByKeyboard('Ärlaprojektet');
  await expect(list.error).toHaveCount(0);
  await expect(list.field).not.toHaveAttribute('aria-invalid', 'true');
  await list.addByKeyboard('Brännviksgården');
  // "Ä" after "N", as a Swedish reader expects.
  await expect.poll(() => list.words()).toEqual(['Brännviksgården', 'Norrvikmodellen', 'Ärlaprojektet']);
  await expect(list.section).toHaveAttribute('data-word-count', '3');

  await page.reload();
  await list.waitUntilReady();
  await expect.poll(() => list.words()).toEqual(['Brännviksgården', 'Norrvikmodellen', 'Ärlaprojektet']);

  // From the field by Tab: "Lägg till", then the words' buttons in order.
  await list.field.focus();
  await page.keyboard.press('Tab');
  await expect(list.addButton).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(list.removeButton('Norrvikmodellen')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.section).toHaveAttribute('data-word-count', '2');
  await list.waitUntilReady();
  await expect.poll(() => list.words()).toEqual(['Brännviksgården', 'Ärlaprojektet']);
  // Focus stays in the list, on the word that took its place.
  await expect(list.removeButton('Ärlaprojektet')).toBeFocused();
  expect((await app.api('spelling:bodyWords', { bodyId })).words).toEqual(['Brännviksgården', 'Ärlaprojektet']);

  await page.keyboard.press('Enter');
  await expect(list.section).toHaveAttribute('data-word-count', '1');
  await expect(list.removeButton('Brännviksgården')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.section).toHaveAttribute('data-word-count', '0');
  await list.waitUntilReady();
  await expect(list.field).toBeFocused();
  await expect(list.section).toHaveAttribute('data-word-count', '0');
  expect((await app.api('spelling:bodyWords', { bodyId })).words).toEqual([]);
});

for (const width of [1280, 440]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the word list with words and with a refused word passes axe', async ({ page, app }) => {
      const bodyId = psnId(app);
      for (const word of ['Norrvikmodellen', 'Brännviksgården']) await app.api('spelling:addWord', { bodyId, word });
      const list = new WordListPart(page);
      await list.open(app.url, bodyId);
      await list.section.scrollIntoViewIfNeeded();
      await expect(list.section).toHaveAttribute('data-word-count', '2');
      await expectNoAxeViolations(page, 'ordlistan med ord');
      await list.field.focus();
      await list.addByKeyboard('1234');
      await expect(list.error).toHaveText('Ordet behöver minst en bokstav.');
      await expectNoAxeViolations(page, 'ordlistan med ett ord som inte godtas');
    });
  });
}

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the word list fits without sideways scrolling, a long word wrapping with its button in reach', async ({ page, app }) => {
    const bodyId = psnId(app);
    const long = 'Samverkansöverenskommelseuppföljningsgruppsmötesanteckningarna';
    for (const word of ['Norrvikmodellen', long]) await app.api('spelling:addWord', { bodyId, word });
    const list = new WordListPart(page);
    await list.open(app.url, bodyId);
    const beyond = await list.section.evaluate((section) =>
      [section, ...section.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((e) => e.className || e.tagName),
    );
    expect(beyond, 'ordlistan går utanför fönstret').toEqual([]);
    for (const control of [list.field, list.addButton, list.removeButton(long)]) {
      const box = await control.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    }
  });
});
