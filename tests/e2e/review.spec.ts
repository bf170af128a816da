import { numberAgenda } from '../../shared/model/agenda';
import { formatLongDate } from '../../shared/format/date';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, openDemoDraft, test } from './fixtures';
import { ReviewRoundPart } from './pages/ReviewRoundPart';

test('justerad freezes the minutes; Lås upp records who and why and starts a new draft version; Versioner opens version 1 read-only', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, before, meeting } = await openDemoDraft(page, app);
  const entry = numberAgenda(before.agenda).find((e) => e.depth === 0);
  if (!entry) throw new Error('Utkastet saknar punkter.');
  const number = entry.label;
  const title = entry.item.title;
  const notesBefore = notesToPlainText(entry.item.notes);
  // Minutes cannot be justerade before the meeting: the day after it.
  const day = new Date(`${summary.date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  const approvedOn = day.toISOString().slice(0, 10);

  await meeting.expectStatus('draft');
  await expect(meeting.reviewBar).toContainText('Utkast');
  expect(await meeting.editableFields().count()).toBeGreaterThan(0);

  // Justerad, with a reviewer: everything is read only and a banner says so.
  await meeting.approve([{ name: 'Karin Ek', role: 'ordförande' }], approvedOn);
  await expect(meeting.reviewBar).toContainText('Justerad');
  await expect(page.locator('[data-frozen="true"]')).toContainText('justerad');
  await expect(meeting.editableFields()).toHaveCount(0);
  await expect(page.getByRole('button', { name: '+ Ny punkt' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Ändra mötesuppgifter' })).toHaveCount(0);
  const signature = page.locator('[data-signature="reviewers"]');
  await expect(signature).toContainText(`Karin Ek, ordförande ${formatLongDate(approvedOn)}`);

  // Typing into the notes changes nothing.
  const notes = meeting.notes(number, title);
  await expect(notes).toHaveAttribute('contenteditable', 'false');
  await notes.click();
  await page.keyboard.type('Detta ska inte synas');
  await expect(notes).not.toContainText('Detta ska inte synas');
  const frozen = await app.api('meetings:get', { id: summary.id });
  expect(frozen).toMatchObject({ status: 'approved', reviewers: [{ name: 'Karin Ek', role: 'ordförande' }], approvedOn, version: 1 });
  expect(notesToPlainText(frozen.agenda.find((i) => i.id === entry.item.id)?.notes ?? null)).toBe(notesBefore);

  // Lås upp: who and why are both required.
  await meeting.reviewBar.getByRole('button', { name: 'Lås upp' }).click();
  const unlock = page.getByRole('dialog', { name: 'Lås upp mötesanteckningen' });
  await unlock.getByRole('button', { name: 'Lås upp som ny version' }).click();
  await expect(unlock.getByText('Ange vem som låser upp.')).toBeVisible();
  await expect(unlock.getByText('Ange varför mötesanteckningen låses upp.')).toBeVisible();
  await expect(unlock.getByLabel('Vem låser upp?')).toBeFocused();
  await unlock.getByLabel('Vem låser upp?').fill('Sara Holm');
  const reason = 'Fel datum för nästa möte i punkt 8.';
  await unlock.getByLabel('Varför?').fill(reason);
  await unlock.getByRole('button', { name: 'Lås upp som ny version' }).click();

  // A new version, a draft again, editable again.
  await expect(unlock).toHaveCount(0);
  await meeting.waitUntilReady(summary.title);
  await meeting.expectStatus('draft');
  await expect(meeting.reviewBar).toContainText('Version 2');
  await expect(page.locator('[data-frozen="true"]')).toHaveCount(0);
  expect(await meeting.editableFields().count()).toBeGreaterThan(0);
  await meeting.writeNotes(number, title, 'Rättat i version 2.');

  // Versioner: version 1 with who, when and why, opened read-only.
  await meeting.reviewBar.getByRole('button', { name: 'Versioner' }).click();
  const versions = page.getByRole('dialog', { name: 'Tidigare versioner' });
  const v1 = versions.getByRole('listitem').filter({ hasText: 'Version 1' });
  await expect(v1).toContainText(`justerad ${formatLongDate(approvedOn)}`);
  await expect(v1).toContainText('Upplåst av Sara Holm');
  await expect(v1).toContainText(/\d{1,2} \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
  await expect(v1).toContainText(reason);
  await v1.getByRole('link', { name: 'Version 1' }).click();

  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  const banner = page.getByRole('note');
  await expect(banner).toContainText(`Version 1 – justerad ${formatLongDate(approvedOn)}, endast läsning`);
  await expect(banner).toContainText(reason);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(summary.title);
  await expect(page.locator('article :is(input, textarea, select, [contenteditable="true"])')).toHaveCount(0);
  // Nothing invites writing either: no "Skriv anteckningar …" in notes that cannot be written to.
  await expect(page.locator('article [data-lexical-editor="true"]').first()).toBeVisible();
  await expect(page.getByText(/Skriv anteckningar/)).toHaveCount(0);
  await expect(page.locator('article [aria-placeholder]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: `Anteckningar för punkt ${number}. ${title}` })).not.toContainText(
    'Rättat i version 2.',
  );
  await expect(page.locator('[data-signature="reviewers"]')).toContainText('Karin Ek, ordförande');
});

test('Skicka för justering (the primary button of a draft) and Tillbaka till utkast change the status shown in the sticky bar, and it survives a reload', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, meeting } = await openDemoDraft(page, app);

  // A draft's next step is review: that is the primary button, not "Markera som justerad".
  const primary = meeting.reviewBar.locator('.button-primary');
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText('Skicka för justering');
  await expect(meeting.reviewBar.getByRole('button', { name: 'Markera som justerad' })).toBeVisible();

  // Through its dialog: the e-mail draft to the chosen reviewer.
  await new ReviewRoundPart(page).send(['Birgitta Sjöholm']);
  await meeting.expectStatus('review');
  // Out for review, approving is the next step.
  await expect(primary).toHaveCount(1);
  await expect(primary).toHaveText('Markera som justerad');
  await expect(meeting.reviewBar).toContainText('För justering');
  // Still editable while it is out for review.
  expect(await meeting.editableFields().count()).toBeGreaterThan(0);
  await meeting.waitUntilAgendaSaved();
  await page.reload();
  await meeting.waitUntilReady(summary.title);
  await meeting.expectStatus('review');
  expect((await app.api('meetings:get', { id: summary.id })).status).toBe('review');

  await meeting.reviewBar.getByRole('button', { name: 'Tillbaka till utkast' }).click();
  await meeting.expectStatus('draft');
  await meeting.waitUntilAgendaSaved();
  expect((await app.api('meetings:get', { id: summary.id })).status).toBe('draft');
});
