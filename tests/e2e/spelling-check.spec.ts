import type { Page } from '@playwright/test';
import { notes, paragraph } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { expectNoAxeViolations } from './axe';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { SpellingCheckPage } from './pages/SpellingCheckPage';

// Issue 23, point 3: "Stavningskontroll" of the whole meeting before export.

/** PSN's draft with slips: in one item's notes, the next item's title and standpoint. */
async function misspeltDraft(app: RunningApp) {
  const { summary, item } = await psnDraftItem(app);
  const meeting = await app.api('meetings:get', { id: summary.id });
  const next = meeting.agenda.find((i) => i.parentId === null && i.position > item.position && !i.standing)!;
  await app.api('notes:save', {
    meetingId: summary.id,
    itemId: item.id,
    notes: notes(paragraph('Vi hade en refleksion om samanträde.'), paragraph('En till refleksion om tjänstepersonner.')),
  });
  await app.api('agenda:update', { meetingId: summary.id, itemId: next.id, patch: { title: `Samanträde om ${next.title}` } });
  await app.api('standpoint:save', { meetingId: summary.id, itemId: next.id, standpoint: 'PSN ställer sig bakom efter refleksion.' });
  return { summary, item, next };
}

async function approve(app: RunningApp, meetingId: number): Promise<void> {
  await app.api('review:set', { meetingId, status: 'approved', reviewers: [{ name: 'Anna Ordförande', role: 'PSN ordförande' }], approvedOn: '2026-12-10' });
}

/** The same slips, the minutes then approved as they are. */
async function misspeltApproved(app: RunningApp) {
  const { summary } = await misspeltDraft(app);
  await approve(app, summary.id);
  return summary;
}

async function liveText(page: Page): Promise<string> {
  return page.locator('.spelling-check [aria-live="polite"]').innerText();
}

test('keyboard only: from the export menu, replace one, replace all and add to the word list; focus and count follow', async ({ page, app }) => {
  const { summary, item, next } = await misspeltDraft(app);
  const meetingPage = new MeetingPage(page);
  await meetingPage.open(app.url, summary);
  const check = new SpellingCheckPage(page);
  await check.openFromExportMenuByKeyboard();
  await expect(page).toHaveTitle(/^Stavningskontroll – PSN 3 december 2026/);

  expect(await check.words()).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
  await expect(check.word('refleksion').locator('.spelling-word-count')).toHaveText('3 gånger');
  await expect(check.items('refleksion')).toContainText([item.title, `Samanträde om ${next.title}`]);
  await expect(check.replacement('refleksion')).toHaveValue('reflektion');
  const before = await check.count.innerText();

  // "Ersätt": the first place only; focus stays on the word, its count drops, nothing said about the count (unchanged).
  await check.replacement('refleksion').focus();
  await page.keyboard.press('Tab');
  await expect(check.button('refleksion', 'Ersätt')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(check.word('refleksion').locator('.spelling-word-count')).toHaveText('2 gånger');
  await expect(check.wordHeading('refleksion')).toBeFocused();
  await expect.poll(() => liveText(page)).toBe('”refleksion” ersatt med ”reflektion” på 1 ställe.');
  await expect(check.count).toHaveText(before);

  // "Ersätt alla": the word leaves the list, focus moves to the next word, the new count is said.
  await check.replacement('samanträde').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(check.button('samanträde', 'Ersätt alla')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(check.word('samanträde')).toHaveCount(0);
  await expect(check.wordHeading('tjänstepersonner')).toBeFocused();
  await expect.poll(() => liveText(page)).toMatch(/på 2 ställen\. \d+ okända ord$/);

  // "Lägg till i ordlistan": kept in the body's list, gone from the check.
  await check.button('tjänstepersonner', 'Lägg till i ordlistan').focus();
  await page.keyboard.press('Enter');
  await expect(check.word('tjänstepersonner')).toHaveCount(0);
  await expect.poll(() => liveText(page)).toContain('tillagt i ordlistan');
  const { bodyId } = await app.api('spelling:context', { meetingId: summary.id });
  expect((await app.api('spelling:bodyWords', { bodyId })).words).toContain('tjänstepersonner');

  const after = await app.api('meetings:get', { id: summary.id });
  expect(notesToPlainText(after.agenda.find((i) => i.id === item.id)!.notes)).toBe(
    'Vi hade en reflektion om sammanträde.\nEn till refleksion om tjänstepersonner.',
  );
  expect(after.agenda.find((i) => i.id === next.id)!.title).toBe(`Sammanträde om ${next.title}`);

  // An item's link opens the meeting at the item.
  await check.items('refleksion').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}\\?`));
});

test('approved minutes: the list is shown, replacing is off with the reason, adding to the list still works', async ({ page, app }) => {
  const approved = await misspeltApproved(app);
  const check = new SpellingCheckPage(page);
  await check.open(app.url, approved.id);
  await expect(check.frozenReason).toContainText('Mötesanteckningen är justerad');
  const [first] = await check.words();
  expect(first).toBe('refleksion');
  await expect(check.button(first!, 'Ersätt')).toBeDisabled();
  await expect(check.button(first!, 'Ersätt alla')).toBeDisabled();
  await expect(check.replacement(first!)).toHaveCount(0);
  await check.button(first!, 'Lägg till i ordlistan').focus();
  await page.keyboard.press('Enter');
  await expect(check.word(first!)).toHaveCount(0);
});

test('axe at 1280 and 440 px, draft and approved', async ({ page, app }) => {
  const { summary } = await misspeltDraft(app);
  const check = new SpellingCheckPage(page);
  for (const width of [1280, 440]) {
    await page.setViewportSize({ width, height: 900 });
    await check.open(app.url, summary.id);
    await expectNoAxeViolations(page, `Stavningskontroll, utkast, ${width} px`);
  }
  await approve(app, summary.id);
  for (const width of [1280, 440]) {
    await page.setViewportSize({ width, height: 900 });
    await check.open(app.url, summary.id);
    await expect(check.frozenReason).toContainText('Mötesanteckningen är justerad');
    await expectNoAxeViolations(page, `Stavningskontroll, justerad, ${width} px`);
  }
});

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways and the actions stay in sight', async ({ page, app }) => {
    const { summary } = await misspeltDraft(app);
    const check = new SpellingCheckPage(page);
    await check.open(app.url, summary.id);
    const widths = await page.evaluate(() => ({ content: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
    expect(widths.content).toBeLessThanOrEqual(widths.window);
    const box = await check.button('refleksion', 'Lägg till i ordlistan').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  });
});
