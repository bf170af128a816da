import type { Body, BodySummary } from '../../shared/model/domain';
import { expect, test, type RunningApp } from './fixtures';
import { AttendancePage } from './pages/AttendancePage';
import { BodyPage } from './pages/BodyPage';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

function psn(app: RunningApp) {
  const body = app.bodies.find((b) => b.shortName === 'PSN');
  if (!body) throw new Error('Demodatan saknar PSN.');
  return body;
}

/** PSN as the start page lists it, and its body as stored before the test changes it. */
async function psnAsStored(app: RunningApp): Promise<{ summary: BodySummary; body: Body }> {
  const summary = psn(app);
  return { summary, body: await app.api('bodies:get', { id: summary.id }) };
}

function categoryNames(body: Body, category: string): string[] {
  const found = body.sides.flatMap((s) => s.categories).filter((c) => c.name === category);
  return found.flatMap((c) => c.members.map((m) => (m.vacant ? '' : m.name)));
}

/** The roster as a meeting copies it: members in printed order, vacant seats left out. */
function rosterNames(body: Body): string[] {
  return body.sides.flatMap((s) => s.categories.flatMap((c) => c.members.filter((m) => !m.vacant).map((m) => m.name)));
}

const PASTED = [
  'Namn\tParti\tOrganisation\tTitel\tFunktion',
  'Anna Berg\t(S)\tKustregionen\tkommunalråd\tledamot',
  'Erik Holm\tM\tHöglandet\t\tvice ordförande',
  '',
  'Oskar Lindqvist\t(S)\tKustregionen',
  'Kommunpolitiker',
].join('\n');

test('rows pasted from Excel are previewed with skipped rows and reasons, added on confirm, and kept after a reload', async ({
  page,
  app,
}) => {
  const { summary, body: before } = await psnAsStored(app);
  const category = 'Kommunpolitiker';
  const original = categoryNames(before, category);

  const start = new StartPage(page);
  await start.open(app.url);
  await start.settingsLink(summary.name).click();
  const bodyPage = new BodyPage(page);
  await bodyPage.waitUntilReady(summary.name);
  expect(await bodyPage.memberNames(category)).toEqual(original);

  // "Avbryt" discards: nothing is saved.
  let saves = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/roster:save') saves += 1;
  });
  await bodyPage.openPasteDialog();
  await bodyPage.pasteDialog.getByLabel('Rader att klistra in').fill(PASTED);
  await expect(bodyPage.pasteDialog.getByRole('button', { name: 'Lägg till 2 personer' })).toBeEnabled();
  await bodyPage.pasteDialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(bodyPage.pasteDialog).toHaveCount(0);
  expect(await bodyPage.memberNames(category)).toEqual(original);
  await bodyPage.waitUntilSaved();
  expect(saves).toBe(0);
  expect(categoryNames(await app.api('bodies:get', { id: summary.id }), category)).toEqual(original);

  // Paste again, read the preview, confirm.
  await bodyPage.openPasteDialog();
  const dialog = bodyPage.pasteDialog;
  await dialog.getByLabel('Lägg till i kategori').selectOption({ label: `För de fyra kommunalförbunden (KFN) – ${category}` });
  await dialog.getByLabel('Rader att klistra in').fill(PASTED);
  await expect(dialog.getByText('2 personer läggs till, 3 rader hoppas över.')).toBeVisible();
  await expect(bodyPage.previewRow(1)).toContainText('Hoppas över: Rubrikrad');
  await expect(bodyPage.previewRow(2)).toContainText('Anna Berg');
  await expect(bodyPage.previewRow(2)).toContainText('Kustregionen');
  await expect(bodyPage.previewRow(2)).toContainText('kommunalråd');
  await expect(bodyPage.previewRow(2)).toContainText('Läggs till');
  await expect(bodyPage.previewRow(3)).toContainText('(M)');
  await expect(bodyPage.previewRow(3)).toContainText('vice ordförande');
  await expect(bodyPage.previewRow(5)).toContainText('Hoppas över: Finns redan i listan');
  await expect(bodyPage.previewRow(6)).toContainText('Hoppas över: Ser ut som en rubrik');
  expect(saves).toBe(0);
  await dialog.getByRole('button', { name: 'Lägg till 2 personer' }).click();
  await expect(dialog).toHaveCount(0);

  const expected = [...original, 'Anna Berg', 'Erik Holm'];
  expect(await bodyPage.memberNames(category)).toEqual(expected);
  await bodyPage.waitUntilSaved();
  await expect(bodyPage.member(category, 'Erik Holm').getByLabel('Funktion')).toHaveValue('vice_ordforande');

  await page.reload();
  await bodyPage.waitUntilReady(summary.name);
  expect(await bodyPage.memberNames(category)).toEqual(expected);
  await expect(bodyPage.member(category, 'Anna Berg').getByLabel('Parti')).toHaveValue('(S)');
  await expect(bodyPage.member(category, 'Anna Berg').getByLabel('Titel')).toHaveValue('kommunalråd');
  const stored = await app.api('bodies:get', { id: summary.id });
  expect(categoryNames(stored, category)).toEqual(expected);
});

test('members are reordered with the keyboard, the buttons and drag and drop, and the order is saved', async ({ page, app }) => {
  const summary = psn(app);
  const category = 'Tjänstepersoner';
  const bodyPage = new BodyPage(page);
  await bodyPage.open(app.url, summary.id, summary.name);
  const kfn = bodyPage.page.getByRole('region', { name: 'Sida: För de fyra kommunalförbunden (KFN)' });
  const staff = kfn.getByRole('region', { name: `Kategori: ${category}` });
  const names = () =>
    staff.locator('[data-member-row]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.memberName ?? ''));
  const original = await names();
  const [a, b, c] = original as [string, string, string];

  // Alt+↓ on a focused row moves it down and keeps the focus on it.
  const nameField = staff.locator(`[data-member-name="${a}"]`).getByLabel('Namn', { exact: true });
  await nameField.focus();
  await page.keyboard.press('Alt+ArrowDown');
  expect(await names()).toEqual([b, a, c, ...original.slice(3)]);
  await expect(staff.locator(`[data-member-name="${a}"]`).getByLabel('Namn', { exact: true })).toBeFocused();

  // "Flytta upp" with its accessible name.
  await staff.getByRole('button', { name: `Flytta upp ${c}` }).click();
  expect(await names()).toEqual([b, c, a, ...original.slice(3)]);

  // Drag the last one to the top with the mouse.
  const last = original[original.length - 1]!;
  await staff.locator(`[data-member-name="${last}"] .drag-handle`).dragTo(staff.locator(`[data-member-name="${b}"]`), {
    targetPosition: { x: 40, y: 3 },
  });
  const expected = [last, b, c, a, ...original.slice(3, -1)];
  expect(await names()).toEqual(expected);
  await bodyPage.waitUntilSaved();

  await page.reload();
  await bodyPage.waitUntilReady(summary.name);
  expect(await names()).toEqual(expected);
});

test('a meeting created from a body calls its roster and has the standing items; a later roster change leaves it as it was', async ({
  page,
  app,
}) => {
  const { summary, body } = await psnAsStored(app);
  const roster = rosterNames(body);

  const start = new StartPage(page);
  await start.open(app.url);
  await start.newMeetingButton(summary.name).click();
  const form = start.body(summary.name).getByRole('form', { name: /^Nytt möte/ });
  // The date field suggests the body's next planned date.
  await expect(form.getByLabel('Datum')).toHaveValue(summary.nextPlannedDate ?? '');
  await form.getByLabel('Datum').fill('2027-01-21');
  await form.getByRole('button', { name: 'Skapa möte' }).click();

  await expect(page).toHaveURL(/#\/meeting\/\d+$/);
  const meetingId = Number(/#\/meeting\/(\d+)$/.exec(page.url())?.[1]);
  const created = await app.api('meetings:get', { id: meetingId });
  const meetingPage = new MeetingPage(page);
  await meetingPage.waitUntilReady(created.title);
  expect(created.date).toBe('2027-01-21');

  const standing = created.agenda.filter((i) => i.standing && i.parentId === null);
  expect(standing.map((i) => i.title)).toEqual(expect.arrayContaining(['Mötets öppnande', 'Godkännande av dagens agenda', 'Övriga frågor']));
  for (const item of standing) {
    await expect(page.locator(`[data-item-id="${item.id}"]`).getByRole('heading').first()).toContainText(item.title);
  }

  await page.getByRole('link', { name: 'Närvaro', exact: true }).click();
  const board = new AttendancePage(page);
  await board.waitUntilReady();
  expect(await board.names()).toEqual(roster);
  await expect(board.count('unmarked')).toHaveText(String(roster.length));

  // The roster moves on: a member leaves and a new one comes.
  const bodyPage = new BodyPage(page);
  await bodyPage.open(app.url, summary.id, summary.name);
  const leaving = roster[0]!;
  await page.getByRole('button', { name: `Ta bort ${leaving}`, exact: true }).click();
  await bodyPage.category('Kommunikation').getByRole('checkbox').uncheck();
  await bodyPage.category('Kommunikation').getByLabel('Namn', { exact: true }).fill('Vera Nyman');
  await bodyPage.waitUntilSaved();
  const changed = rosterNames(await app.api('bodies:get', { id: summary.id }));
  expect(changed).not.toContain(leaving);
  expect(changed).toContain('Vera Nyman');

  // The meeting keeps its own copy of who was called.
  await board.open(app.url, meetingId);
  expect(await board.names()).toEqual(roster);
  const again = await app.api('meetings:get', { id: meetingId });
  expect(again.calledPersons.filter((p) => p.kind === 'member' && !p.vacant).map((p) => p.name)).toEqual(roster);
});
