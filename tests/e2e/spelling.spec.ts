import type { Page } from '@playwright/test';
import { numberAgenda } from '../../shared/model/agenda';
import { expectNoAxeViolations } from './axe';
import { draftItemOnNewParagraph, expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
import { SpellingPart } from './pages/SpellingPart';
import { WordListPart } from './pages/WordListPart';

// Issue 23: Swedish spelling in the notes, offline, by Hunspell in a web
// worker. Unknown words are underlined without touching the text; the menu
// (keyboard or right-click) replaces, adds to the body's word list or
// ignores. Everything here is done with the keyboard unless the test is
// about the mouse. Any CSP violation (of the page or the worker) fails a test.

test.slow();

/** Collects every CSP violation of the page, and console errors that report one (the worker's too). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

/** PSN's draft item in live mode, the caret on a new paragraph after its (correct) notes. */
async function openNotes(page: Page, app: RunningApp) {
  const violations = await watchCsp(page);
  const opened = await draftItemOnNewParagraph(page, app);
  const spelling = new SpellingPart(page, opened.live.notes, page.locator('.live-item'));
  return { ...opened, spelling, violations };
}

const TYPOS = 'Vi hade en refleksion om samanträde med tjänstepersonner.';

test('flags exactly the three misspellings, in a worker that runs under the CSP, and not the demo notes before them', async ({ page, app }) => {
  const { spelling, violations } = await openNotes(page, app);
  // The item's demo notes are correct Swedish: nothing is underlined in them.
  await spelling.expectUnderlined([]);
  await page.keyboard.type(TYPOS);
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  expect(await spelling.paintedWords()).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/spelling-worker.js');
  // The browser's own checker is off on the editor: one checker, the same on every platform.
  await expect(spelling.editor).toHaveAttribute('spellcheck', 'false');
  expect(violations).toEqual([]);
});

test('the underline stays on its words when the text around them is made bold (Lexical makes new DOM for it)', async ({ page, app }) => {
  const { spelling } = await openNotes(page, app);
  await page.keyboard.type(TYPOS);
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+b');
  await expect(spelling.editor.locator('strong, b').first()).toContainText('refleksion');
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  await expect.poll(() => spelling.paintedWords()).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
});

test('the word being typed is not flagged until the caret leaves it', async ({ page, app }) => {
  const { spelling } = await openNotes(page, app);
  // The finished word before it shows that the text was checked with the caret in "samanträde".
  await page.keyboard.type('En refleksion och ett samanträde');
  await spelling.expectUnderlined(['refleksion']);
  await page.keyboard.type(' till');
  await spelling.expectUnderlined(['refleksion', 'samanträde']);
});

test('the menu by keyboard: "reflektion" first, replacing removes the underline, Ctrl+Z brings the typo and its underline back', async ({ page, app }) => {
  const { spelling, live, violations } = await openNotes(page, app);
  await page.keyboard.type(TYPOS);
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);

  // Alt+F7 from the end of the text starts over at the first underlined word.
  await spelling.openNext('refleksion');
  expect((await spelling.items())[0]).toBe('reflektion');
  await expect(spelling.item('reflektion')).toBeFocused();
  await expect(spelling.item('Lägg till i ordlistan')).toBeVisible();
  await expect(spelling.item('Ignorera')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(spelling.menu).toBeHidden();
  await expect(live.notes).toBeFocused();
  await expect(live.notes).toContainText('Vi hade en reflektion om samanträde');
  await spelling.expectUnderlined(['samanträde', 'tjänstepersonner']);
  await expect.poll(() => spelling.paintedWords()).toEqual(['samanträde', 'tjänstepersonner']);

  await page.keyboard.press('Control+z');
  await expect(live.notes).toContainText('Vi hade en refleksion om samanträde');
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  await expect.poll(() => spelling.paintedWords()).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);

  // Arrows move through the items; Escape closes the menu and returns to the word.
  await spelling.openNext('samanträde');
  await expect(spelling.item('sammanträde')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(spelling.item('Ignorera')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(spelling.menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(spelling.menu).toBeHidden();
  await expect(live.notes).toBeFocused();
  // The caret is at the word: Shift+F10 opens its menu again.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu', { name: 'Stavning: samanträde' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(violations).toEqual([]);
});

test('roster names are known; "Lägg till i ordlistan" puts the word in the body\'s list, unflagged here and after a reload', async ({ page, app }) => {
  const { summary, spelling, live } = await openNotes(page, app);
  // Amra Begić is in PSN's roster; Hunspell alone flags "Amra" and "Begić" (spelling-editor-worker.test.ts).
  await page.keyboard.type('Amra Begić och Leila Haddad presenterade Qzarnekmodellen.');
  await spelling.expectUnderlined(['Qzarnekmodellen']);

  await spelling.openNext('Qzarnekmodellen');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(spelling.item('Lägg till i ordlistan')).toBeFocused();
  await page.keyboard.press('Enter');
  await spelling.expectUnderlined([]);
  await expect(live.notes).toBeFocused();
  // Alt+F7 with nothing underlined says so (politely), and the caret stays.
  await page.keyboard.press('Alt+F7');
  await expect(page.locator('.live-item [aria-live="polite"]', { hasText: 'Inga stavfel i anteckningarna.' })).toBeAttached();
  await expect(live.notes).toBeFocused();
  const context = await app.api('spelling:context', { meetingId: summary.id });
  expect((await app.api('spelling:bodyWords', { bodyId: context.bodyId })).words).toContain('Qzarnekmodellen');

  await live.waitNotesSaved();
  await page.reload();
  await live.waitUntilReady();
  await expect(live.notes).toContainText('presenterade Qzarnekmodellen.');
  await spelling.expectUnderlined([]);
});

test('a word taken off the body\'s Ordlista in the settings is flagged again when the notes are opened again, in the same window', async ({ page, app }) => {
  const { summary, item, spelling, live } = await openNotes(page, app);
  await page.keyboard.type('Vi prövar Qzarnekmodellen.');
  await spelling.expectUnderlined(['Qzarnekmodellen']);
  await spelling.openNext('Qzarnekmodellen');
  await spelling.item('Lägg till i ordlistan').focus();
  await page.keyboard.press('Enter');
  await spelling.expectUnderlined([]);
  await live.waitNotesSaved();

  // The same window goes to the body's settings (no reload), takes the word off, and comes back.
  const { bodyId } = await app.api('spelling:context', { meetingId: summary.id });
  // In-app navigation, as the links do (a page.goto would load the app afresh: the URL has lost its token).
  const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  const list = new WordListPart(page);
  await go(`#/body/${bodyId}`);
  await list.waitUntilReady();
  await list.removeButton('Qzarnekmodellen').focus();
  await page.keyboard.press('Enter');
  await expect(list.removeButton('Qzarnekmodellen')).toHaveCount(0);
  await go(`#/meeting/${summary.id}/live/${item.id}`);
  await live.waitUntilReady();
  await spelling.expectUnderlined(['Qzarnekmodellen']);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('"Ignorera" unflags the word everywhere for the session, by right-click too', async ({ page, app }) => {
  const { spelling, live } = await openNotes(page, app);
  await page.keyboard.type('Xqrtva här och Xqrtva där, men refleksion.');
  await spelling.expectUnderlined(['Xqrtva', 'Xqrtva', 'refleksion']);

  // The browser's own menu gives way to the spelling menu on an underlined word.
  await spelling.editor.getByText('Xqrtva där').click({ button: 'right', position: { x: 8, y: 8 } });
  await expect(page.getByRole('menu', { name: 'Stavning: Xqrtva' })).toBeVisible();
  await expect(spelling.menu.getByRole('menuitem').first()).toHaveText('Inga förslag');
  await spelling.item('Ignorera').click();
  await spelling.expectUnderlined(['refleksion']);

  // The next item of the meeting, in the same session: still ignored there.
  const firstItem = await live.root.getAttribute('data-live-item');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(live.root).not.toHaveAttribute('data-live-item', firstItem ?? '');
  await live.typeAtEnd(' Xqrtva och samanträde.');
  await spelling.expectUnderlined(['samanträde']);
});

test('with live spelling turned off nothing is flagged, and the choice is kept', async ({ page, app }) => {
  const { spelling } = await openNotes(page, app);
  await page.keyboard.type(TYPOS);
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  await expect(spelling.toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(spelling.toggle).toHaveAttribute('title', /Alt\+F7/);

  await spelling.toggle.click();
  await expect(spelling.toggle).toHaveAttribute('aria-pressed', 'false');
  await spelling.expectState('off');
  await expect(spelling.editor).toHaveAttribute('data-spelling-unknown', '');
  expect(await page.evaluate(() => localStorage.getItem('anteckna.spelling.live'))).toBe('off');
  await spelling.editor.press('End');
  await page.keyboard.type(' Ett nytt samanträde.');
  await spelling.expectState('off');
  await expect(spelling.editor).toHaveAttribute('data-spelling-unknown', '');

  await spelling.toggle.click();
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner', 'samanträde']);
});

test('correct Swedish compounds and inflections are not flagged', async ({ page, app }) => {
  const { spelling } = await openNotes(page, app);
  // The misspelling at the end shows the text was checked.
  await page.keyboard.type('Hälso- och sjukvårdsavtalet, regionbildningsavtalet och ställningstagandena, men samanträde.');
  await spelling.expectUnderlined(['samanträde']);
});

test('in the meeting view among thirty items the menu opens whole and on top of the notes, at the word', async ({ page, app }) => {
  await watchCsp(page);
  const { summary } = await psnDraftItem(app);
  const agenda = (await app.api('meetings:get', { id: summary.id })).agenda;
  const entry = numberAgenda(agenda).find((e) => e.depth === 0 && !e.item.standing)!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const notes = meeting.notes(entry.label, entry.item.title);
  const spelling = new SpellingPart(page, notes, meeting.item(entry.label, entry.item.title));
  await notes.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(TYPOS);
  await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
  await spelling.openNext('refleksion');
  // Next to the word: just below it, or just above it when the word is near the window's bottom edge.
  const word = await notes.evaluate(
    () =>
      ([...(CSS.highlights.get('anteckna-stavning')?.values() ?? [])] as Range[])
        .find((range) => range.toString() === 'refleksion')
        ?.getBoundingClientRect()
        .toJSON() as DOMRect | undefined,
  );
  const menu = await spelling.menu.boundingBox();
  if (!word || !menu) throw new Error('Ordet eller menyn saknas.');
  const below = Math.abs(menu.y - word.bottom) < 40;
  const above = Math.abs(word.top - (menu.y + menu.height)) < 40;
  expect(below || above, `menyn ${menu.y}–${menu.y + menu.height}, ordet ${word.top}–${word.bottom}`).toBe(true);
});

for (const width of [1280, 440]) {
  test(`axe at ${width} px with underlined words and with the spelling menu open`, async ({ page, app }) => {
    await page.setViewportSize({ width, height: 900 });
    const { spelling } = await openNotes(page, app);
    await page.keyboard.type(TYPOS);
    await spelling.expectUnderlined(['refleksion', 'samanträde', 'tjänstepersonner']);
    await expectNoAxeViolations(page, `anteckningar med understrukna ord (${width} px)`);
    await spelling.openNext('refleksion');
    const box = await spelling.menu.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    await expectNoAxeViolations(page, `stavningsmenyn öppen (${width} px)`);
  });
}

test('without its dictionary the notes work as before: nothing underlined, no error shown', async ({ page, app }) => {
  await page.route('**/spelling/sv.dic', (route) => route.fulfill({ status: 404, body: 'Hittades inte.' }));
  const { spelling, live } = await openNotes(page, app);
  await page.keyboard.type(TYPOS);
  await spelling.expectState('unavailable');
  await expect(spelling.editor).toHaveAttribute('data-spelling-unknown', '');
  await expect(live.notes).toContainText(TYPOS);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Said quietly, where one looks for it: the Stavning button's title.
  await expect(spelling.toggle).toHaveAttribute('title', /ordlistan kunde inte läsas in/);
  await live.waitNotesSaved();
});
