import { numberAgenda } from '../../shared/model/agenda';
import type { AgendaItem } from '../../shared/model/domain';
import { notesToPlainText } from '../../shared/notes/text';
import { fillTemplate, suggestTemplates } from '../../shared/standpoints/templates';
import { templateContext } from '../../renderer/standpoints/context';
import { expect, openDemoDraft, test, type RunningApp } from './fixtures';
import { AttendancePage } from './pages/AttendancePage';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';

/** PSN's draft meeting of 3 December 2026 (not approved, so it can be written to). */
async function psnDecember(app: RunningApp) {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!psn || !summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const body = await app.api('bodies:get', { id: psn.id });
  const templates = await app.api('templates:list', { bodyId: psn.id });
  return { summary, meeting, body, templates };
}

test('a whole demo meeting by keyboard in live mode survives a reload', async ({ page, app }) => {
  test.setTimeout(90_000);
  const { summary, meeting, body, templates } = await psnDecember(app);
  const order = numberAgenda(meeting.agenda).map((e) => e.item);
  // Three subject items, in agenda order.
  const subjects = order.filter((i) => !i.standing && i.parentId === null).slice(0, 3);
  expect(subjects).toHaveLength(3);

  // Into live mode from the meeting view with Alt+L.
  const meetingPage = new MeetingPage(page);
  await meetingPage.open(app.url, summary);
  await page.keyboard.press('Alt+l');
  const live = new LivePage(page);
  await live.waitUntilReady();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}/live/\\d+$`));
  await expect(live.clock).toHaveText(/^\d\d\.\d\d$/);

  // Starta mötet: the stamp is shown.
  await live.startButton.focus();
  await page.keyboard.press('Enter');
  await expect(live.opened).toHaveText(/^Mötet öppnades kl\. \d\d\.\d\d$/);
  const openedAt = (await live.opened.getAttribute('data-opened-at')) ?? '';

  // Attendance from live mode (Alt+N) and back.
  await page.keyboard.press('Alt+n');
  const board = new AttendancePage(page);
  await board.waitUntilReady();
  await page.keyboard.press('Tab');
  await expect(board.search).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const members = meeting.calledPersons
    .filter((p) => p.kind === 'member' && !p.vacant)
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .slice(0, 3);
  for (const [i, key] of ['n', 'n', 'l'].entries()) {
    const person = members[i];
    if (!person) throw new Error('För få ledamöter.');
    await expect(board.row(person.name)).toBeFocused();
    // One key per person: the board moves on to the next by itself.
    await page.keyboard.press(key);
    await board.expectStatus(person.name, key === 'l' ? 'Med på länk' : 'Närvarande');
  }
  await board.waitUntilSaved();
  await page.goBack();
  await live.waitUntilReady();

  // Three items: notes typed; two standpoints inserted from phrases with Ctrl+Alt+S.
  const typed = new Map<number, string>();
  const standpoints = new Map<number, string>();
  const currentId = async () => Number(await live.root.getAttribute('data-live-item'));
  const startId = await currentId();
  let position = order.findIndex((i) => i.id === startId);
  for (const [n, item] of subjects.entries()) {
    const target = order.findIndex((i) => i.id === item.id);
    while (position !== target) {
      await page.keyboard.press(position < target ? 'Alt+ArrowRight' : 'Alt+ArrowLeft');
      position += position < target ? 1 : -1;
      const expected = order[position];
      if (expected) await expect(live.root).toHaveAttribute('data-live-item', String(expected.id));
    }
    await live.expectItem(item.id, item.title);
    await expect(live.notes).toBeFocused();
    const text = `Anteckning ${n + 1} i livevyn: frågan diskuterades.`;
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(text);
    typed.set(item.id, text);

    if (n < 2) {
      await page.keyboard.press('Control+Alt+s');
      await expect(live.picker).toBeVisible();
      const best = suggestTemplates(templates, item.kind)[0];
      if (!best) throw new Error('Inga fraser.');
      await expect(live.picker.getByRole('option', { selected: true })).toHaveAttribute('data-template-label', best.label);
      await page.keyboard.press('Enter');
      await expect(live.picker).toBeHidden();
      const filled = fillTemplate(best.text, templateContext(body, meeting, '')).text;
      await expect(live.standpoint).toHaveValue(filled);
      await expect(live.standpoint).toBeFocused();
      await live.waitStandpointSaved();
      standpoints.set(item.id, filled);
    }
  }

  // Back to the first item and forward again, before any reload: what was typed is there.
  const goTo = async (id: number) => {
    const target = order.findIndex((i) => i.id === id);
    while (position !== target) {
      await page.keyboard.press(position < target ? 'Alt+ArrowDown' : 'Alt+ArrowUp');
      position += position < target ? 1 : -1;
      await expect(live.root).toHaveAttribute('data-live-item', String(order[position]?.id));
    }
  };
  const firstSubject = subjects[0] as AgendaItem;
  await goTo(firstSubject.id);
  await expect(live.notes).toContainText(typed.get(firstSubject.id) ?? '');
  await expect(live.standpoint).toHaveValue(standpoints.get(firstSubject.id) ?? '');
  await goTo((subjects[2] as AgendaItem).id);
  await expect(live.notes).toContainText(typed.get((subjects[2] as AgendaItem).id) ?? '');

  // One task, by keyboard: Tab from the notes to "+ Nytt uppdrag", Enter, type what is to be done.
  const lastSubject = subjects[2] as AgendaItem;
  const addTask = page.getByRole('button', { name: '+ Nytt uppdrag' });
  for (let tabs = 0; tabs < 25 && !(await addTask.evaluate((el) => el === document.activeElement)); tabs += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(addTask).toBeFocused();
  await page.keyboard.press('Enter');
  const taskWhat = page.getByRole('textbox', { name: /^Uppdrag, punkt/ });
  await expect(taskWhat).toBeFocused();
  await page.keyboard.type('Sammanställ underlaget till nästa möte.');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await app.api('meetings:get', { id: summary.id })).tasks.some((t) => t.itemId === lastSubject.id))
    .toBe(true);

  await live.waitNotesSaved();
  await page.reload();
  await live.waitUntilReady();
  // The reload stays on the item in progress.
  await live.expectItem(lastSubject.id, lastSubject.title);
  await expect(live.notes).toContainText(typed.get(lastSubject.id) ?? '');
  await expect(live.opened).toHaveAttribute('data-opened-at', openedAt);

  // Back through the items: notes and standpoints are there.
  for (const item of [...subjects].reverse()) {
    const atId = await currentId();
    let at = order.findIndex((i) => i.id === atId);
    const target = order.findIndex((i) => i.id === item.id);
    while (at > target) {
      await page.keyboard.press('Alt+ArrowUp');
      at -= 1;
      await expect(live.root).toHaveAttribute('data-live-item', String(order[at]?.id));
    }
    await expect(live.notes).toContainText(typed.get(item.id) ?? '');
    const sp = standpoints.get(item.id);
    if (sp) await expect(live.standpoint).toHaveValue(sp);
  }

  // And stored by the host.
  const after = await app.api('meetings:get', { id: summary.id });
  expect(after.openedAt).toBe(openedAt);
  for (const item of subjects) {
    const stored = after.agenda.find((i) => i.id === item.id);
    expect(notesToPlainText(stored?.notes ?? null)).toContain(typed.get(item.id));
    expect(stored?.standpoint).toBe(standpoints.get(item.id) ?? item.standpoint);
  }
  expect(after.tasks.some((t) => t.itemId === lastSubject.id && t.what.startsWith('Sammanställ'))).toBe(true);
  const statuses = members.map((m) => after.calledPersons.find((p) => p.id === m.id)?.attendance.status);
  expect(statuses).toEqual(['present', 'present', 'remote']);

  // Escape leaves live mode for the meeting view.
  await page.keyboard.press('Escape');
  await meetingPage.waitUntilReady(summary.title);
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}$`));
});

test('the clock and the time used on an item, with a warning when over its minutes', async ({ page, app }) => {
  const { summary, meeting } = await psnDecember(app);
  const item = meeting.agenda.find((i) => i.minutes !== null && i.minutes > 0 && i.parentId === null);
  if (!item || item.minutes === null) throw new Error('Mötet saknar en punkt med avsatt tid.');
  await page.clock.install({ time: new Date('2026-12-03T13:02:10+01:00') });
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.clock).toHaveText('13.02');
  await expect(live.timer).toHaveText(`0 av ${item.minutes} min`);
  await expect(live.timer).toHaveAttribute('data-live-timer', 'ok');

  await page.clock.fastForward((item.minutes + 5) * 60_000);
  await expect(live.timer).toHaveAttribute('data-live-timer', 'over');
  await expect(live.timer).toContainText('5 minuter över');
  await expect(live.clock).toHaveText(
    new Date(Date.parse('2026-12-03T13:02:10+01:00') + (item.minutes + 5) * 60_000)
      .toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' })
      .replace(':', '.'),
  );
});

test('the keyboard shortcut help opens and closes from the keyboard', async ({ page, app }) => {
  const { summary } = await psnDecember(app);
  const live = new LivePage(page);
  await live.open(app.url, summary.id);
  const nextItemHelp = live.root.getByText('Nästa punkt', { exact: true });
  await expect(live.shortcutsButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nextItemHelp).toBeHidden();

  await live.shortcutsButton.focus();
  await page.keyboard.press('Enter');
  await expect(live.shortcutsButton).toHaveAttribute('aria-expanded', 'true');
  await expect(nextItemHelp).toBeVisible();
  await expect(live.root.getByText('Infoga ställningstagande', { exact: true })).toBeVisible();

  await page.keyboard.press('Space');
  await expect(live.shortcutsButton).toHaveAttribute('aria-expanded', 'false');
  await expect(nextItemHelp).toBeHidden();
  // A closed <details> is a display lock in Chromium, which every caret move in
  // the notes pays for (see Disclosure); live mode keeps none.
  await expect(page.locator('details')).toHaveCount(0);
});

test('"Starta mötet i liveläge" in the meeting view; "Avsluta mötet" stamps the closing time and leaves live mode', async ({
  page,
  app,
}) => {
  test.slow();
  const { summary, meeting: meetingPage } = await openDemoDraft(page, app);
  await expect(meetingPage.liveStart).toBeVisible();
  await expect(meetingPage.liveStart).toContainText('Starta mötet i liveläge');
  await meetingPage.liveStart.click();

  const live = new LivePage(page);
  await live.waitUntilReady();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}/live/\\d+$`));
  // Only an opened meeting can be closed.
  await expect(live.closeButton).toHaveCount(0);
  await live.startButton.click();
  await expect(live.opened).toHaveText(/^Mötet öppnades kl\. \d\d\.\d\d$/);

  await live.closeButton.click();
  await meetingPage.waitUntilReady(summary.title);
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}$`));
  const stored = await app.api('meetings:get', { id: summary.id });
  expect(stored.closedAt).toMatch(/^\d\d\.\d\d$/);
  await expect(page.getByText(`Mötet avslutades kl. ${stored.closedAt}.`)).toBeVisible();
  await expect(meetingPage.liveStart).toContainText(`mötet avslutades kl. ${stored.closedAt}`);

  // Back in live mode the bar says so, and there is nothing left to close.
  await page.keyboard.press('Alt+l');
  await live.waitUntilReady();
  await expect(live.closed).toHaveText(`Mötet avslutades kl. ${stored.closedAt}`);
  await expect(live.closeButton).toHaveCount(0);
});
