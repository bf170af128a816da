import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { SearchPage } from './pages/SearchPage';
import { StartPage } from './pages/StartPage';

// Issue 19, point 1: "Sök" across every meeting – the top bar's field, the
// results grouped by meeting, the filters in the address, and a hit opened in
// its meeting with the words marked.

/** The demo's approved PSN meeting of 15 October 2026 and the item "Samverkansavtal för ungdomsmottagningar 2027–2028". */
async function approvedAgreementItem(app: RunningApp) {
  const summary = app.meetings.find((m) => m.date === '2026-10-15');
  if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-10-15.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const item = meeting.agenda.find((i) => i.title.startsWith('Samverkansavtal för ungdomsmottagningar'));
  if (!item) throw new Error('Demodatan saknar punkten om samverkansavtalet.');
  return { summary, item };
}

/** An item's number and title as its section is labelled ("3. Title"), for the meeting page object. */
async function numberAndTitle(page: Page, itemId: number): Promise<[string, string]> {
  const label = (await page.locator(`[data-item-id="${itemId}"]`).getAttribute('aria-label')) ?? '';
  const at = label.indexOf('. ');
  return [label.slice(0, at), label.slice(at + 2)];
}

/** Whether an element is inside the window (below the sticky top bar). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
  }, selector);
}

test('searching from the top bar shows the hits grouped by meeting, words marked; a filter narrows; back returns', async ({ page, app }) => {
  await new StartPage(page).open(app.url);
  const search = new SearchPage(page);
  await search.searchFromTopBar('avtal');

  await expect(page).toHaveURL(/#\/sok\?q=avtal$/);
  await expect(search.count).toHaveText('8 träffar i 3 möten för ”avtal”');
  await expect(search.meetingGroups).toHaveCount(3);
  const october = search.meetingGroups.filter({ hasText: '15 oktober 2026' });
  await expect(october.getByRole('heading', { level: 2 })).toHaveText(/PSN\s+15 oktober 2026\s+Mötesanteckning PSN\s+Justerad/);
  await expect(october.getByRole('link', { name: 'Punkt 10 – Samverkansavtal för ungdomsmottagningar 2027–2028' })).toBeVisible();
  await expect(october.locator('.search-hit').first()).toContainText('i Rubrik');
  // Every mark is the word searched for (inside compounds: "Samverkans|avtal|et"), as plain text.
  const marks = await search.snippetMarks.allTextContents();
  expect(marks.length).toBeGreaterThanOrEqual(8);
  for (const mark of marks) expect(mark.toLowerCase()).toBe('avtal');

  await search.filter({ organ: 'LGS-N' });
  await expect(page).toHaveURL(/organ=\d+/);
  await search.waitUntilReady();
  await expect(search.count).toHaveText('1 träff i 1 möte för ”avtal”');
  await expect(search.meetingGroups).toHaveCount(1);
  await expect(search.meetingGroups.first()).toContainText('LGS-N');

  await search.filter({ year: '2025' });
  await search.waitUntilReady();
  await expect(search.count).toHaveText('Inga träffar för ”avtal”.');
  await expect(search.emptyAdvice).toContainText('ta bort eller ändra filtren');

  await page.goBack();
  await search.waitUntilReady();
  await expect(search.count).toHaveText('1 träff i 1 möte för ”avtal”');
  await expect(search.form.getByLabel('Organ')).toHaveValue(/\d+/);
  await page.goBack();
  await search.waitUntilReady();
  await expect(search.count).toHaveText('8 träffar i 3 möten för ”avtal”');
});

test('a year that is not a year is told at the field, and nothing is searched', async ({ page, app }) => {
  const search = new SearchPage(page);
  await search.open(app.url, 'q=avtal');
  await search.filter({ year: '26' });
  const year = search.form.getByLabel('År', { exact: true });
  await expect(year).toBeFocused();
  await expect(year).toHaveAttribute('aria-invalid', 'true');
  await expect(year).toHaveAccessibleDescription('Skriv året med fyra siffror, till exempel 2026.');
  await expect(page).toHaveURL(/#\/sok\?q=avtal$/);
});

test('Swedish words: å, ä and ö are letters of their own, accents are not', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const [number, title] = await numberAndTitle(page, item.id);
  await meeting.writeNotes(number, title, ' Helén Ek ordnar härbärget.');

  const search = new SearchPage(page);
  await search.searchFromTopBar('helen');
  await expect(search.hitLinks.filter({ hasText: item.title })).toHaveCount(1);
  await expect(search.snippetMarks.filter({ hasText: /^Helén$/ })).toHaveCount(1);

  await search.open(app.url, 'q=harbarget');
  await expect(search.count).toHaveText('Inga träffar för ”harbarget”.');
  await search.open(app.url, 'q=h%C3%A4rb%C3%A4rget');
  await expect(search.count).toHaveText('1 träff i 1 möte för ”härbärget”');

  // "har" is a word of its own: no "här" among the marks.
  await search.open(app.url, 'q=har');
  await expect(search.snippetMarks.first()).toBeVisible();
  for (const mark of await search.snippetMarks.allTextContents()) expect(mark.toLowerCase()).toBe('har');
});

test('a hit opens its meeting at the item with the words highlighted, also in approved minutes; Esc clears them', async ({ page, app }) => {
  const { summary, item } = await approvedAgreementItem(app);
  const search = new SearchPage(page);
  await search.open(app.url, 'q=avtal');
  await search.hitLinks.filter({ hasText: 'Samverkansavtal för ungdomsmottagningar' }).click();

  const meeting = new MeetingPage(page);
  await meeting.waitUntilReady(summary.title);
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}\\?sok=avtal&punkt=${item.id}$`));
  await expect(search.foundBar).toContainText('Markerar: avtal');
  // The title, the standpoint (drawn behind its read-only field) and the notes: each "avtal" is marked.
  await expect.poll(async () => (await search.highlightedTexts()).length).toBeGreaterThanOrEqual(4);
  for (const text of await search.highlightedTexts()) expect(text.toLowerCase()).toBe('avtal');
  expect(await inViewport(page, `[data-item-id="${item.id}"] .item-title`)).toBe(true);
  // The DOM of the minutes is not touched: no <mark> in the item.
  await expect(page.locator(`[data-item-id="${item.id}"] mark`)).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(search.foundBar).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}$`));
  expect(await search.highlightedTexts()).toEqual([]);
});

test('the marks go when she starts writing', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const meeting = new MeetingPage(page);
  const word = (await app.api('meetings:get', { id: summary.id })).agenda
    .find((i) => i.id === item.id)!
    .title.split(/\s+/)
    .find((w) => w.length > 3)!;
  await page.goto(`${app.url}#/meeting/${summary.id}?sok=${encodeURIComponent(word)}&punkt=${item.id}`);
  await meeting.waitUntilReady(summary.title);
  const search = new SearchPage(page);
  await expect(search.foundBar).toBeVisible();
  const [number, title] = await numberAndTitle(page, item.id);
  await meeting.notes(number, title).click();
  await page.keyboard.type('x');
  await expect(search.foundBar).toHaveCount(0);
  expect(await search.highlightedTexts()).toEqual([]);
});

test('keyboard only: Ctrl+K, type, Enter, Tab to the first hit, Enter opens it', async ({ page, app }) => {
  await new StartPage(page).open(app.url);
  const search = new SearchPage(page);
  await search.searchFromTopBar('ungdomsmottagningar');
  await expect(search.count).toBeFocused();
  await page.keyboard.press('Tab');
  const first = search.hitLinks.first();
  await expect(first).toBeFocused();
  const name = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/meeting\/\d+\?sok=ungdomsmottagningar&punkt=\d+$/);
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.locator('.meeting-doc .agenda-item').filter({ hasText: name.replace(/^Punkt [\d ab]+ – /, '') }).first()).toBeVisible();

  // "/" outside a field goes to the search field too.
  await page.locator('#main').focus();
  await page.keyboard.press('/');
  await expect(search.topBarField).toBeFocused();
});

test('"Visa fler" adds the next hits and puts focus on the first new one', async ({ page, app }) => {
  const search = new SearchPage(page);
  await search.open(app.url, 'q=och');
  await expect(search.count).toHaveText(/^\d+ träffar för ”och”$/);
  await expect(search.hitLinks).toHaveCount(20);
  await page.getByRole('button', { name: 'Visa fler träffar' }).click();
  await expect(search.hitLinks.nth(20)).toBeFocused();
  await expect(search.count).toHaveText(/^\d+ träffar i \d+ möten för ”och”$/);
  await expect(page.getByRole('button', { name: 'Visa fler träffar' })).toHaveCount(0);
});

test('a hostile question shows results or a calm hint, never an error', async ({ page, app }) => {
  const search = new SearchPage(page);
  for (const question of ['NEAR(" title: *', 'a', '-avtal', '"', 'title:avtal*']) {
    await search.open(app.url, `q=${encodeURIComponent(question)}`);
    await expect(search.results.getByRole('alert')).toHaveCount(0);
    await expect(search.count.or(search.hint)).toBeVisible();
  }
  await search.open(app.url, 'q=a');
  await expect(search.hint).toHaveText('Skriv minst två bokstäver i ett sökord.');
  await search.open(app.url, `q=${encodeURIComponent('-avtal')}`);
  await expect(search.hint).toHaveText('Skriv också något att söka efter – ett minustecken utesluter bara ord.');
  // Stars and brackets are only separators: the word still finds its hits.
  await search.open(app.url, `q=${encodeURIComponent('(avtal*)')}`);
  await expect(search.count).toHaveText('8 träffar i 3 möten för ”(avtal*)”');
});

for (const width of [1280, 440]) {
  test.describe(`axe at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    test.slow();

    test('results, the empty state and the hint', async ({ page, app }) => {
      const search = new SearchPage(page);
      await search.open(app.url, 'q=avtal&ar=2026');
      await expect(search.meetingGroups.first()).toBeVisible();
      await expectNoAxeViolations(page, 'sökresultatet');
      await search.open(app.url, 'q=zzxyq');
      await expect(search.emptyAdvice).toBeVisible();
      await expectNoAxeViolations(page, 'sökningen utan träffar');
      await search.open(app.url, 'q=a');
      await expect(search.hint).toBeVisible();
      await expectNoAxeViolations(page, 'sökningen med en hint');
      await search.topBarField.focus();
      await expectNoAxeViolations(page, 'sökfältet i toppraden i fokus');
    });
  });
}

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the results page fits, and the top bar field opens over the bar while in use', async ({ page, app }) => {
    const search = new SearchPage(page);
    await search.open(app.url, 'q=avtal');
    const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
    expect(widths.content).toBeLessThanOrEqual(widths.window);
    await page.keyboard.press('Control+K');
    const box = await search.topBarField.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(250);
    await page.keyboard.type('samverkan');
    await page.keyboard.press('Enter');
    await search.waitUntilReady();
    await expect(search.count).toHaveText(/för ”samverkan”/);
  });
});
