import { expect, test } from './fixtures';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

/**
 * Standing items are decided in the body's settings, and "Nytt möte utifrån
 * detta" shows what the new meeting brings, with a choice for each.
 */

const LGS = 'Ledningsgrupp för samverkan i Norrvik';

test('a renamed and an added standing item, one task left out and the roster called: the new meeting has exactly that', async ({
  page,
  app,
}) => {
  // Three views (settings, start with the dialog, the new meeting).
  test.slow();
  const body = app.bodies.find((b) => b.name === LGS)!;
  const previous = app.meetings.find((m) => m.bodyId === body.id)!;
  const start = new StartPage(page);
  await start.open(app.url);
  await start.settingsLink(LGS).click();
  const settings = new BodyPage(page);
  await settings.waitUntilReady(LGS);

  await settings.standingTitle(3).fill('Uppföljning av föregående minnesanteckningar');
  await settings.addStandingItem('Avslut', 'Efter mötets ärenden');
  await settings.waitUntilStandingSaved();
  await expect(settings.standingItems).toContainText('Sparat.');
  expect(await settings.standingOutline()).toEqual([
    'Stående punkter före mötets ärenden: Mötets öppnande',
    '  a) närvaro/presentation',
    '  b) övriga frågor',
    'Stående punkter före mötets ärenden: Godkännande av dagens agenda',
    'Stående punkter före mötets ärenden: Uppföljning av föregående minnesanteckningar',
    'Stående punkter efter mötets ärenden: Övriga frågor',
    'Stående punkter efter mötets ärenden: Sammanfattning av frågor som diskuterats, ställningstaganden och hur frågorna hanteras vidare',
    'Stående punkter efter mötets ärenden: Avslut',
  ]);

  await start.open(app.url);
  const dialog = await start.openNewMeetingFrom(LGS, previous.date);
  await expect(dialog.getByLabel('Datum')).toHaveValue('2027-01-28');
  await expect(dialog.getByRole('checkbox', { name: /^Uppföljning av föregående minnesanteckningar/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^Avslut/ })).toBeChecked();
  const tasks = dialog.getByRole('group', { name: 'Öppna uppdrag' }).getByRole('checkbox');
  await expect(tasks).toHaveCount(5);
  for (const task of await tasks.all()) await expect(task).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Samma kallade som förra mötet/ })).toBeChecked();

  await dialog.getByRole('checkbox', { name: /^Utse ny ledamot i TG Barn och unga/ }).uncheck();
  await dialog.getByRole('radio', { name: /^Organets ledamöter som listan ser ut nu/ }).check();
  await dialog.getByRole('button', { name: 'Skapa möte' }).click();

  const meeting = new MeetingPage(page);
  await meeting.waitUntilReady(previous.title);
  await expect(meeting.headerValue('date')).toContainText('2027-01-28');
  const agenda = await page
    .locator('section.agenda-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')));
  expect(agenda).toEqual([
    '1. Mötets öppnande',
    'a) närvaro/presentation',
    'b) övriga frågor',
    '2. Godkännande av dagens agenda',
    '3. Uppföljning av föregående minnesanteckningar',
    '4. Övriga frågor',
    '5. Sammanfattning av frågor som diskuterats, ställningstaganden och hur frågorna hanteras vidare',
    '6. Avslut',
  ]);

  const gathered = page.getByRole('region', { name: 'Uppdrag från mötet' }).getByRole('listitem');
  await expect(gathered).toHaveCount(4);
  await expect(gathered.filter({ hasText: 'Utse ny ledamot i TG Barn och unga' })).toHaveCount(0);
  await expect(gathered.filter({ hasText: 'Skicka ut uppdaterad kontaktlista' })).toHaveCount(1);

  const roster = (await app.api('bodies:get', { id: body.id })).sides.flatMap((s) => s.categories.flatMap((c) => c.members));
  const attendance = page.getByRole('region', { name: 'Närvaro' });
  await expect(attendance.getByText(`Visa kallade (${roster.length} personer)`)).toBeVisible();
  await expect(attendance.locator('[data-status="invitee"]')).toHaveCount(0);
});

test('an item added in a meeting says it will not come along, and once added to the body it does and can be ordered there', async ({
  page,
  app,
}) => {
  // A meeting, then the settings twice.
  test.slow();
  const psn = app.bodies.find((b) => b.shortName === 'PSN')!;
  const draft = app.meetings.find((m) => m.bodyId === psn.id && m.status === 'draft')!;
  const start = new StartPage(page);
  await start.open(app.url);
  const meeting = await start.openMeeting(psn.name, draft);

  await meeting.addItem();
  await page.keyboard.type('Avslut');
  await meeting.waitUntilAgendaSaved();
  const added = page.locator('section.agenda-item.depth-0').last();
  const fields = await meeting.openItemFields(added);
  await expect(fields.locator('[data-standing-mark]')).toHaveText(/^Kommer inte med till nästa möte\./);

  await fields.getByRole('button', { name: 'Lägg till i organets stående punkter' }).click();
  await expect(fields.locator('[data-standing-mark]')).toHaveText(/^Stående punkt: kommer med till nästa möte\./);
  await expect(page.getByRole('status').filter({ hasText: '”Avslut” finns nu bland organets stående punkter' })).toHaveCount(1);
  await expect(fields.getByRole('link', { name: 'Organets stående punkter' })).toBeFocused();

  await fields.getByRole('link', { name: 'Organets stående punkter' }).click();
  const settings = new BodyPage(page);
  await settings.waitUntilReady(psn.name);
  expect((await settings.standingOutline()).slice(-2)).toEqual([
    'Stående punkter efter mötets ärenden: Övriga frågor',
    'Stående punkter efter mötets ärenden: Avslut',
  ]);

  // Alt+↑ twice: above "Övriga frågor", then across the subject items to the last place before them.
  const avslut = settings.standingItems.getByRole('textbox', { name: /^Rubrik, stående punkt/ }).last();
  await avslut.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(settings.standingItems.locator('input:focus')).toHaveValue('Avslut');
  await settings.waitUntilStandingSaved();

  await page.reload();
  await settings.waitUntilReady(psn.name);
  expect((await settings.standingOutline()).slice(-2)).toEqual([
    'Stående punkter före mötets ärenden: Avslut',
    'Stående punkter efter mötets ärenden: Övriga frågor',
  ]);
});
