import type { Page } from '@playwright/test';
import type { Body, BodySettings } from '../../shared/model/body';
import { meetingHeaderOf } from '../../shared/model/meeting';
import { expectNoAxeViolations } from './axe';
import { expect, test, type RunningApp } from './fixtures';
import { ArchivePage } from './pages/ArchivePage';
import { InvitationPart } from './pages/InvitationPart';
import { MeetingPage } from './pages/MeetingPage';
import { StartPage } from './pages/StartPage';

// "Skicka kallelse" and "Ställ in mötet" in the meeting view, by keyboard, and the Inställt marks in the lists.

function settingsOf(body: Body): BodySettings {
  const { id: _id, docxTemplateName: _t, plannedDates: _p, sides: _s, standingItems: _i, ...settings } = body;
  return settings;
}

/** PSN's draft meeting, with the secretary's address in the body's settings. */
async function draftWithSecretary(app: RunningApp, secretaryEmail = 'sekreterare@psn.example') {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.status === 'draft');
  if (!psn || !summary) throw new Error('Demodatan saknar ett utkast för PSN.');
  const body = await app.api('bodies:get', { id: psn.id });
  await app.api('bodies:updateSettings', { id: psn.id, settings: { ...settingsOf(body), secretaryEmail } });
  return { psn, summary };
}

async function noSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('Skicka kallelse writes the draft, names who has no address, and offers Skicka ändrad kallelse after a new time', async ({ page, app }) => {
  // Each draft prints the kallelse PDF in the host's Chromium.
  test.slow();
  const { summary } = await draftWithSecretary(app);
  await app.api('called:add', { meetingId: summary.id, kind: 'invitee', itemId: null, name: 'Tove Lind', title: '', organisation: '', email: '' });
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const invitation = new InvitationPart(page);
  await expect(invitation.bar).toContainText('Ingen kallelse skickad än');

  await invitation.send();
  const recipients = (await app.api('meetings:get', { id: summary.id })).calledPersons.filter(
    (p) => p.email !== '' && !(p.kind === 'member' && p.vacant),
  ).length;
  await expect(invitation.status).toContainText(`Saknar e-postadress: Tove Lind. Utkastet är gjort för de övriga ${recipients}.`);
  await expect(invitation.status).toContainText('Kallelse PSN 2026-12-03.eml');
  await expect(invitation.bar).toContainText(/Kallelse skickad \d+ \w+, version 1/);
  await expect(invitation.sendButton()).toBeFocused();
  await expectNoAxeViolations(page, 'mötet efter Skicka kallelse');

  const stored = await app.api('meetings:get', { id: summary.id });
  await app.api('meetings:updateHeader', { id: summary.id, header: { ...meetingHeaderOf(stored), startTime: '14.00', endTime: '16.00' } });
  await meeting.open(app.url, summary);
  await expect(invitation.bar).toContainText('tid eller plats är ändrad sedan dess');
  await invitation.send('Skicka ändrad kallelse');
  await expect(invitation.bar).toContainText(/Kallelse skickad \d+ \w+, version 2/);
  await expect(invitation.sendButton()).toBeVisible();
});

test('without the secretary address, Skicka kallelse says where to add it and writes nothing', async ({ page, app }) => {
  const { summary } = await draftWithSecretary(app, '');
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const invitation = new InvitationPart(page);
  await invitation.press(invitation.sendButton());
  await expect(invitation.bar.getByRole('alert')).toHaveText(/Sekreterarens e-postadress saknas\. Fyll i den under Organets inställningar/);
  await expect(invitation.bar).toContainText('Ingen kallelse skickad än');
  expect((await app.api('meetings:get', { id: summary.id })).invitation).toBeNull();
});

test('Ställ in mötet asks first, marks the meeting Inställt in the view and the lists, and can be resumed', async ({ page, app }) => {
  test.slow();
  const { psn, summary } = await draftWithSecretary(app);
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const invitation = new InvitationPart(page);

  await invitation.press(invitation.cancelButton);
  await expect(invitation.cancelDialog).toContainText('Ett e-postutkast med en avbokning av kalenderinbjudan skrivs till alla kallade');
  await expectNoAxeViolations(page, 'Ställ in mötet?');
  // Focus starts on Avbryt; the named action is one step back.
  await expect(invitation.cancelDialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(invitation.cancelDialog.getByRole('button', { name: 'Ställ in mötet' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(invitation.cancelDialog).toBeHidden();
  await expect(invitation.bar.locator('[data-cancelled]')).toContainText('Inställt.');
  await expect(invitation.status).toContainText('Inställt PSN 2026-12-03.eml', { timeout: 60_000 });
  await expect(invitation.resumeButton).toBeFocused();
  await expectNoAxeViolations(page, 'mötet inställt');
  await page.setViewportSize({ width: 480, height: 900 });
  await expect(invitation.resumeButton).toBeVisible();
  await noSideways(page);

  const start = new StartPage(page);
  await start.open(app.url);
  await expect(start.meetingLink(psn.name, summary)).toContainText('Inställt');
  await noSideways(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const archive = new ArchivePage(page);
  await archive.open(app.url, psn.id, 2026);
  await expect(archive.meetings.filter({ hasText: 'Inställt' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'arkivet med ett inställt möte');

  await meeting.open(app.url, summary);
  await invitation.press(invitation.resumeButton);
  await expect(invitation.status).toContainText('Mötet är återupptaget. Skicka kallelsen igen');
  await expect(invitation.bar.locator('[data-cancelled]')).toHaveCount(0);
  await expect(invitation.sendButton()).toBeFocused();
  expect((await app.api('meetings:get', { id: summary.id })).cancelledAt).toBeNull();
});
