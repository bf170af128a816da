import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { BodyPage } from './pages/BodyPage';
import { KallelsePart } from './pages/KallelsePart';
import { MeetingPage } from './pages/MeetingPage';

// Issue 21, point 1: the kallelse from the export menu, the meeting's link in
// the header, and the body's kallelse settings — by keyboard, checked with axe.

function draftMeeting(app: { meetings: { id: number; title: string; status: string; bodyShortName: string }[] }) {
  const found = app.meetings.find((m) => m.status === 'draft' && m.bodyShortName === 'PSN');
  if (!found) throw new Error('Demon saknar PSN:s utkast.');
  return found;
}

test('Exportera → Kallelse: a warning when the agenda is longer than the meeting, and the file is still written', async ({ page, app }) => {
  test.slow();
  const summary = draftMeeting(app);
  const meeting = new MeetingPage(page);
  const kallelse = new KallelsePart(page);
  await meeting.open(app.url, summary);

  // The demo's agenda fits its two hours: no warning among the entries.
  await kallelse.openMenuByKeyboard();
  await expect(kallelse.word).toBeVisible();
  await expect(kallelse.pdf).toBeVisible();
  await expect(kallelse.warning).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(kallelse.exportButton).toBeFocused();

  // Half an hour for the meeting: the menu says how much longer the agenda is, before anything is written.
  const form = await meeting.editHeader();
  const end = form.getByLabel(/^Sluttid/);
  await end.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('13.30');
  await page.keyboard.press('Tab');
  await meeting.waitUntilSaved();
  const planned = (await app.api('meetings:get', { id: summary.id })).agenda.reduce((sum, i) => sum + (i.parentId === null ? (i.minutes ?? 0) : 0), 0);
  expect(planned).toBeGreaterThan(30);

  await kallelse.openMenuByKeyboard();
  await expect(kallelse.warning).toHaveText(/^Dagordningen är \d+ minuter längre än mötet \(13\.00–13\.30\)\.$/);
  // Read with the entry it concerns, not announced on its own.
  await expect(kallelse.pdf).toHaveAccessibleDescription(/Dagordningen är \d+ minuter längre än mötet/);
  await expectNoAxeViolations(page, 'exportmenyn med varning om dagordningen');

  // End reaches the last entry (Handlingar); one up is Kallelse (PDF), and Enter writes it anyway.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await expect(kallelse.pdf).toBeFocused();
  await page.keyboard.press('Enter');
  const path = await kallelse.savedPath('Kallelsen (PDF)');
  expect(dirname(path)).toBe(join(dirname(app.dbPath), 'Export'));
  const meetingNow = await app.api('meetings:get', { id: summary.id });
  expect(basename(path)).toBe(`Kallelse PSN ${meetingNow.date}.pdf`);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Dagordning');
  expect(text).toMatch(/Tid: 13\.00–13\.30/);
  await expect(kallelse.exportButton).toBeFocused();
  await expectNoAxeViolations(page, 'kallelsen sparad');

  // Word the same way, with the arrow keys.
  await kallelse.openMenuByKeyboard();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(kallelse.word).toBeFocused();
  await page.keyboard.press('Enter');
  const docx = await kallelse.savedPath('Kallelsen (Word)');
  expect(basename(docx)).toBe(`Kallelse PSN ${meetingNow.date}.docx`);
  expect(existsSync(docx)).toBe(true);
});

test('Möteslänk in the header: a wrong link is told at the field and not saved; a right one is saved and shown', async ({ page, app }) => {
  test.slow();
  const summary = draftMeeting(app);
  const meeting = new MeetingPage(page);
  const kallelse = new KallelsePart(page);
  await meeting.open(app.url, summary);

  const before = (await app.api('meetings:get', { id: summary.id })).meetingLink;
  const form = await meeting.editHeader();
  const link = kallelse.linkField(form);
  await link.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('teams.example/l/meetup-join/abc');
  await page.keyboard.press('Tab');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  await expect(link).toHaveAccessibleDescription('Möteslänken måste börja med https:// (eller http://).');
  await expectNoAxeViolations(page, 'mötesuppgifterna med fel möteslänk');
  expect((await app.api('meetings:get', { id: summary.id })).meetingLink).toBe(before);

  await link.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('https://teams.example/l/meetup-join/abc');
  await page.keyboard.press('Tab');
  await expect(link).not.toHaveAttribute('aria-invalid', 'true');
  await meeting.waitUntilSaved();
  await expect.poll(async () => (await app.api('meetings:get', { id: summary.id })).meetingLink).toBe('https://teams.example/l/meetup-join/abc');

  await form.getByRole('button', { name: 'Klar' }).click();
  await expect(page.locator('.header-field[data-field="meetingLink"] dd')).toHaveText('https://teams.example/l/meetup-join/abc');
});

test('Kallelse in the body settings: title, the secretary\'s e-mail checked at the field, and the förhinder wording', async ({ page, app }) => {
  test.slow();
  const summary = draftMeeting(app);
  const body = app.bodies.find((b) => b.shortName === summary.bodyShortName)!;
  const bodyPage = new BodyPage(page);
  const kallelse = new KallelsePart(page);
  await bodyPage.open(app.url, body.id, body.name);

  await expect(kallelse.settingsField('Rubrik')).toHaveValue('Kallelse');
  const email = kallelse.settingsField('Sekreterarens e-post');
  await email.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('frida.hellstrom@');
  await page.keyboard.press('Tab');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Skriv e-postadressen som namn@exempel\.se\./);
  await expectNoAxeViolations(page, 'organets inställningar med fel e-postadress');

  await email.focus();
  await page.keyboard.type('norrvik.example');
  await page.keyboard.press('Tab');
  await expect(email).not.toHaveAttribute('aria-invalid', 'true');

  const title = kallelse.settingsField('Rubrik');
  await title.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Kallelse till sammanträde');
  const instruction = kallelse.settingsField('Så anmäler man förhinder');
  await instruction.focus();
  await page.keyboard.type('Anmäl förhinder i kalenderinbjudan och kalla din ersättare.');
  await page.keyboard.press('Tab');
  await bodyPage.waitUntilSaved();

  await expect
    .poll(async () => {
      const saved = await app.api('bodies:get', { id: body.id });
      return [saved.kallelseTitle, saved.secretaryEmail, saved.absenceInstruction];
    })
    .toEqual(['Kallelse till sammanträde', 'frida.hellstrom@norrvik.example', 'Anmäl förhinder i kalenderinbjudan och kalla din ersättare.']);
  await expectNoAxeViolations(page, 'organets inställningar för kallelsen');
});

test('Exportera → Handlingar: the kallelse and the PDF bilagor in one PDF with bookmarks; a bilaga that is not a PDF is named as left out', async ({ page, app }) => {
  test.slow();
  const summary = draftMeeting(app);
  const meeting = await app.api('meetings:get', { id: summary.id });
  const item = meeting.agenda.find((i) => i.parentId === null && !i.standing)!;
  const pdf = (await app.api('export:file', { meetingId: summary.id, format: 'pdf', overwrite: true })).path;
  await app.api('attachments:add', { meetingId: summary.id, itemId: item.id, fileName: 'Underlag.pdf', contentBase64: readFileSync(pdf).toString('base64') });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  await app.api('attachments:add', { meetingId: summary.id, itemId: item.id, fileName: 'Karta.png', contentBase64: png.toString('base64') });

  const meetingPage = new MeetingPage(page);
  const kallelse = new KallelsePart(page);
  await meetingPage.open(app.url, summary);
  await kallelse.openMenuByKeyboard();
  await page.keyboard.press('End');
  await expect(kallelse.handlingar).toBeFocused();
  await page.keyboard.press('Enter');
  const path = await kallelse.savedPath('Handlingarna');
  await expect(kallelse.done).toContainText('Karta.png är inte en PDF och finns inte med.');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  expect(pages(path)).toBeGreaterThan(pages(pdf));
  expect(info).toMatch(/Title:\s+Handlingar/);
  await expectNoAxeViolations(page, 'handlingarna sparade med en bilaga som inte kom med');
});
