import type { Page } from '@playwright/test';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { expect, test, type RunningApp } from './fixtures';
import { recordAnnouncements, takeAnnouncements } from './announcements';
import { expectNoAxeViolations } from './axe';
import { upcomingPsn } from './demo-meetings';
import { AttendancePage } from './pages/AttendancePage';
import { TeamsReportPart } from './pages/TeamsReportPart';
import { swedishReport, utf16 } from '../unit/teams-reports';

/**
 * The Teams attendance report on the attendance board, with the keyboard
 * alone: the file chosen, the proposed matches checked and one changed, a
 * guest added, "Markera med på länk", the result announced once, and one
 * Ctrl+Z taking it all back.
 */

/** The upcoming PSN meeting (13.00–15.00) with Tove Sandberg already marked present in the room; its Teams report. */
async function meetingAndReport(app: RunningApp): Promise<{ meetingId: number; report: Buffer }> {
  const { meeting, members } = await upcomingPsn(app);
  const tove = members.find((p) => p.name === 'Tove Sandberg')!;
  await app.api('attendance:set', { meetingId: meeting.id, personId: tove.id, attendance: { ...UNMARKED_ATTENDANCE, status: 'present' } });
  const at = (time: string) => `${meeting.date} ${time}`;
  const text = swedishReport({ title: 'PSN december', start: at('12:56:00'), end: at('15:02:00') }, [
    { name: 'Lindqvist Oskar (Kustregionen)', join: at('12:58:00'), leave: at('15:00:00'), role: 'Organisatör' },
    { name: 'Sandberg Tove', join: at('13:00:00'), leave: at('15:00:00') },
    { name: 'Holm P (mobil)', join: at('13:02:00'), leave: at('14:30:00') },
    { name: 'Svensson Klara (Gäst)', join: at('13:05:00'), leave: at('14:00:00') },
    { name: 'Begic Amra | Region Höglandet', join: at('13:06:00'), leave: at('15:01:00') },
    { name: 'EKSTRÖM, MARIA', join: at('13:24:00'), leave: at('15:01:00') },
  ]);
  return { meetingId: meeting.id, report: utf16(text) };
}

async function openBoard(page: Page, app: RunningApp, meetingId: number): Promise<{ board: AttendancePage; teams: TeamsReportPart }> {
  const board = new AttendancePage(page);
  await board.open(app.url, meetingId);
  return { board, teams: new TeamsReportPart(page) };
}

test('a Teams report marks the confirmed persons on the link with their times, adds a guest, and one undo takes it all back', async ({ page, app }) => {
  test.setTimeout(90_000);
  await recordAnnouncements(page);
  const { meetingId, report } = await meetingAndReport(app);
  const { board, teams } = await openBoard(page, app, meetingId);
  await takeAnnouncements(page);

  await teams.chooseFileByKeyboard('Närvarorapport PSN.csv', report);
  await expect(teams.dialog).toBeVisible();
  // The proposals, the one it was unsure of left as "Ingen", and why.
  expect(await teams.chosen('Lindqvist Oskar (Kustregionen)')).toBe('Oskar Lindqvist, Kustregionen');
  expect(await teams.chosen('Begic Amra | Region Höglandet')).toContain('Amra Begić');
  expect(await teams.chosen('EKSTRÖM, MARIA')).toContain('Maria Ekström');
  expect(await teams.chosen('Holm P (mobil)')).toBe('Ingen');
  expect(await teams.chosen('Svensson Klara (Gäst)')).toBe('Ingen');
  await expect(teams.person('Holm P (mobil)')).toContainText('Liknar Per-Erik Holm (bara ett av namnen stämmer), men för osäkert för ett förslag.');
  await expect(teams.person('Sandberg Tove')).toContainText('Tove Sandberg är redan närvarande i rummet och ändras inte.');
  await expect(teams.person('EKSTRÖM, MARIA')).toContainText('Anslöt 13.24, lämnade 15.01. Med på länk från 13.24.');
  await expect(teams.select('Lindqvist Oskar (Kustregionen)')).toBeFocused();

  // Keyboard alone: Per-Erik Holm chosen by typing in the select, Klara Svensson ticked as a guest.
  await teams.tabTo(teams.select('Holm P (mobil)'), 'valet för Holm P');
  await page.keyboard.type('Per-Erik');
  expect(await teams.chosen('Holm P (mobil)')).toBe('Per-Erik Holm, Sjöbygden');
  await teams.tabTo(teams.guest('Svensson Klara (Gäst)'), 'Lägg till som gäst');
  await page.keyboard.press('Space');
  await expect(teams.dialog.getByLabel('Gästens namn i anteckningen')).toHaveValue('Svensson Klara');
  await teams.tabTo(teams.apply, 'Markera med på länk');
  expect(await takeAnnouncements(page)).toEqual([]);
  await page.keyboard.press('Enter');

  await expect(teams.dialog).toHaveCount(0);
  await board.waitUntilSaved();
  const result =
    '5 personer markerade som med på länk från Teams, varav 1 ny gäst. Tove Sandberg var redan närvarande i rummet och ändrades inte. Ctrl+Z ångrar.';
  await expect(teams.result).toHaveText(result);
  await expect(teams.button).toBeFocused();
  for (const name of ['Oskar Lindqvist', 'Amra Begić', 'Maria Ekström', 'Per-Erik Holm', 'Svensson Klara']) await board.expectStatus(name, 'Med på länk');
  await board.expectStatus('Tove Sandberg', 'Närvarande');
  await board.expectState('Maria Ekström', 'Med på länk, från 13.24');
  await board.expectState('Per-Erik Holm', 'Med på länk, till 14.30');
  await board.expectState('Svensson Klara', 'Med på länk, till 14.00');
  expect(await takeAnnouncements(page)).toEqual([result]);

  // One Ctrl+Z: everyone back as before, the guest gone again.
  await page.keyboard.press('Control+z');
  await board.waitUntilSaved();
  await expect(board.row('Svensson Klara')).toHaveCount(0);
  for (const name of ['Oskar Lindqvist', 'Amra Begić', 'Maria Ekström', 'Per-Erik Holm']) await board.expectStatus(name, null);
  await board.expectStatus('Tove Sandberg', 'Närvarande');
  await expect(teams.result).toHaveCount(0);
  const stored = await app.api('meetings:get', { id: meetingId });
  expect(stored.calledPersons.filter((p) => p.attendance.status !== 'unmarked').map((p) => [p.name, p.attendance.status])).toEqual([
    ['Tove Sandberg', 'present'],
    ['Rolf Nyström', 'excused'],
    ['Henrik Dahl', 'excused'],
  ]);
});

test('a file that is not a Teams report is refused with the reason at the button, and nothing changes', async ({ page, app }) => {
  const { meetingId } = await meetingAndReport(app);
  const before = await app.api('meetings:get', { id: meetingId });
  const { teams } = await openBoard(page, app, meetingId);
  await teams.chooseFileByKeyboard('inköpslista.csv', Buffer.from('Mjölk;Smör\nBröd;Ost\n', 'utf8'));
  await expect(teams.error).toHaveText(/^Filen ser inte ut som en närvarorapport från Teams\./);
  await expect(teams.button).toHaveAttribute('aria-describedby', (await teams.error.getAttribute('id'))!);
  await expect(teams.dialog).toHaveCount(0);
  expect(await app.api('meetings:get', { id: meetingId })).toEqual(before);
});

for (const width of [1280, 440]) {
  test(`the Teams dialog and the refused file pass axe at ${width} px`, async ({ page, app }) => {
    // Two axe runs over the whole board: more than the default budget on a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    const { meetingId, report } = await meetingAndReport(app);
    const { teams } = await openBoard(page, app, meetingId);
    await teams.chooseFileByKeyboard('Närvarorapport PSN.csv', report);
    await expect(teams.dialog).toBeVisible();
    await teams.tabTo(teams.guest('Svensson Klara (Gäst)'), 'Lägg till som gäst');
    await page.keyboard.press('Space');
    await expectNoAxeViolations(page, `Teams-dialogen (${width} px)`);
    await page.keyboard.press('Escape');
    await expect(teams.dialog).toHaveCount(0);
    await expect(teams.button).toBeFocused();
    await teams.chooseFileByKeyboard('bild.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    await expect(teams.error).toBeVisible();
    await expectNoAxeViolations(page, `Teams-rapporten nekad (${width} px)`);
  });
}
