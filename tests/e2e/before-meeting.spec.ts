import { readFileSync } from 'node:fs';
import { expect, test, type RunningApp } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { AttendancePage } from './pages/AttendancePage';
import { BeforeMeetingPart } from './pages/BeforeMeetingPart';
import { BodyPage } from './pages/BodyPage';
import { readCalendar } from '../integration/calendar-support';
import { localDate } from '../../shared/format/clock';
import { formatDayMonth } from '../../shared/format/date';

// Issue 21, points 3–5: e-mail addresses in the roster, förhinder recorded before the meeting, the year's dates.

function psn(app: RunningApp) {
  const body = app.bodies.find((b) => b.shortName === 'PSN');
  if (!body) throw new Error('Demodatan saknar PSN.');
  return body;
}

test('a roster person\'s e-mail address: a wrong one gets its message at the field and is not saved, a right one is', async ({ page, app }) => {
  test.slow();
  const summary = psn(app);
  const bodyPage = new BodyPage(page);
  await bodyPage.open(app.url, summary.id, summary.name);
  const first = (await bodyPage.memberNames('Kommunpolitiker'))[0]!;
  const field = bodyPage.member('Kommunpolitiker', first).getByRole('textbox', { name: 'E-post', exact: true });

  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('eva.berg');
  await page.keyboard.press('Tab');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('Skriv e-postadressen som namn@exempel.se.');
  await expect(bodyPage.view).toHaveAttribute('data-body-state', 'invalid');
  await expectNoAxeViolations(page, 'medlemslistan med en felaktig e-postadress');
  const stored = async () =>
    (await app.api('bodies:get', { id: summary.id })).sides.flatMap((s) => s.categories.flatMap((c) => c.members)).find((m) => m.name === first)!.email;
  expect(await stored()).not.toBe('eva.berg');

  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('eva.berg@strandby.example');
  await page.keyboard.press('Tab');
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await bodyPage.waitUntilSaved();
  expect(await stored()).toBe('eva.berg@strandby.example');
});

test('förhinder before the meeting: marked with F it is dated, the expected count follows, and Undo takes it back', async ({ page, app }) => {
  test.slow();
  const summary = psn(app);
  // A meeting well ahead: replies to the kallelse are coming in.
  const { id } = await app.api('meetings:createFromBody', { bodyId: summary.id, date: '2099-01-21' });
  const meeting = await app.api('meetings:get', { id });
  const called = meeting.calledPersons.filter((p) => !p.vacant && p.kind !== 'guest').length;
  const name = meeting.calledPersons.find((p) => !p.vacant)!.name;

  const board = new AttendancePage(page);
  const before = new BeforeMeetingPart(page);
  await board.open(app.url, id);
  await before.expectExpected(called, called, 0, called);

  await board.row(name).focus();
  await page.keyboard.press('f');
  await board.waitUntilSaved();
  const today = formatDayMonth(localDate(new Date()));
  await expect(before.reported(board.row(name))).toHaveText(`förhinder anmält ${today}`);
  await board.expectState(name, `Förhinder, anmält ${today}`);
  await before.expectExpected(called - 1, called, 1, called - 1);
  expect((await app.api('meetings:get', { id })).calledPersons.find((p) => p.name === name)!.attendance.reportedOn).toBe(localDate(new Date()));
  await expectNoAxeViolations(page, 'närvarotavlan före mötet med ett anmält förhinder');

  await page.keyboard.press('ControlOrMeta+z');
  await board.waitUntilSaved();
  await expect(before.reported(board.row(name))).toHaveCount(0);
  await before.expectExpected(called, called, 0, called);
});

test('the year\'s dates: a calendar file from the keyboard, replaced after asking, and the sentence as a standpoint phrase', async ({ page, app }) => {
  test.slow();
  const summary = psn(app);
  const bodyPage = new BodyPage(page);
  const part = new BeforeMeetingPart(page);
  await bodyPage.open(app.url, summary.id, summary.name);
  const body = await app.api('bodies:get', { id: summary.id });
  const year = Math.min(...body.plannedDates.map((d) => Number(d.date.slice(0, 4))).filter((y) => y > new Date().getFullYear()));
  const dates = body.plannedDates.filter((d) => d.date.startsWith(`${year}-`));
  await expect(part.yearDates).toHaveAttribute('data-year', String(year));
  await expect(part.yearDates).toContainText(`Mötesdatum ${year}: `);

  const save = part.yearButton(`Spara kalenderfil för ${year}`);
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(part.yearStatus).toContainText(`Kalenderfilen med ${dates.length} möten är sparad`);
  const path = await part.yearStatus.locator('[data-calendar-path]').getAttribute('data-calendar-path');
  expect(path).toMatch(new RegExp(`Mötesdatum PSN ${year}\\.ics$`));
  const calendar = readCalendar(path!);
  expect(calendar.method).toBe('PUBLISH');
  expect(calendar.events.length).toBe(dates.length);
  await expectNoAxeViolations(page, 'kalenderfilen sparad');

  // Again: the file is there, so the secretary is asked first.
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(part.replaceDialog).toBeVisible();
  await expectNoAxeViolations(page, 'frågan om att ersätta kalenderfilen');
  await part.replaceDialog.getByRole('button', { name: 'Ersätt filen' }).click();
  await expect(part.replaceDialog).toHaveCount(0);
  await expect(part.yearStatus).toContainText('är sparad');
  expect(readFileSync(path!, 'utf8')).toContain('BEGIN:VCALENDAR');

  const sentence = (await part.yearDates.locator('.year-dates-sentence').textContent())!;
  await part.yearButton('Lägg till som ställningstagande-mall').focus();
  await page.keyboard.press('Enter');
  await expect(part.yearStatus).toContainText(`Mallen ”Mötesdatum ${year}” finns nu bland ställningstagande-mallarna`);
  const library = page.locator('[data-template-library]');
  await expect(library).toContainText(sentence);
  const templates = await app.api('templates:list', { bodyId: summary.id });
  expect(templates.filter((t) => t.label === `Mötesdatum ${year}`).map((t) => t.text)).toEqual([sentence]);

  // The same year once more replaces the phrase rather than adding a second.
  await page.keyboard.press('Enter');
  await expect(part.yearStatus).toContainText('är uppdaterad');
  expect((await app.api('templates:list', { bodyId: summary.id })).filter((t) => t.label === `Mötesdatum ${year}`)).toHaveLength(1);
});

test('an invitee added on the board gets an e-mail address; a wrong one is explained at the field', async ({ page, app }) => {
  const summary = psn(app);
  const { id } = await app.api('meetings:createFromBody', { bodyId: summary.id, date: '2099-01-21' });
  const board = new AttendancePage(page);
  await board.open(app.url, id);

  await page.getByRole('button', { name: 'Lägg till inbjuden' }).click();
  const invite = page.getByRole('form', { name: 'Lägg till inbjuden' });
  await page.keyboard.type('Sofia Rask');
  const email = invite.getByRole('textbox', { name: /^E-post/ });
  await email.focus();
  await page.keyboard.type('sofia.rask');
  await page.keyboard.press('Enter');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription('Skriv e-postadressen som namn@exempel.se.');

  await page.keyboard.type('@region.example');
  await page.keyboard.press('Enter');
  await expect(board.row('Sofia Rask')).toBeFocused();
  const stored = await app.api('meetings:get', { id });
  expect(stored.calledPersons.find((p) => p.name === 'Sofia Rask')).toMatchObject({ kind: 'invitee', email: 'sofia.rask@region.example' });
});
