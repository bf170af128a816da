import { numberAgenda } from '../../shared/model/agenda';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, test } from './fixtures';
import { StartPage } from './pages/StartPage';

test('the start view lists both demo bodies with their meetings', async ({ page, app }) => {
  expect(app.bodies.length).toBeGreaterThanOrEqual(2);
  const start = new StartPage(page);
  await start.open(app.url);
  for (const body of app.bodies) {
    await expect(start.body(body.name)).toBeVisible();
    const meetings = app.meetings.filter((m) => m.bodyId === body.id);
    expect(meetings.length, body.name).toBeGreaterThan(0);
    for (const meeting of meetings) {
      await expect(start.meetingLink(body.name, meeting)).toBeVisible();
    }
  }
});

test('a sentence typed into an item’s notes is saved and is still there after a reload', async ({ page, app }) => {
  // A meeting that is not approved: approved minutes are frozen and refuse every write.
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  expect(summary.status).not.toBe('approved');
  const body = app.bodies.find((b) => b.id === summary.bodyId);
  if (!body) throw new Error(`Organet för ${summary.title} saknas.`);
  const before = await app.api('meetings:get', { id: summary.id });
  const entry = numberAgenda(before.agenda).find((e) => e.depth === 0);
  if (!entry) throw new Error(`${summary.title} har ingen dagordning.`);
  const number = entry.label;
  const title = entry.item.title;
  const sentence = 'Arbetsgruppen återkommer med ett förslag till nästa möte.';

  const start = new StartPage(page);
  await start.open(app.url);
  const meeting = await start.openMeeting(body.name, summary);
  await meeting.writeNotes(number, title, sentence);

  await page.reload();
  await meeting.waitUntilReady(summary.title);
  await expect(meeting.notes(number, title)).toContainText(sentence);

  // Stored by the host, not only kept in the browser.
  const after = await app.api('meetings:get', { id: summary.id });
  const stored = after.agenda.find((item) => item.id === entry.item.id);
  expect(notesToPlainText(stored?.notes ?? null)).toContain(sentence);
});
