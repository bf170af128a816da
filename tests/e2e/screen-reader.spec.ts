import { groupPersons } from '../../shared/model/attendance';
import { refuseCalls } from './refuse';
import type { Page } from '@playwright/test';
import { expect, psnDraftItem, test, type RunningApp } from './fixtures';
import { recordAnnouncements, takeAnnouncements } from './announcements';
import { headingLevels } from './ax-tree';
import { upcomingPsn } from './demo-meetings';
import { AttendancePage } from './pages/AttendancePage';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';

// Issue 18, point 5: a screen reader hears errors and the person's new status, nothing else.

test('typing notes is not talked over by "Sparar … Sparat"; a failed save is announced once', async ({ page, app }) => {
  await recordAnnouncements(page);
  const { summary, item } = await psnDraftItem(app);
  const live = new LivePage(page);
  await live.openOnNewParagraph(app.url, summary.id, item.id);
  await takeAnnouncements(page);

  await page.keyboard.type('Förslaget presenterades.');
  await live.waitNotesSaved();
  await page.keyboard.type(' Frågor togs upp.');
  await live.waitNotesSaved();
  expect(await takeAnnouncements(page)).toEqual([]);

  await refuseCalls(page, 'notes:save');
  await page.keyboard.type(' Beslut fattades.');
  const meeting = new MeetingPage(page);
  await expect(meeting.saveStatus).toHaveAttribute('data-save-state', 'error');
  const message = (await meeting.saveStatus.textContent())?.trim() ?? '';
  await expect(meeting.saveAlert).toHaveText(message);
  const said = await takeAnnouncements(page);
  expect(said.filter((s) => s.includes(message))).toHaveLength(1);
  expect(said.join(' ')).not.toMatch(/Sparar|Sparat/);
});

/** The upcoming PSN meeting's board, focus on its first member's row, announcements recorded from here on. */
async function onFirstPersonOfTheBoard(page: Page, app: RunningApp): Promise<{ board: AttendancePage; name: string }> {
  await recordAnnouncements(page);
  const { summary, members } = await upcomingPsn(app);
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);
  const name = members[0]!.name;
  await board.row(name).focus();
  await takeAnnouncements(page);
  return { board, name };
}

test('an attendance key is announced once, as the person and the new status', async ({ page, app }) => {
  const { board, name } = await onFirstPersonOfTheBoard(page, app);

  await page.keyboard.press('l');
  await board.waitUntilSaved();
  await board.expectStatus(name, 'Med på länk');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  expect(await takeAnnouncements(page)).toEqual([`${name}: Med på länk.`]);
});

test('the attendance board is a grid, so a screen reader lets the letter keys through, and its help says so', async ({ page, app }) => {
  const { summary, members, meeting } = await upcomingPsn(app);
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);
  const grid = page.getByRole('grid', { name: 'Kallade' });
  await expect(grid).toBeVisible();
  const first = members[0]!;
  const [group] = groupPersons(meeting.calledPersons);
  await expect(grid.getByRole('rowgroup', { name: `${group!.side}: ${group!.category}` })).toBeVisible();
  // The row's name is the person (with party) and the state, as a screen reader says it on the row.
  const rowNamed = (state: string) => grid.getByRole('row', { name: new RegExp(`^${first.name}( \\(\\w+\\))?, ${state}$`) });
  const row = rowNamed('Ej markerad');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toContainText(first.name);
  await expect(row.getByRole('gridcell').getByRole('radiogroup', { name: `Närvaro för ${first.name}` })).toBeVisible();
  const vacant = meeting.calledPersons.filter((p) => p.vacant).length;
  await expect(grid.getByRole('row', { name: 'Vakant' })).toHaveCount(vacant);
  await expect(page.locator('.board-keys')).toContainText('Med skärmläsare är listan ett rutnät: tangenterna går direkt till raden, utan att du byter läge.');

  await row.focus();
  await page.keyboard.press('f');
  await board.waitUntilSaved();
  await expect(rowNamed('Förhinder')).toHaveCount(1);
});

test('a failed attendance save is announced once, by the board, after the key\'s own answer', async ({ page, app }) => {
  const { board, name } = await onFirstPersonOfTheBoard(page, app);

  await refuseCalls(page, 'attendance:set');
  await page.keyboard.press('n');
  await expect(board.board).toHaveAttribute('data-attendance-state', 'error');
  await expect(board.row(name)).toContainText('Inte sparat: Databasen är låst.');
  // The key is answered at once; then the failure, once (not also by the row and the header).
  expect(await takeAnnouncements(page)).toEqual([
    `${name}: Närvarande.`,
    `Närvaron för ${name} kunde inte sparas: Databasen är låst. Raden visar det som är sparat.`,
  ]);
});

test('a heading in the notes sits one level below its item heading, in live mode and in the meeting', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app);
  const live = new LivePage(page);
  await live.openOnNewParagraph(app.url, summary.id, item.id);
  await page.locator('.live-item').getByRole('toolbar', { name: /^Formatering för punkt / }).getByRole('button', { name: 'Rubrik', exact: true }).click();
  await page.keyboard.type('Beslut i korthet');
  await live.waitNotesSaved();
  // Live mode: the item is the page's h1.
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(item.title) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beslut i korthet' })).toBeVisible();
  await expect.poll(() => headingLevels(page, 'Beslut i korthet')).toEqual([2]);

  // The meeting: a main item is an h3, so its note heading is a fourth level.
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const section = page.locator(`[data-item-id="${item.id}"]`).first();
  await expect(section.getByRole('heading', { level: 3, name: new RegExp(item.title) })).toBeVisible();
  // Near the screen, the plain placeholder of the notes is replaced by the editor: wait for its heading.
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('heading', { name: 'Beslut i korthet' })).toBeVisible();
  await expect.poll(() => headingLevels(page, 'Beslut i korthet')).toEqual([4]);
});

test('no empty, English-named menu is left in the page for a screen reader to find', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app);
  const live = new LivePage(page);
  await live.openOnNewParagraph(app.url, summary.id, item.id);
  await page.keyboard.type('/');
  await expect(page.getByRole('listbox', { name: 'Infoga block' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Infoga block' })).toHaveCount(0);
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await new MeetingPage(page).open(app.url, summary);
  await expect(page.getByRole('listbox', { name: 'Typeahead menu' })).toHaveCount(0);
});
