import { numberAgenda } from '../../shared/model/agenda';
import { demoDraft, expect, test } from './fixtures';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';

test('the meeting header saves as it changes; an end time before the start time is refused at the field and nothing is stored', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, before } = await demoDraft(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
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
  test.slow();
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
  await expect(page.locator('[data-save-state]')).toHaveText('Ett fält har fel värde – inte sparat');
  // Away to the start page and back: her text and its message are still there.
  await page.getByRole('link', { name: 'Möten', exact: true }).click();
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(page.locator('[data-save-state]')).toHaveText('Ett fält har fel värde – inte sparat');
  await page.goBack();
  await bodyPage.waitUntilReady(summary.name);
  await expect(end).toHaveValue('12.00');
  await expect(end).toHaveAttribute('aria-invalid', 'true');

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

test('"Så skrivs anteckningen": plain headings, no Dagordning heading, title before organisation and a plural name show in the meeting view and the preview as set', async ({
  page,
  app,
}) => {
  test.slow();
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.status === 'draft');
  if (!psn || !summary) throw new Error('Demodatan saknar PSN:s utkast.');
  const meetingBefore = await app.api('meetings:get', { id: summary.id });
  const entries = numberAgenda(meetingBefore.agenda);
  const first = entries[0]!;
  const sub = entries.find((e) => e.depth === 1)!;

  const bodyPage = new BodyPage(page);
  await bodyPage.open(app.url, psn.id, psn.name);
  const layout = bodyPage.layoutSettings;
  const numbered = layout.getByRole('checkbox', { name: 'Numrerade punkter' });
  await expect(numbered).toBeChecked();
  await expect(page.locator(`[id="${await numbered.getAttribute('aria-describedby')}"]`)).toHaveText('4. Budget 2027 · a) Förslag till beslut');
  await numbered.uncheck();
  // The example line follows the choice at once.
  await expect(page.locator(`[id="${await numbered.getAttribute('aria-describedby')}"]`)).toHaveText('Budget 2027 · Förslag till beslut');
  await layout.getByRole('checkbox', { name: 'Rubriken Dagordning' }).uncheck();
  const titleFirst = layout.getByRole('radio', { name: 'Namn, titel, organisation' });
  await titleFirst.check();
  await expect(page.locator(`[id="${await titleFirst.getAttribute('aria-describedby')}"]`)).toHaveText('Jonas Berglund, direktör, KFN');
  await layout.getByRole('radio', { name: 'flera – ställer sig positiva' }).check();
  const definite = layout.getByRole('textbox', { name: 'Bestämd form (i ställningstaganden)' });
  await definite.fill('Samrådsorganets ledamöter');
  await definite.blur();
  await expect(page.locator(`[id="${(await definite.getAttribute('aria-describedby'))?.split(' ')[0]}"]`)).toHaveText(
    'Samrådsorganets ledamöter ställer sig positiva till förslaget att …',
  );
  await bodyPage.waitUntilSaved();
  // The phrase library fills its phrases as the body now reads.
  await expect(page.locator('[data-template-label="Positiv till förslaget"] .template-row-text')).toHaveText(
    'PSN ställer sig positiva till förslaget att',
  );
  expect(await app.api('bodies:get', { id: psn.id })).toMatchObject({
    numberedItems: false,
    agendaHeading: false,
    personDetailOrder: 'titleOrganisation',
    nameForm: 'plural',
    definiteName: 'Samrådsorganets ledamöter',
  });

  // The meeting view shows the items by their titles only, as they will print.
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  await expect(meeting.itemByTitle(first.item.title)).toBeVisible();
  await expect(meeting.itemByTitle(sub.item.title)).toBeVisible();
  await expect(meeting.agenda.locator('.item-number')).toHaveCount(0);
  await expect(meeting.outline.getByRole('button', { name: first.item.title, exact: true })).toBeVisible();
  const agendaHeading = meeting.agenda.getByRole('heading', { name: 'Dagordning', level: 2 });
  expect((await agendaHeading.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await page.locator('details.called-details summary').click();
  await expect(page.locator('.called-person').filter({ hasText: 'Jonas Berglund' })).toContainText('Jonas Berglund, direktör, KFN');

  // So does the print preview.
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Förhandsgranska' }).click();
  const preview = page.frameLocator('iframe.export-preview-frame');
  await expect(preview.getByRole('heading', { name: first.item.title, exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: sub.item.title, exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Dagordning' })).toHaveCount(0);
  await expect(preview.getByRole('heading', { name: /^(\d+\.|[a-z]\)) / })).toHaveCount(0);
  await expect(preview.getByText('Jonas Berglund, direktör, KFN', { exact: true })).toBeVisible();
});
