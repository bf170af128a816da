import { numberAgenda } from '../../shared/model/agenda';
import { formatLongDate } from '../../shared/format/date';
import { demoDraft, expect, test } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';

test('a task added to an item appears in the gathered list, open ones first, and is still there after a reload', async ({
  page,
  app,
}) => {
  // A long flow through a busy page; each step waits on the app's own signals.
  test.slow();
  const { summary, before } = await demoDraft(app);
  const entry = numberAgenda(before.agenda).find((e) => e.depth === 0 && e.label === '4');
  if (!entry) throw new Error('Utkastet saknar punkt 4.');
  const owner = before.calledPersons.find((p) => p.kind === 'member' && !p.vacant && p.name.trim());
  if (!owner) throw new Error('Utkastet saknar kallade.');

  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const item = meeting.item('4', entry.item.title);
  const tasks = item.getByRole('group', { name: /^Uppdrag för punkt 4\./ });

  await tasks.getByRole('button', { name: '+ Nytt uppdrag' }).click();
  const what = 'Skicka förslag på namn till beredningen';
  await tasks.getByRole('textbox', { name: 'Uppdrag, punkt 4.' }).fill(what);
  await tasks.getByLabel('Ansvarig', { exact: true }).selectOption({ label: owner.name.trim() });
  await tasks.getByLabel('Senast').fill('2026-12-10');
  await meeting.waitUntilAgendaSaved();

  // A second task, with a free-text owner, marked done: it goes after the open one.
  await tasks.getByRole('button', { name: '+ Nytt uppdrag' }).click();
  const second = tasks.locator('li.task').nth(1);
  await second.getByRole('textbox', { name: 'Uppdrag, punkt 4.' }).fill('Boka lokal för nästa möte');
  await second.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Annan (skriv namn) …' });
  await second.getByRole('textbox', { name: 'Ansvarig (fritext)' }).fill('Beredningsgruppen');
  await second.getByRole('checkbox', { name: 'Klar' }).check();
  await meeting.waitUntilAgendaSaved();

  const gathered = page.getByRole('region', { name: 'Uppdrag från mötet' });
  const rows = gathered.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(what);
  await expect(rows.nth(0)).toContainText(owner.name.trim());
  await expect(rows.nth(0)).toContainText(`senast ${formatLongDate('2026-12-10')}`);
  await expect(rows.nth(1)).toContainText('Boka lokal för nästa möte – Beredningsgruppen');
  await expect(rows.nth(1)).toHaveAttribute('data-done', 'true');

  await page.reload();
  await meeting.waitUntilReady(summary.title);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(what);
  await expect(item.getByRole('textbox', { name: 'Uppdrag, punkt 4.' }).first()).toHaveValue(what);

  const stored = (await app.api('meetings:get', { id: summary.id })).tasks;
  expect(stored).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ itemId: entry.item.id, what, owner: owner.name.trim(), deadline: '2026-12-10', done: false }),
      expect.objectContaining({ itemId: entry.item.id, what: 'Boka lokal för nästa möte', owner: 'Beredningsgruppen', done: true }),
    ]),
  );
});
