import { markableCount, unmarkedCalledPersons } from '../../shared/model/attendance';
import type { Meeting } from '../../shared/model/domain';
import { expect, test, type RunningApp } from './fixtures';
import { upcomingPsn } from './demo-meetings';
import { AttendancePage } from './pages/AttendancePage';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';
import { ReviewRoundPart } from './pages/ReviewRoundPart';

/**
 * Nobody marked is not the same as present: where the minutes leave the
 * secretary's hands she is told how many are unmarked, with one action that
 * marks the rest present (one step to undo). And a pasted "Kallade" list
 * keeps its "(förhindrad)" for the meeting.
 */

/** Yesterday, so the meeting has been held whatever day the test runs. */
function yesterday(): string {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function heldPsnMeeting(app: RunningApp): Promise<Meeting> {
  const { meeting } = await upcomingPsn(app);
  const { title, subtitle, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName } = meeting;
  const header = { title, subtitle, date: yesterday(), startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName };
  await app.api('meetings:updateHeader', { id: meeting.id, header });
  return app.api('meetings:get', { id: meeting.id });
}

test('the unmarked called persons are pointed out at "Skicka för justering", at approval and at export, and one action marks the rest present', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const meeting = await heldPsnMeeting(app);
  const unmarked = unmarkedCalledPersons(meeting.calledPersons).length;
  const total = markableCount(meeting.calledPersons);
  expect(unmarked).toBeGreaterThan(10);
  const said = `${unmarked} av ${total} kallade har ingen närvaro markerad.`;

  const view = new MeetingPage(page);
  await view.open(app.url, meeting);

  // Beside "Skicka för justering".
  const reviewBar = page.getByRole('region', { name: 'Justering' });
  await expect(reviewBar.getByRole('button', { name: 'Skicka för justering' })).toBeVisible();
  await expect(reviewBar.locator('[data-unmarked-notice="review"]')).toContainText(said);
  // And inside the dialog it opens, where the choice to send is made.
  const sending = new ReviewRoundPart(page);
  await sending.openDialog();
  await expect(sending.dialog.locator('[data-unmarked-notice="review"]')).toContainText(said);
  await page.keyboard.press('Escape');
  await expect(sending.dialog).toHaveCount(0);

  // At approval, with what it means.
  await reviewBar.getByRole('button', { name: 'Markera som justerad' }).click();
  const approve = page.getByRole('dialog', { name: 'Markera som justerad' });
  await expect(approve.locator('[data-unmarked-notice="approve"]')).toContainText(`${said} Efter justeringen kan närvaron inte ändras.`);
  await expect(approve.getByRole('button', { name: 'Markera övriga som närvarande' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(approve).toHaveCount(0);

  // At export: the action, in the menu.
  const exportBar = page.getByRole('region', { name: 'Export' });
  await exportBar.getByRole('button', { name: /Exportera/ }).click();
  const menu = page.getByRole('list', { name: 'Exportera som' });
  const exportNotice = menu.locator('[data-unmarked-notice="export"]');
  await expect(exportNotice).toContainText(said);
  await exportNotice.getByRole('button', { name: 'Markera övriga som närvarande' }).click();
  await expect(exportNotice.getByRole('status')).toHaveText(`${unmarked} kallade markerade som närvarande.`);
  await expect(exportNotice.getByRole('button', { name: 'Ångra' })).toBeFocused();
  await expect(reviewBar.locator('[data-unmarked-notice]')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Närvaro i siffror' }).locator('[data-status="unmarked"]')).toHaveCount(0);
  const marked = await app.api('meetings:get', { id: meeting.id });
  expect(unmarkedCalledPersons(marked.calledPersons)).toEqual([]);
  // Guests are printed as presenters, not in the attendance: left as they were.
  for (const guest of marked.calledPersons.filter((p) => p.kind === 'guest')) expect(guest.attendance.status).toBe('unmarked');

  // Ångra takes it all back in one step.
  await exportNotice.getByRole('button', { name: 'Ångra' }).click();
  await expect(reviewBar.locator('[data-unmarked-notice="review"]')).toContainText(said);
  expect(unmarkedCalledPersons((await app.api('meetings:get', { id: meeting.id })).calledPersons)).toHaveLength(unmarked);
  await page.keyboard.press('Escape');

  // The same action from the review bar, then sent for review.
  await reviewBar.getByRole('button', { name: 'Markera övriga som närvarande' }).click();
  await expect(reviewBar.locator('[data-unmarked-notice="review"]').getByRole('status')).toHaveText(
    `${unmarked} kallade markerade som närvarande.`,
  );
  await new ReviewRoundPart(page).send(['Birgitta Sjöholm']);
  await expect(reviewBar).toHaveAttribute('data-review-status', 'review');
  const sent = await app.api('meetings:get', { id: meeting.id });
  expect(sent.status).toBe('review');
  expect(unmarkedCalledPersons(sent.calledPersons)).toEqual([]);
});

test('the board marks the rest present with one button, Ctrl+Z takes all of it back, and moving on after a status key can be turned off', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const meeting = await heldPsnMeeting(app);
  const unmarked = countUnmarkedOnBoard(meeting);
  const [first, second] = meeting.calledPersons.filter((p) => p.kind === 'member' && !p.vacant);
  const board = new AttendancePage(page);
  await board.open(app.url, meeting.id);
  await expect(board.count('unmarked')).toHaveText(String(unmarked));

  await board.markRest.click();
  await expect(board.count('unmarked')).toHaveText('0');
  await expect(board.markRest).toHaveCount(0);
  await expect(board.undoButton).toBeFocused();
  await board.waitUntilSaved();
  await board.expectStatus(first!.name, 'Närvarande');

  await page.keyboard.press('Control+z');
  await expect(board.count('unmarked')).toHaveText(String(unmarked));
  await board.waitUntilSaved();
  await board.expectStatus(first!.name, null);
  expect(unmarkedCalledPersons((await app.api('meetings:get', { id: meeting.id })).calledPersons)).toHaveLength(
    unmarkedCalledPersons(meeting.calledPersons).length,
  );

  // Off, and remembered: a status key then leaves the focus on the person.
  await board.advanceOption.uncheck();
  await page.reload();
  await board.waitUntilReady();
  await expect(board.advanceOption).not.toBeChecked();
  await board.row(first!.name).focus();
  await page.keyboard.press('n');
  await board.expectStatus(first!.name, 'Närvarande');
  await expect(board.row(first!.name)).toBeFocused();
  await board.advanceOption.check();
  await board.row(first!.name).focus();
  await page.keyboard.press('l');
  await expect(board.row(second!.name)).toBeFocused();
  await board.waitUntilSaved();
});

/** "Ej markerade" on the board: everyone in a seat not yet marked, guests included. */
function countUnmarkedOnBoard(meeting: Meeting): number {
  return meeting.calledPersons.filter((p) => !p.vacant && p.attendance.status === 'unmarked').length;
}

test('a "Kallade" list with "(förhindrad)" pasted into a body without sides becomes its roster, and the marks reach the meeting', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const psn = await app.api('bodies:get', { id: app.bodies.find((b) => b.shortName === 'PSN')!.id });
  const created = await app.api('bodies:create', {
    settings: { ...psn, name: 'Styrgrupp för samverkan i Strandby', shortName: 'SGS', formalName: 'Styrgruppen SGS' },
  });
  expect(created.sides).toEqual([]);
  const { id: meetingId } = await app.api('meetings:createFromBody', { bodyId: created.id, date: '2027-02-04' });

  const body = new BodyPage(page);
  await body.open(app.url, created.id, created.name);
  await body.openPasteDialog();
  const dialog = body.pasteDialog;
  await expect(dialog.getByLabel('Lägg till i kategori')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Lägg till i kategori').locator('option:checked')).toHaveText('Ledamöter (ny kategori)');
  await dialog
    .getByLabel('Rader att klistra in')
    .fill(
      [
        'Kallade',
        'Anna Berg (S), Strandby kommun, ordförande',
        'Per Ek (M), Strandby kommun (förhindrad)',
        'Lisa Holm (C), Region Norrvik (med på länk)',
        'Nils Bark, socialchef (förhindrad)',
        'Eva Lund, Region Norrvik',
      ].join('\n'),
    );
  await expect(body.previewRow(3)).toContainText('förhindrad');
  await expect(body.previewRow(4)).toContainText('med på länk');
  const offer = dialog.getByRole('checkbox', { name: 'Markera 2 som förhindrade och 1 som med på länk i mötet 4 februari 2027' });
  await expect(offer).toBeChecked();
  await expect(dialog).toContainText('5 personer på listan är inte kallade till mötet och läggs till bland dess kallade.');
  await dialog.getByRole('button', { name: 'Lägg till 5 personer' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(page.getByRole('status').filter({ hasText: 'I mötet 4 februari 2027' })).toHaveText(
    'I mötet 4 februari 2027: 3 markerade, 5 tillagda bland de kallade. Visa närvaron',
  );
  await body.waitUntilSaved();
  expect(await body.memberNames('Ledamöter')).toEqual(['Anna Berg', 'Per Ek', 'Lisa Holm', 'Nils Bark', 'Eva Lund']);
  const stored = await app.api('bodies:get', { id: created.id });
  expect(stored.sides.map((s) => [s.name, s.categories.map((c) => c.name)])).toEqual([['', ['Ledamöter']]]);

  const called = (await app.api('meetings:get', { id: meetingId })).calledPersons;
  expect(called.map((p) => [p.name, p.categoryName, p.attendance.status])).toEqual([
    ['Anna Berg', 'Ledamöter', 'unmarked'],
    ['Per Ek', 'Ledamöter', 'excused'],
    ['Lisa Holm', 'Ledamöter', 'remote'],
    ['Nils Bark', 'Ledamöter', 'excused'],
    ['Eva Lund', 'Ledamöter', 'unmarked'],
  ]);

  // On the meeting's board, and one Ctrl+Z takes the pasted marks back.
  await page.getByRole('link', { name: 'Visa närvaron' }).click();
  const board = new AttendancePage(page);
  await board.waitUntilReady();
  await board.expectStatus('Per Ek', 'Förhinder');
  await board.expectStatus('Lisa Holm', 'Med på länk');
  await board.expectStatus('Nils Bark', 'Förhinder');
  await page.keyboard.press('Control+z');
  await expect(board.count('unmarked')).toHaveText('5');
  await board.waitUntilSaved();
});
