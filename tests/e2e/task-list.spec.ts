import type { Page } from '@playwright/test';
import { recordAnnouncements, takeAnnouncements } from './announcements';
import { expectNoAxeViolations } from './axe';
import { demoDraft, expect, test, type RunningApp } from './fixtures';
import { StartPage } from './pages/StartPage';
import { TaskListPage } from './pages/TaskListPage';

// Issue 19, point 4: "Uppdrag", every task of every body; where each was
// given and followed up, filtered, and marked done from the list.

const OVERDUE = 'Skicka kallelsen till hösten';
const LATER = 'Boka lokal för heldagen';
/** LGS-N's task under item 9 of 12 November, followed up on 28 January. */
const CARRIED = 'Ta fram förslag till delregional rutin för in- och utskrivning';
/** Open in PSN's approved minutes of 15 October. */
const IN_APPROVED = 'Bereda förslag till ställningstagande om den politiska beredningsgruppen för hjälpmedel';

/** The demo, LGS-N's meeting followed up in a new one, and two tasks of Gustav Öhman in PSN's draft (one long overdue). */
async function withFollowUp(app: RunningApp): Promise<void> {
  const lgs = app.meetings.find((m) => m.bodyShortName === 'LGS-N')!;
  await app.api('meetings:createFromPrevious', { meetingId: lgs.id, date: '2027-01-28' });
  const { summary } = await demoDraft(app);
  for (const [what, deadline] of [
    [OVERDUE, '2020-01-10'],
    [LATER, '2099-05-01'],
  ] as const) {
    await app.api('tasks:save', { meetingId: summary.id, task: { itemId: null, what, owner: 'Gustav Öhman', deadline, done: false } });
  }
}

async function openTasks(page: Page, app: RunningApp): Promise<TaskListPage> {
  await withFollowUp(app);
  const tasks = new TaskListPage(page);
  await tasks.open(app.url);
  return tasks;
}

test('filters by body, owner, open/done/all and overdue, and keeps them after a visit to a meeting', async ({ page, app }) => {
  await withFollowUp(app);
  await new StartPage(page).open(app.url);
  const tasks = new TaskListPage(page);
  await tasks.openFromTopBar();

  // Open tasks of every body, as the host lists them.
  await expect(tasks.status('Öppna')).toBeChecked();
  const open = await app.api('tasks:list', { bodyId: null, owner: '', status: 'open', overdueOnly: false, offset: 0, limit: 50 });
  expect(await tasks.whats()).toEqual(open.entries.map((e) => e.what));
  expect(await tasks.whats()).not.toContain('Skicka mötesanteckningen för justering till ordförande och vice ordförande');

  // A carried task is one row: where it was given, where it was followed up.
  await expect(tasks.fact(CARRIED, 'Organ')).toHaveText('LGS-N');
  await expect(tasks.fact(CARRIED, 'Klart senast')).toHaveText('25 mars 2027');
  await expect(tasks.fact(CARRIED, 'Gavs')).toHaveText('12 november 2026, punkt 9 Statistik för in- och utskrivningsprocessen');
  await expect(tasks.fact(CARRIED, 'Följdes upp').getByRole('link')).toHaveText(['28 januari 2027']);

  await tasks.chooseBody('PSN');
  await expect(tasks.list.locator('li.tasklist-row')).not.toHaveCount(0);
  for (const organ of await tasks.list.locator('dl > div').filter({ hasText: 'Organ' }).locator('dd').allTextContents()) {
    expect(organ).toBe('PSN');
  }
  await tasks.filterOwner('öHMAN');
  expect(await tasks.whats()).toEqual([OVERDUE, LATER]);
  await expect(tasks.fact(OVERDUE, 'Status')).toHaveText('Försenad');
  await tasks.setOverdueOnly(true);
  expect(await tasks.whats()).toEqual([OVERDUE]);

  // To the meeting it was given in, and back through the top bar: the filter is as she left it.
  await tasks.fact(OVERDUE, 'Gavs').getByRole('link').click();
  await expect(page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  await expect(page).toHaveURL(/#\/meeting\/\d+$/);
  await tasks.openFromTopBar();
  await expect(tasks.bodyFilter).toHaveValue(String(app.bodies.find((b) => b.shortName === 'PSN')!.id));
  await expect(tasks.ownerFilter).toHaveValue('öHMAN');
  await expect(tasks.overdueOnly).toBeChecked();
  expect(await tasks.whats()).toEqual([OVERDUE]);

  await tasks.setOverdueOnly(false);
  await tasks.showStatus('Klara');
  expect(await tasks.whats()).toEqual([]);
  await expect(tasks.list).toContainText('Inga klara uppdrag.');
  await tasks.showStatus('Alla');
  expect(await tasks.whats()).toEqual([OVERDUE, LATER]);
});

test('marks a task done and open again from the list: the focus stays, one announcement each, the meeting records it', async ({ page, app }) => {
  await recordAnnouncements(page);
  const tasks = await openTasks(page, app);
  await tasks.filterOwner('Öhman');
  await takeAnnouncements(page);

  const button = tasks.doneButton(OVERDUE);
  await button.click();
  await expect(button).toHaveText('Öppna igen');
  await expect(button).toBeFocused();
  await expect(tasks.fact(OVERDUE, 'Status')).toContainText('markerad i uppdragslistan');
  await expect.poll(() => takeAnnouncements(page)).toEqual([`”${OVERDUE}” är markerat klart.`]);
  const { summary } = await demoDraft(app);
  const stored = (await app.api('meetings:get', { id: summary.id })).tasks.find((t) => t.what === OVERDUE);
  expect(stored).toMatchObject({ done: true, doneVia: 'task_list' });

  await button.click();
  await expect(button).toHaveText('Markera klar');
  await expect(button).toBeFocused();
  await expect.poll(() => takeAnnouncements(page)).toEqual([`”${OVERDUE}” är öppet igen.`]);
  expect((await app.api('meetings:get', { id: summary.id })).tasks.find((t) => t.what === OVERDUE)?.done).toBe(false);
});

test('marks done a task of approved minutes: recorded as followed up, the minutes unchanged', async ({ page, app }) => {
  const tasks = await openTasks(page, app);
  const approved = app.meetings.find((m) => m.status === 'approved')!;
  const before = await app.api('export:preview', { meetingId: approved.id });

  await tasks.doneButton(IN_APPROVED).click();
  await expect(tasks.doneButton(IN_APPROVED)).toHaveText('Öppna igen');
  await expect(tasks.fact(IN_APPROVED, 'Status')).toContainText('markerad i uppdragslistan');

  const minutes = await app.api('meetings:get', { id: approved.id });
  expect(minutes.tasks.find((t) => t.what === IN_APPROVED)).toMatchObject({ done: false, doneVia: 'task_list' });
  expect((await app.api('export:preview', { meetingId: approved.id })).html).toBe(before.html);
});

for (const width of [1280, 440]) {
  test(`has no axe violations at ${width} px, with tasks and empty`, async ({ page, app }) => {
    await page.setViewportSize({ width, height: 900 });
    const tasks = await openTasks(page, app);
    await expectNoAxeViolations(page, `Uppdrag, ${width} px`);
    await tasks.doneButton(OVERDUE).click();
    await expect(tasks.doneButton(OVERDUE)).toHaveText('Öppna igen');
    await expectNoAxeViolations(page, `Uppdrag med ett klarmarkerat, ${width} px`);
    await tasks.filterOwner('Ingen sådan person');
    await expect(tasks.list).toContainText('Inga öppna uppdrag.');
    await expectNoAxeViolations(page, `Uppdrag utan träffar, ${width} px`);
  });
}

test('reflows at 320 px: filters and rows in one column, nothing of the view wider than the window', async ({ page, app }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const tasks = await openTasks(page, app);
  const widest = await page.locator('.page-tasks').evaluate((view) =>
    Math.max(...Array.from(view.querySelectorAll('*'), (el) => el.getBoundingClientRect().right)),
  );
  expect(widest).toBeLessThanOrEqual(320);
  const button = await tasks.doneButton(OVERDUE).boundingBox();
  expect(button!.x + button!.width).toBeLessThanOrEqual(320);
});

test('pages a long list, fifty at a time, the focus on the count when the page changes', async ({ page, app }) => {
  const { summary } = await demoDraft(app);
  for (let n = 1; n <= 60; n += 1) {
    const what = `Sidtest ${String(n).padStart(2, '0')}`;
    await app.api('tasks:save', { meetingId: summary.id, task: { itemId: null, what, owner: 'Sidtest', deadline: '2099-01-01', done: false } });
  }
  const tasks = new TaskListPage(page);
  await tasks.open(app.url);
  await tasks.filterOwner('sidtest');
  const count = page.getByRole('heading', { level: 2, name: 'Visar 1–50 av 60 uppdrag' });
  await expect(count).toBeVisible();
  expect(await tasks.whats()).toHaveLength(50);
  await page.getByRole('button', { name: 'Nästa sida' }).click();
  await tasks.waitUntilReady();
  await expect(page.getByRole('heading', { level: 2, name: 'Visar 51–60 av 60 uppdrag' })).toBeFocused();
  expect(await tasks.whats()).toHaveLength(10);
  await expect(page.getByRole('button', { name: 'Nästa sida' })).toHaveCount(0);
});
