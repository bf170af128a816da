import type { Browser, Page } from '@playwright/test';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { LivePage } from './pages/LivePage';

/**
 * Two windows on the same item of one browser host. Two browser contexts
 * share no Web Locks (like two browsers, or Electron and a page): both can
 * write, and the host's revision check refuses the save that would overwrite
 * the other's text. Two tabs of one browser share the lock: the second is
 * read-only until the first lets go.
 */

async function storedNotes(app: RunningApp, meetingId: number, itemId: number): Promise<string> {
  return notesToPlainText((await app.api('notes:get', { meetingId, itemId })).notes);
}

async function savedCopies(app: RunningApp, meetingId: number, itemId: number): Promise<[string, string][]> {
  const copies = await app.api('notes:copies', { meetingId, itemId });
  return copies.map((c) => [c.why, notesToPlainText(c.notes)]);
}

/** A page of its own browser context, as the `page` fixture is made. */
async function pageInAnotherContext(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  return context.newPage();
}

test('two windows without a shared lock: the later save is refused, both texts are kept, and either choice works', async ({
  page,
  browser,
  app,
}) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const first = new LivePage(page);
  const second = new LivePage(await pageInAnotherContext(browser));
  await first.open(app.url, summary.id, item.id);
  await second.open(app.url, summary.id, item.id);
  await expect(first.notes).toBeFocused();
  await expect(second.notes).toBeFocused();

  await first.typeAtEnd(' Från det första fönstret.');
  await first.waitNotesSaved();

  // The second window's text started from the revision before: refused, kept, and the choice is offered.
  const refused = second.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/notes:save');
  await second.typeAtEnd(' Från det andra fönstret.');
  expect(await (await refused).json()).toMatchObject({ ok: false, error: { code: 'conflict', field: 'baseRevision' } });
  await expect(second.conflictBar).toContainText('Punkten har ändrats i ett annat fönster');
  await expect(second.notes).toContainText('Från det andra fönstret.');
  await expect(second.page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'error');
  await expect(second.page.locator('[data-save-state]')).not.toHaveText('Sparat');
  expect(await storedNotes(app, summary.id, item.id)).toContain('Från det första fönstret.');
  expect(await storedNotes(app, summary.id, item.id)).not.toContain('Från det andra fönstret.');

  // She can read the saved text before choosing.
  await second.conflictBar.getByRole('button', { name: 'Visa den sparade texten' }).click();
  await expect(second.conflictBar).toContainText('Den sparade texten (från det andra fönstret)');
  await expect(second.conflictBar.locator('.notes-copy-text')).toContainText('Från det första fönstret.');

  // "Behåll min text": hers is stored, the first window's is kept as earlier text, the caret is back in the notes.
  await second.conflictBar.getByRole('button', { name: 'Behåll min text' }).click();
  await expect(second.conflictBar).toHaveCount(0);
  await expect(second.notes).toBeFocused();
  await second.waitNotesSaved();
  const secondText = await storedNotes(app, summary.id, item.id);
  expect(secondText).toContain('Från det andra fönstret.');
  expect(secondText).not.toContain('Från det första fönstret.');
  expect(await savedCopies(app, summary.id, item.id)).toEqual([['replacedByMine', expect.stringContaining('Från det första fönstret.')]]);
  await second.earlierTexts.click();
  await expect(second.page.locator('.live-item [data-notes-copy="replacedByMine"]')).toContainText('Från det första fönstret.');

  // The first window writes on from its old revision: refused in turn; it takes the saved text.
  await first.typeAtEnd(' Andra raden.');
  await expect(first.conflictBar).toBeVisible();
  await first.conflictBar.getByRole('button', { name: 'Använd den sparade texten' }).click();
  await expect(first.conflictBar).toHaveCount(0);
  await expect(first.notes).toBeFocused();
  await expect(first.notes).toContainText('Från det andra fönstret.');
  await expect(first.notes).not.toContainText('Andra raden.');
  await first.waitNotesSaved();
  expect(await savedCopies(app, summary.id, item.id)).toEqual([
    ['replacedByMine', expect.stringContaining('Från det första fönstret.')],
    ['setAsideForSaved', expect.stringContaining('Andra raden.')],
  ]);
  await expect(first.earlierTexts).toHaveText('Tidigare text (2)');

  // And it saves on from the text it took.
  await first.typeAtEnd(' Till sist.');
  await first.waitNotesSaved();
  const last = await storedNotes(app, summary.id, item.id);
  expect(last).toContain('Från det andra fönstret.');
  expect(last).toContain('Till sist.');
  await second.page.context().close();
});

test('two tabs of one browser: the second is read-only while the first writes, and takes over with the newest text when it closes', async ({
  page,
  app,
}) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const first = new LivePage(page);
  await first.open(app.url, summary.id, item.id);
  await expect(first.notes).toBeFocused();
  await expect(page.locator('.live-item [data-notes-lock]')).toHaveAttribute('data-notes-lock', 'held');

  const second = new LivePage(await page.context().newPage());
  await second.open(app.url, summary.id, item.id);
  await expect(second.lockNote).toContainText('Punkten är öppen för skrivning i ett annat fönster');
  await expect(second.notes).toHaveAttribute('contenteditable', 'false');

  // The first tab writes on; its text is saved.
  await first.typeAtEnd(' Skrivet i den första fliken.');
  await first.waitNotesSaved();

  // The first tab closes: the second gets the item, with the newest saved text, and can write.
  await page.close();
  await expect(second.lockNote).toHaveCount(0);
  await expect(second.notes).toHaveAttribute('contenteditable', 'true');
  await expect(second.notes).toContainText('Skrivet i den första fliken.');
  await second.typeAtEnd(' Och i den andra.');
  await second.waitNotesSaved();
  await expect(second.conflictBar).toHaveCount(0);
  const stored = await storedNotes(app, summary.id, item.id);
  expect(stored).toContain('Skrivet i den första fliken. Och i den andra.');
  expect(await savedCopies(app, summary.id, item.id)).toEqual([]);
});
