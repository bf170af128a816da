import { formatLongDate } from '../../shared/format/date';
import { localDate } from '../../shared/format/clock';
import { expectNoAxeViolations } from './axe';
import { expect, openDemoDraft, test } from './fixtures';
import { ReviewRoundPart } from './pages/ReviewRoundPart';

// Issue 22, point 1: "Skicka för justering" writes the e-mail draft to the chosen reviewers; their comments are noted per item.

const REVIEWER = 'Birgitta Sjöholm';

test('Skicka för justering by keyboard: reviewers with their addresses, a day to answer by, the bar tells when and where the draft is', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, before } = await openDemoDraft(page, app);
  const round = new ReviewRoundPart(page);
  await round.openDialog();

  // Every called member to choose from, with the address the e-mail will use; focus on the first.
  const address = before.calledPersons.find((p) => p.name === REVIEWER)!.email;
  await expect(round.reviewer(REVIEWER)).toHaveAccessibleDescription(address);
  await expect(round.dialog.getByRole('checkbox').first()).toBeFocused();
  const inAWeek = new Date();
  inAWeek.setDate(inAWeek.getDate() + 7);
  const due = localDate(inAWeek);
  await expect(round.dialog.getByLabel('Justera senast')).toHaveValue(due);
  await expectNoAxeViolations(page, 'dialogen Skicka för justering');
  await page.setViewportSize({ width: 440, height: 900 });
  await expectNoAxeViolations(page, 'dialogen Skicka för justering, smalt fönster');
  await page.setViewportSize({ width: 1280, height: 900 });

  // Nobody chosen: told at the list, nothing sent.
  await round.press(round.dialog.getByRole('button', { name: 'Skapa e-post' }));
  await expect(round.dialog.getByRole('alert')).toHaveText('Välj minst en justerare.');
  await expect(round.dialog.getByRole('checkbox').first()).toBeFocused();

  // A day before the meeting: told at the field.
  await round.dialog.getByLabel('Justera senast').fill('2026-12-01');
  await round.dialog.getByLabel('Justera senast').press('Tab');
  await round.press(round.reviewer(REVIEWER), 'Space');
  await round.press(round.dialog.getByRole('button', { name: 'Skapa e-post' }));
  await expect(round.dialog.getByText('Sista dag för justering kan inte vara före mötet den 3 december 2026.')).toBeVisible();
  await expect(round.dialog.getByLabel('Justera senast')).toBeFocused();
  await round.dialog.getByLabel('Justera senast').fill(due);
  await round.dialog.getByLabel('Justera senast').press('Tab');
  await round.dialog.getByLabel('Meddelande till justerarna (valfritt)').fill('Tack för ett bra möte!');

  await round.send([REVIEWER]);
  await expect(round.bar.getByRole('button', { name: 'Markera som justerad' })).toBeFocused();
  await expect(round.bar).toContainText(`Skickad för justering ${formatLongDate(localDate(new Date()))}, justera senast ${formatLongDate(due)}`);
  // The browser host cannot open the mail program: it says where the file is.
  await expect(round.bar).toContainText('E-postutkastet är sparat i');
  await expect(round.bar).toContainText('.eml');

  const sendings = await app.api('review:sendings', { meetingId: summary.id });
  expect(sendings).toMatchObject([{ dueOn: due, recipients: [{ name: REVIEWER, email: address }] }]);
  expect(await app.api('meetings:get', { id: summary.id })).toMatchObject({ status: 'review', reviewers: [{ name: REVIEWER }] });

  // After a reload, the bar still says when it went.
  await page.reload();
  await expect(round.bar).toContainText(`justera senast ${formatLongDate(due)}`);

  // Skicka igen: the reviewers already chosen are ticked; focus comes back to the button.
  const again = round.bar.getByRole('button', { name: 'Skicka igen …' });
  await round.press(again);
  await expect(round.dialog).toBeVisible();
  await expect(round.reviewer(REVIEWER)).toBeChecked();
  await round.dialog.getByLabel('Justera senast').fill('');
  await round.dialog.getByLabel('Justera senast').press('Tab');
  await round.send([REVIEWER]);
  await expect(again).toBeFocused();
  await expect(round.bar).not.toContainText('justera senast');
  const twice = await app.api('review:sendings', { meetingId: summary.id });
  expect(twice.map((s) => s.dueOn)).toEqual([null, due]);
});

test('a reviewer comment is noted under its item, ticked Åtgärdad, removed after a confirmation; approved minutes show comments read-only', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, before, meeting } = await openDemoDraft(page, app);
  const item = before.agenda.find((i) => !i.standing && i.parentId === null)!;
  const round = new ReviewRoundPart(page);
  // Not in a draft: the comments belong to the justering round.
  await expect(round.comments(item.id)).toHaveCount(0);
  await round.send([REVIEWER]);

  const text = 'Skriv ut att förslaget bordlades.';
  await round.addComment(item.id, REVIEWER, text);
  const row = round.comment(item.id, text);
  await expect(row).toContainText(`${REVIEWER}:`);
  await expect(round.comments(item.id).getByRole('button', { name: /^\+ Kommentar/ })).toBeFocused();

  await round.press(row.getByRole('checkbox', { name: /^Åtgärdad/ }), 'Space');
  await expect(row).toHaveAttribute('data-done', 'true');
  const [stored] = await app.api('review:comments', { meetingId: summary.id });
  expect(stored).toMatchObject({ itemId: item.id, author: REVIEWER, text });
  expect(stored!.doneAt).not.toBeNull();

  await meeting.waitUntilAgendaSaved();
  await expectNoAxeViolations(page, 'kommentarer från justerare');
  await page.setViewportSize({ width: 440, height: 900 });
  await expectNoAxeViolations(page, 'kommentarer från justerare, smalt fönster');
  await page.setViewportSize({ width: 1280, height: 900 });

  await round.press(row.getByRole('button', { name: /^Ta bort/ }));
  const confirm = page.getByRole('dialog', { name: 'Ta bort kommentaren?' });
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Ta bort' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await expect(round.comments(item.id)).toContainText('Inga kommentarer.');
  expect(await app.api('review:comments', { meetingId: summary.id })).toEqual([]);

  // Approved: the comment is there to read, with nothing to change.
  await app.api('review:addComment', { meetingId: summary.id, itemId: item.id, author: REVIEWER, text: 'Godkänd i övrigt.' });
  await meeting.approve([{ name: REVIEWER, role: 'ordförande' }], localDate(new Date()));
  await page.reload();
  await meeting.waitUntilReady(summary.title);
  const approvedRow = round.comment(item.id, 'Godkänd i övrigt.');
  await expect(approvedRow).toContainText('Inte åtgärdad');
  await expect(round.comments(item.id).getByRole('checkbox')).toHaveCount(0);
  await expect(round.comments(item.id).getByRole('button')).toHaveCount(0);
});
