import { formatLongDate } from '../../shared/format/date';
import { expect, test } from './fixtures';
import { StartPage } from './pages/StartPage';

test('a draft meeting is removed for good once its date is typed, and the start view says so', async ({ page, app }) => {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.status === 'draft');
  if (!psn || !summary) throw new Error('Demodatan saknar ett utkast för PSN.');

  const start = new StartPage(page);
  await start.open(app.url);
  const meeting = await start.openMeeting(psn.name, summary);

  // A wrong date is refused at the field and nothing is removed.
  const dialog = await meeting.removeMeeting('2020-01-01');
  await expect(dialog.getByRole('alert')).toHaveText(`Skriv mötets datum, ${summary.date}, för att radera det.`);
  await expect(app.api('meetings:get', { id: summary.id })).resolves.toMatchObject({ id: summary.id });
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();

  await meeting.removeMeeting(summary.date);
  await start.waitUntilReady();
  await expect(page.getByRole('status').filter({ hasText: 'har raderats' })).toHaveText(
    `${summary.title} ${formatLongDate(summary.date)} har raderats.Stäng`,
  );
  await expect(start.meetingLink(psn.name, summary)).toHaveCount(0);
  await expect(app.api('meetings:get', { id: summary.id })).rejects.toThrow('Mötet finns inte.');
  // The other meetings are still there.
  for (const other of app.meetings.filter((m) => m.id !== summary.id)) {
    await expect(app.api('meetings:get', { id: other.id })).resolves.toMatchObject({ id: other.id });
  }
});

test('approved minutes offer no removal until they are unlocked', async ({ page, app }) => {
  const summary = app.meetings.find((m) => m.status === 'approved');
  const body = app.bodies.find((b) => b.id === summary?.bodyId);
  if (!summary || !body) throw new Error('Demodatan saknar en justerad mötesanteckning.');
  const start = new StartPage(page);
  await start.open(app.url);
  await start.openMeeting(body.name, summary);
  const section = page.getByRole('region', { name: 'Radera mötet' });
  await expect(section).toContainText('Justerade mötesanteckningar kan inte raderas.');
  await expect(section.getByRole('button')).toHaveCount(0);
});
