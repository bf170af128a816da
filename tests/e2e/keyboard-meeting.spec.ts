import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { BlockNodeJson } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, test } from './fixtures';
import { typeScript } from './keys';
import { AttendancePage } from './pages/AttendancePage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// Issue 18, point 6: a whole meeting with the keyboard alone (WCAG 2.1.1,
// 2.1.2, 2.4.3). No click, no fill, no mouse: every control is reached with
// Tab (or Shift+Tab) the way a secretary without a mouse reaches it, so a
// control Tab never reaches, a trap, or focus lost to the page fails here.

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has focus; fails if it
 * is not reached within `max` presses. Focus falling to the page on the way
 * is allowed only when the whole page has been passed (the browser's wrap).
 */
async function tabTo(page: Page, target: Locator, what: string, { back = false, max = 300 } = {}): Promise<void> {
  await expect(target, `${what} finns på sidan`).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${what} nås inte med ${back ? 'Skift+Tabb' : 'Tabb'} (${max} tryck).`);
}

/** The words of a stored bullet list's items, in order. */
function listItems(blocks: BlockNodeJson[]): string[] {
  const list = blocks.find((b) => b.type === 'list');
  if (list?.type !== 'list') return [];
  return list.children.map((item) => item.children.map((child) => (child.type === 'text' ? child.text : '')).join(''));
}

test('a whole meeting with the keyboard alone: create it, attendance, notes with a list, a standpoint, a task, export', async ({
  page,
  app,
}) => {
  // A long walk through four views on a busy machine; each step waits on the app's own signals.
  test.setTimeout(240_000);
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  if (!psn) throw new Error('Demodatan saknar PSN.');

  const start = new StartPage(page);
  await start.open(app.url);
  await page.locator('body').focus();

  // Nytt möte on PSN's card: the date field takes focus, Enter creates the meeting.
  await tabTo(page, start.newMeetingButton(psn.name), 'Nytt möte för PSN');
  await page.keyboard.press('Enter');
  const dateField = start.body(psn.name).getByRole('form', { name: /^Nytt möte/ }).getByLabel('Datum', { exact: true });
  await expect(dateField).toBeFocused();
  await typeScript(page, '[ControlOrMeta+A]2027-02-11[Enter]');
  await expect(page).toHaveURL(/#\/meeting\/\d+$/);
  const meetingId = Number(/#\/meeting\/(\d+)$/.exec(page.url())?.[1]);
  const created = await app.api('meetings:get', { id: meetingId });
  expect(created).toMatchObject({ bodyId: psn.id, date: '2027-02-11', status: 'draft' });
  const meeting = new MeetingPage(page);
  await meeting.waitUntilReady(created.title);

  // Närvaro: the first three persons with the status keys; focus moves on by itself after each.
  await tabTo(page, page.getByRole('navigation', { name: 'Mötet' }).getByRole('link', { name: 'Närvaro' }), 'fliken Närvaro');
  await page.keyboard.press('Enter');
  const attendance = new AttendancePage(page);
  await attendance.waitUntilReady();
  const names = (await attendance.names()).slice(0, 3);
  expect(names).toHaveLength(3);
  await tabTo(page, attendance.search, 'Sök person');
  await page.keyboard.press('ArrowDown');
  await expect(attendance.row(names[0]!)).toBeFocused();
  await page.keyboard.press('n');
  await expect(attendance.row(names[1]!)).toBeFocused();
  await page.keyboard.press('l');
  await expect(attendance.row(names[2]!)).toBeFocused();
  await page.keyboard.press('f');
  await attendance.waitUntilSaved();
  await attendance.expectStatus(names[0]!, 'Närvarande');
  await attendance.expectStatus(names[1]!, 'Med på länk');
  await attendance.expectStatus(names[2]!, 'Förhinder');

  // Back to the document, and a new item last on the agenda.
  await tabTo(page, page.getByRole('navigation', { name: 'Mötet' }).getByRole('link', { name: 'Anteckningar' }), 'fliken Anteckningar', {
    back: true,
  });
  await page.keyboard.press('Enter');
  await meeting.waitUntilReady(created.title);
  await tabTo(page, meeting.agenda.getByRole('button', { name: '+ Ny punkt' }), '+ Ny punkt');
  await page.keyboard.press('Enter');
  const title = 'Budget för 2027';
  await expect(page.locator('[data-item-id] .item-title-input:focus')).toHaveCount(1);
  await page.keyboard.type(title);
  await meeting.waitUntilAgendaSaved();
  const item = page.getByRole('region', { name: new RegExp(`^\\d+\\. ${title}$`) });

  // Notes with a bulleted list ("- " starts it); Tab in the middle of an item's words leaves the notes.
  const notes = item.getByRole('textbox', { name: new RegExp(`^Anteckningar för punkt \\d+\\. ${title}$`) });
  await tabTo(page, notes, `anteckningarna för ${title}`);
  await typeScript(page, 'Förvaltningen redovisade två förändringar:[Enter]- Kostnaderna ökar med tre procent[Enter]Intäkterna är oförändrade');
  await page.keyboard.press('Tab');
  await expect(notes).not.toBeFocused();
  await expect(page.locator('body')).not.toBeFocused();
  await meeting.waitUntilSaved();

  // The standpoint, then a task, each reached with Tab.
  const standpoint = item.getByRole('textbox', { name: `Ställningstagande för ${title}`, exact: true });
  await tabTo(page, standpoint, `Ställningstagande för ${title}`);
  await page.keyboard.type('Samverkansnämnden noterar informationen.');
  const tasks = item.getByRole('group', { name: /^Uppdrag för punkt / });
  await tabTo(page, tasks.getByRole('button', { name: '+ Nytt uppdrag' }), '+ Nytt uppdrag');
  await page.keyboard.press('Enter');
  const task = tasks.getByRole('textbox', { name: /^Uppdrag, punkt / });
  await expect(task).toBeFocused();
  await page.keyboard.type('Ta fram ett förslag till budget');
  await page.keyboard.press('Tab');
  await expect(page.locator('body')).not.toBeFocused();
  await meeting.waitUntilAgendaSaved();

  // Exportera → HTML: the menu opens on its first format, arrows move, Enter exports.
  const exportBar = page.getByRole('region', { name: 'Export' });
  await tabTo(page, exportBar.getByRole('button', { name: /Exportera/ }), 'Exportera');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Word \(DOCX\)/ })).toBeFocused();
  const html = page.getByRole('button', { name: /^HTML Webbsida/ });
  for (let presses = 0; presses < 5 && !(await html.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(html).toBeFocused();
  await page.keyboard.press('Enter');
  const done = exportBar.locator('.export-done');
  await expect(done).toContainText('HTML-filen är sparad', { timeout: 30_000 });
  // The menu it was in has gone: focus is back on "Exportera", not lost to the page.
  await expect(exportBar.getByRole('button', { name: /Exportera/ })).toBeFocused();

  // What she would check: everything is stored, and the exported file has it.
  const stored = await app.api('meetings:get', { id: meetingId });
  const attended = Object.fromEntries(stored.calledPersons.map((p) => [p.name, p.attendance.status]));
  expect(names.map((n) => attended[n])).toEqual(['present', 'remote', 'excused']);
  const storedItem = stored.agenda.find((i) => i.title === title);
  expect(storedItem, 'den nya punkten är sparad').toBeDefined();
  expect(listItems(storedItem!.notes?.root.children ?? [])).toEqual(['Kostnaderna ökar med tre procent', 'Intäkterna är oförändrade']);
  expect(notesToPlainText(storedItem!.notes)).toContain('Förvaltningen redovisade två förändringar:');
  expect(storedItem!.standpoint).toBe('Samverkansnämnden noterar informationen.');
  expect(stored.tasks).toEqual([expect.objectContaining({ itemId: storedItem!.id, what: 'Ta fram ett förslag till budget' })]);
  const file = readFileSync((await done.getAttribute('data-export-path')) ?? '', 'utf8');
  expect(file).toMatch(/<li[^>]*>\s*Kostnaderna ökar med tre procent\s*<\/li>/);
  expect(file).toContain('Samverkansnämnden noterar informationen.');
  expect(file).toContain('Ta fram ett förslag till budget');
});
