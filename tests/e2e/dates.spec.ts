import type { Page } from '@playwright/test';
import { numberAgenda } from '../../shared/model/agenda';
import { demoDraft, expect, type RunningApp, test } from './fixtures';
import { DateFieldPart } from './pages/DateFieldPart';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// Issue 15, points 3 and 5: one Swedish date field everywhere, read the same
// whatever the computer's locale, with the calendar usable from the keyboard;
// a wrong date stays as typed, with its message, and the save status says so.

// Wednesday 2 December 2026, so "fredag" and "19/12" mean the same every run.
const TODAY = new Date('2026-12-02T10:00:00');

async function openDraft(page: Page, app: RunningApp) {
  const { summary, before } = await demoDraft(app);
  const entry = numberAgenda(before.agenda).find((e) => e.depth === 0 && e.label === '4');
  if (!entry) throw new Error('Utkastet saknar punkt 4.');
  await page.clock.setFixedTime(TODAY);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  return { meeting, summary, item: meeting.item('4', entry.item.title) };
}

/** A new task on item 4 with a "what", saved; its "Senast" field. */
async function newTask(page: Page, app: RunningApp, what: string) {
  const opened = await openDraft(page, app);
  const tasks = opened.item.getByRole('group', { name: /^Uppdrag för punkt 4\./ });
  await tasks.getByRole('button', { name: '+ Nytt uppdrag' }).click();
  await tasks.getByRole('textbox', { name: 'Uppdrag, punkt 4.' }).last().fill(what);
  await opened.meeting.waitUntilAgendaSaved();
  const row = tasks.locator('li.task').last();
  const stored = async () => (await app.api('meetings:get', { id: opened.summary.id })).tasks.find((t) => t.what === what)?.deadline;
  return { ...opened, row, deadline: new DateFieldPart(page, row, 'Senast'), stored };
}

test('every form a Swede types into the task deadline, at full speed, is stored as the day it means', async ({ page, app }) => {
  test.slow();
  const { meeting, deadline, stored } = await newTask(page, app, 'Skicka förslag på namn');
  const forms: [string, string][] = [
    ['2026-12-19', '2026-12-19'],
    ['19/12 2027', '2027-12-19'],
    ['19/12-26', '2026-12-19'],
    ['19 december 2027', '2027-12-19'],
    ['19 dec', '2026-12-19'],
    ['20270105', '2027-01-05'],
    ['261219', '2026-12-19'],
    ['idag', '2026-12-02'],
    ['imorgon', '2026-12-03'],
    ['fredag', '2026-12-04'],
    ['nästa fredag', '2026-12-11'],
    // 1 December has passed this year: a deadline means the next one.
    ['1/12', '2027-12-01'],
    ['19/12', '2026-12-19'],
  ];
  for (const [typed, iso] of forms) {
    await deadline.type(typed);
    // Written out as the date it was read as, and stored as that day.
    await expect(deadline.input, typed).toHaveValue(iso);
    await deadline.expectNoError();
    await expect.poll(stored, { message: typed }).toBe(iso);
    await meeting.waitUntilAgendaSaved();
  }
  await expect(meeting.saveStatus).toHaveText('Sparat');
});

test('a deadline is picked in the calendar with the keyboard alone: Swedish months, Monday first, arrows, Page Down, Enter, Escape', async ({
  page,
  app,
}) => {
  test.slow();
  const { meeting, item, deadline, stored } = await newTask(page, app, 'Boka lokal');
  await deadline.input.focus();
  await page.keyboard.press('Tab');
  await expect(deadline.calendarButton).toBeFocused();
  await page.keyboard.press('Enter');

  // Opens on today, in Swedish whatever the browser's language, weeks from Monday.
  await expect(deadline.calendar).toHaveAccessibleName('december 2026');
  await expect(deadline.calendar.getByRole('columnheader').nth(1)).toHaveAccessibleName('måndag');
  await expect(deadline.day('onsdag 2 december 2026')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(deadline.day('fredag 4 december 2026')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect(deadline.calendar).toHaveAccessibleName('januari 2027');
  await expect(deadline.day('måndag 11 januari 2027')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(deadline.calendar).toHaveCount(0);
  await expect(deadline.calendarButton).toBeFocused();
  await expect(deadline.input).toHaveValue('2027-01-11');
  await expect.poll(stored).toBe('2027-01-11');
  await meeting.waitUntilAgendaSaved();

  // Escape closes without changing anything and gives focus back; Alt+Down opens it from the text.
  await page.keyboard.press('Enter');
  await expect(deadline.day('måndag 11 januari 2027')).toBeFocused();
  await expect(deadline.day('måndag 11 januari 2027')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(deadline.calendar).toHaveCount(0);
  await expect(deadline.calendarButton).toBeFocused();
  await expect(deadline.input).toHaveValue('2027-01-11');
  await deadline.input.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(deadline.day('måndag 11 januari 2027')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Escape');
  await expect(deadline.calendar).toHaveCount(0);
  // Alt+↓ opened the calendar; it did not move the agenda item ("4." is still this item).
  await expect(item).toBeVisible();
  await expect(page.locator('input[type="date"]')).toHaveCount(0);
});

test('"31/2" stays as typed with its message at the field, the save status says it is not saved, and it is still there after leaving the page', async ({
  page,
  app,
}) => {
  test.slow();
  const { meeting, summary, deadline, stored } = await newTask(page, app, 'Skicka underlag');
  await deadline.type('19/12');
  await expect.poll(stored).toBe('2026-12-19');
  await meeting.waitUntilAgendaSaved();

  await deadline.type('31/2');
  await expect(deadline.input).toHaveValue('31/2');
  await deadline.expectError('Den 31 februari finns inte.');
  await expect(meeting.saveStatus).toHaveAttribute('data-save-state', 'error');
  await expect(meeting.saveStatus).toHaveText('Ett fält har fel värde – inte sparat');
  await expect(meeting.saveStatus).not.toHaveText(/Sparat/);
  expect(await stored()).toBe('2026-12-19');

  // Approving would freeze the minutes with the wrong value thrown away: refused, with the field named.
  await meeting.reviewBar.getByRole('button', { name: 'Markera som justerad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Markera som justerad' });
  await dialog.getByLabel('Namn', { exact: true }).fill('Tilda Ås');
  // The meeting was on 3 December; the day of approval is read as the nearest 3/12.
  await new DateFieldPart(page, dialog, 'Datum för justering').type('3/12');
  await dialog.getByRole('button', { name: 'Markera som justerad' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Fältet Senast har ett värde som inte är sparat. Rätta det innan mötesanteckningen markeras som justerad.',
  );
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await meeting.expectStatus('draft');

  // Away to the meeting list: still not "Sparat", and "Visa" brings her back to the field, as she left it.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Möten' }).click();
  await new StartPage(page).waitUntilReady();
  await expect(meeting.saveStatus).toHaveText('Ett fält har fel värde – inte sparat');
  await page.getByRole('button', { name: 'Visa fältet Senast' }).click();
  await meeting.waitUntilReady(summary.title);
  await expect(deadline.input).toBeFocused();
  await expect(deadline.input).toHaveValue('31/2');
  await deadline.expectError('Den 31 februari finns inte.');

  // Fixed: stored, the message gone, "Sparat" again.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('28/2');
  await page.keyboard.press('Tab');
  await deadline.expectNoError();
  await expect(deadline.input).toHaveValue('2027-02-28');
  await expect.poll(stored).toBe('2027-02-28');
  await meeting.waitUntilAgendaSaved();
  await expect(meeting.saveStatus).toHaveText('Sparat');
  await expect(page.getByRole('button', { name: /^Visa fältet/ })).toHaveCount(0);
});

test('the meeting date and the approval date are the same Swedish field; the header form keeps a wrong date open until it is fixed', async ({
  page,
  app,
}) => {
  test.slow();
  const { meeting, summary } = await openDraft(page, app);
  const form = await meeting.editHeader();
  const date = new DateFieldPart(page, form, 'Datum');

  // A meeting's own date without a year is this year's.
  await date.type('3 mars');
  await expect(date.input).toHaveValue('2026-03-03');
  await expect.poll(async () => (await app.api('meetings:get', { id: summary.id })).date).toBe('2026-03-03');
  await meeting.waitUntilAgendaSaved();

  // Wrong, then Escape: the form does not close and throw it away.
  await date.input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('30/2');
  await page.keyboard.press('Escape');
  await expect(meeting.headerForm).toBeVisible();
  await date.expectError('Den 30 februari finns inte.');
  await expect(date.input).toBeFocused();
  await expect(meeting.saveStatus).toHaveText('Ett fält har fel värde – inte sparat');
  await form.getByRole('button', { name: 'Klar' }).click();
  await expect(meeting.headerForm).toBeVisible();
  expect((await app.api('meetings:get', { id: summary.id })).date).toBe('2026-03-03');

  await date.type('3/12');
  await date.expectNoError();
  await expect.poll(async () => (await app.api('meetings:get', { id: summary.id })).date).toBe('2026-12-03');
  await meeting.waitUntilAgendaSaved();
  await form.getByRole('button', { name: 'Klar' }).click();
  await expect(meeting.headerForm).toHaveCount(0);
  await expect(meeting.headerValue('date')).toHaveText('3 december 2026');

  // The approval dialog: no native date input, and "idag" is read in Swedish too.
  await meeting.reviewBar.getByRole('button', { name: 'Markera som justerad' }).click();
  const dialog = page.getByRole('dialog', { name: 'Markera som justerad' });
  await expect(dialog.locator('input[type="date"]')).toHaveCount(0);
  const approved = new DateFieldPart(page, dialog, 'Datum för justering');
  await expect(approved.input).toHaveValue('2026-12-02');
  await approved.type('i övermorgon');
  await expect(approved.input).toHaveValue('2026-12-04');
  await approved.type('31/11');
  await approved.expectError('Den 31 november finns inte.');
  // Escape in its calendar closes the calendar, not the dialog.
  await approved.calendarButton.click();
  await expect(approved.calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(approved.calendar).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await meeting.expectStatus('draft');
});
