import { expect, test } from './fixtures';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';

test('the meeting header saves as it changes; an end time before the start time is refused at the field and nothing is stored', async ({
  page,
  app,
}) => {
  test.slow();
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
  const end = form.getByLabel('Sluttid');
  const earlier = `${String(Number(before.startTime.slice(0, 2)) - 1).padStart(2, '0')}.00`;
  await end.fill(earlier);
  await end.blur();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await end.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('Sluttiden måste vara efter starttiden.');
  await expect(meeting.saveStatus).toHaveText('Ett fält har fel värde – inte sparat');

  // An impossible date is refused the same way, as soon as the field is left.
  await form.getByLabel('Datum').fill('2026-02-30');
  await form.getByLabel('Datum').blur();
  await expect(form.getByLabel('Datum')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Den 30 februari finns inte.')).toBeVisible();
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

  // A valid change saves by itself – no "Spara" – including "Vid anteckningarna".
  const again = await meeting.editHeader();
  await expect(again.getByRole('button', { name: 'Spara' })).toHaveCount(0);
  await again.getByLabel('Vid anteckningarna').fill('Maria Sekreterare');
  await again.getByLabel('Plats').fill('Sal 3, Regionens hus');
  await meeting.waitUntilAgendaSaved();
  await page.reload();
  await meeting.waitUntilReady(summary.title);
  await expect(meeting.headerValue('place')).toHaveText('Sal 3, Regionens hus');
  await expect(page.locator('[data-signature="secretary"]')).toContainText(/Vid anteckningarna:\s*Maria Sekreterare/);
  expect(await app.api('meetings:get', { id: summary.id })).toMatchObject({
    secretaryName: 'Maria Sekreterare',
    place: 'Sal 3, Regionens hus',
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
  // Not a green "Sparat" in the top bar while a value waits to be fixed.
  await expect(page.getByRole('status', { name: 'Sparstatus' })).toHaveText('Ett fält har fel värde – inte sparat');

  // A planned date added out of order lands in its place.
  await bodyPage.field('Nytt datum').fill('2027-02-30');
  await page.getByRole('button', { name: 'Lägg till datum' }).click();
  await expect(bodyPage.field('Nytt datum')).toHaveAttribute('aria-invalid', 'true');
  await bodyPage.field('Nytt datum').fill('2027-03-04');
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
