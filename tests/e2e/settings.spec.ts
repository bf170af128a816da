import { expect, test } from './fixtures';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';

test('an end time before the start time in the meeting header is refused at the field and nothing is stored', async ({
  page,
  app,
}) => {
  const summary = app.meetings.find((m) => m.status === 'draft');
  if (!summary) throw new Error('Demodatan saknar ett utkast.');
  const before = await app.api('meetings:get', { id: summary.id });
  const meeting = new MeetingPage(page);
  await page.goto(`${app.url}#/meeting/${summary.id}`);
  await meeting.waitUntilReady(summary.title);
  const timeBefore = await meeting.headerValue('time').textContent();

  let writes = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/meetings:updateHeader') writes += 1;
  });

  const form = await meeting.editHeader();
  await form.getByLabel('Starttid').fill('14.00');
  await form.getByLabel('Sluttid').fill('13.00');
  await form.getByRole('button', { name: 'Spara' }).click();
  const end = form.getByLabel('Sluttid');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toBeFocused();
  const describedBy = await end.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Sluttiden måste vara efter starttiden.');

  // An impossible date is refused the same way, as soon as the field is left.
  await form.getByLabel('Datum').fill('2026-02-30');
  await form.getByLabel('Datum').blur();
  await expect(form.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Datumet finns inte i kalendern.')).toBeVisible();
  expect(writes).toBe(0);

  await page.reload();
  await meeting.waitUntilReady(summary.title);
  await expect(meeting.headerValue('time')).toHaveText(timeBefore ?? '');
  const after = await app.api('meetings:get', { id: summary.id });
  expect({ start: after.startTime, end: after.endTime, date: after.date }).toEqual({
    start: before.startTime,
    end: before.endTime,
    date: before.date,
  });
});

test('body settings are saved as they change, an invalid value is refused at the field, planned dates stay sorted', async ({
  page,
  app,
}) => {
  const summary = app.bodies.find((b) => b.shortName === 'PSN');
  if (!summary) throw new Error('Demodatan saknar PSN.');
  const bodyPage = new BodyPage(page);
  await bodyPage.open(app.url, summary.id, summary.name);

  await bodyPage.field('Dokumentets titel').fill('Minnesanteckningar PSN');
  await bodyPage.field('Dokumentets titel').blur();
  await page.getByRole('radio', { name: /^Sifferdatum/ }).check();
  await bodyPage.waitUntilSaved();

  // Invalid: the end before the start. Shown at the field, nothing stored.
  const end = bodyPage.field('Sluttid (TT.MM)');
  await end.fill('12.00');
  await end.blur();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await end.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Sluttiden måste vara efter starttiden.');
  await expect(bodyPage.view).toHaveAttribute('data-body-state', 'invalid');

  // A planned date added out of order lands in its place.
  await bodyPage.field('Nytt datum (ÅÅÅÅ-MM-DD)').fill('2027-02-30');
  await page.getByRole('button', { name: 'Lägg till datum' }).click();
  await expect(bodyPage.field('Nytt datum (ÅÅÅÅ-MM-DD)')).toHaveAttribute('aria-invalid', 'true');
  await bodyPage.field('Nytt datum (ÅÅÅÅ-MM-DD)').fill('2027-03-04');
  await page.getByRole('button', { name: 'Lägg till datum' }).click();
  const dates = page.getByRole('list', { name: 'Planerade mötesdatum' }).getByRole('listitem');
  await expect(dates.nth(3)).toHaveAttribute('data-date', '2027-03-04');

  await end.fill('15.30');
  await end.blur();
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  await bodyPage.waitUntilSaved();

  const stored = await app.api('bodies:get', { id: summary.id });
  expect(stored).toMatchObject({ documentTitle: 'Minnesanteckningar PSN', dateStyle: 'iso', defaultEndTime: '15.30' });
  expect(stored.plannedDates.map((d) => d.date)).toEqual([...stored.plannedDates.map((d) => d.date)].sort());
  expect(stored.plannedDates.map((d) => d.date)).toContain('2027-03-04');

  await page.reload();
  await bodyPage.waitUntilReady(summary.name);
  await expect(bodyPage.field('Dokumentets titel')).toHaveValue('Minnesanteckningar PSN');
  await expect(bodyPage.field('Sluttid (TT.MM)')).toHaveValue('15.30');
});
