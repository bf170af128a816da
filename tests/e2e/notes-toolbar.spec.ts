import type { Page } from '@playwright/test';
import type { NotesDocument } from '../../shared/notes/schema';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { LivePage } from './pages/LivePage';

// The notes toolbar as the secretary uses it: formats and blocks by mouse,
// the buttons by arrow keys (one tab stop), and a link through its form,
// which refuses an address the app will not open.

test.slow();

async function storedNotes(app: RunningApp, meetingId: number, itemId: number): Promise<NotesDocument> {
  const meeting = await app.api('meetings:get', { id: meetingId });
  const notes = meeting.agenda.find((i) => i.id === itemId)?.notes;
  if (!notes) throw new Error('Punkten saknar sparade anteckningar.');
  return notes;
}

/** Every node of the stored notes, depth first. */
function nodes(notes: NotesDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    out.push(node as Record<string, unknown>);
    for (const child of ((node as { children?: unknown[] }).children ?? [])) walk(child);
  };
  walk(notes.root);
  return out;
}

/** Live mode at PSN's draft item: its notes and their toolbar. */
async function openLiveToolbar(page: Page, app: RunningApp) {
  const { summary, item } = await psnDraftItem(app);
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  const toolbar = page.locator('.live-item').getByRole('toolbar', { name: /^Formatering för punkt / });
  const button = (name: string) => toolbar.getByRole('button', { name, exact: true });
  /** The caret in a new paragraph at the end of the notes. */
  const newParagraph = async () => {
    await live.notes.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
  };
  return { summary, item, live, button, newParagraph };
}

test('the toolbar makes bold text, a sub-heading and a bullet list, and shows them pressed where the caret is', async ({ page, app }) => {
  const { summary, item, live, button, newParagraph } = await openLiveToolbar(page, app);
  await newParagraph();

  await button('Rubrik').click();
  await expect(button('Rubrik')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Beslut i korthet');
  await page.keyboard.press('Enter');
  await expect(button('Rubrik')).toHaveAttribute('aria-pressed', 'false');

  await button('Fet').click();
  await expect(button('Fet')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Viktigt');
  await button('Fet').click();
  await page.keyboard.press('Enter');
  await button('Punktlista').click();
  await expect(button('Punktlista')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Första punkten');
  await live.waitNotesSaved();

  const stored = nodes(await storedNotes(app, summary.id, item.id));
  expect(stored).toContainEqual(expect.objectContaining({ type: 'heading', tag: 'h3' }));
  expect(stored.find((n) => n.type === 'heading')).toMatchObject({ children: [expect.objectContaining({ text: 'Beslut i korthet' })] });
  expect(stored).toContainEqual(expect.objectContaining({ type: 'text', text: 'Viktigt', format: 1 }));
  expect(stored).toContainEqual(expect.objectContaining({ type: 'list', listType: 'bullet' }));
  expect(stored).toContainEqual(expect.objectContaining({ type: 'text', text: 'Första punkten' }));
});

test('arrow keys, Home and End move between the toolbar’s buttons, which are one tab stop', async ({ page, app }) => {
  const { button } = await openLiveToolbar(page, app);
  await button('Rubrik').focus();
  await page.keyboard.press('ArrowRight');
  await expect(button('Fet')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // The last button turns live spelling on and off (issue 23).
  await expect(button('Stavning')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(button('Tabell')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button('Rubrik')).toBeFocused();
  await page.keyboard.press('End');
  await expect(button('Stavning')).toBeFocused();
  const tabStops = page.getByRole('toolbar', { name: /^Formatering för punkt / }).locator('button[tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
  await expect(tabStops).toHaveAccessibleName('Stavning');
});

test('a link is made through the link form, which says at the field why an address is refused', async ({ page, app }) => {
  const { summary, item, live, button, newParagraph } = await openLiveToolbar(page, app);
  await newParagraph();

  const linkButton = button('Länk');
  await linkButton.click();
  await expect(linkButton).toHaveAttribute('aria-expanded', 'true');
  const address = page.getByRole('textbox', { name: 'Länkadress' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Infoga länk' }).click();
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription('Länken måste börja med http://, https:// eller mailto: och ha en adress.');
  await expect(address).toBeFocused();

  await address.fill('https://www.regionnorrvik.se/psn');
  await page.keyboard.press('Enter');
  await expect(address).toBeHidden();
  await expect(live.notes).toBeFocused();
  await expect(live.notes.getByRole('link', { name: 'https://www.regionnorrvik.se/psn' })).toBeVisible();
  await live.waitNotesSaved();
  expect(nodes(await storedNotes(app, summary.id, item.id))).toContainEqual(
    expect.objectContaining({ type: 'link', url: 'https://www.regionnorrvik.se/psn' }),
  );

  // Away from the link the button opens the form again (in the link, a press
  // would remove it), and Esc closes the form without a link.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await expect(linkButton).toHaveAttribute('aria-pressed', 'false');
  await linkButton.click();
  await expect(address).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(address).toBeHidden();
  await expect(live.notes).toBeFocused();
});
