import { numberAgenda } from '../../shared/model/agenda';
import { notesToPlainText } from '../../shared/notes/text';
import { fillTemplate, suggestTemplates } from '../../shared/standpoints/templates';
import { GAP_PATTERN, templateContext } from '../../renderer/standpoints/context';
import type { Page } from '@playwright/test';
import { expect, test, type RunningApp } from './fixtures';
import { LivePage } from './pages/LivePage';
import { MeetingPage } from './pages/MeetingPage';

// The secretary types the moment a control has moved her into writing: no
// character may be lost on the way (issue 15, point 1). Every test types at
// full speed right after the click or key, and reads what the host stored.

const SENTENCE = 'Ordföranden hälsade välkommen';

// Each test seeds and starts its own host; on a busy machine that alone takes a while.
test.slow();

/** PSN's upcoming meeting (a draft, not yet opened) and its agenda in order. */
async function upcoming(app: RunningApp) {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!psn || !summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const order = numberAgenda(meeting.agenda).map((e) => e.item);
  return { psn, summary, meeting, order };
}

/**
 * Holds the host's answers on one channel until released: a host as slow as
 * the secretary's laptop was, so the typing is certain to come first.
 */
async function slowHost(page: Page, channel: string): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    (url) => url.pathname === `/api/${channel}`,
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

async function storedNotes(app: RunningApp, meetingId: number, itemId: number): Promise<string> {
  const meeting = await app.api('meetings:get', { id: meetingId });
  return notesToPlainText(meeting.agenda.find((i) => i.id === itemId)?.notes ?? null);
}

/** Waits for the save indicator, then for the host to hold the text in the item's notes. */
async function expectStoredNotes(app: RunningApp, live: LivePage, meetingId: number, itemId: number, text: string) {
  await live.waitNotesSaved();
  await expect.poll(() => storedNotes(app, meetingId, itemId)).toContain(text);
}

test('typing right after "Starta mötet" lands in the notes, every character', async ({ page, app }) => {
  const { summary, meeting, order } = await upcoming(app);
  expect(meeting.openedAt).toBeNull();
  const first = order[0];
  if (!first) throw new Error('Mötet saknar punkter.');
  const live = new LivePage(page);
  await live.open(app.url, summary.id, first.id);

  const answer = await slowHost(page, 'meetings:open');
  await live.startButton.click();
  await page.keyboard.type(SENTENCE);
  answer();

  await expect(live.opened).toHaveText(/^Mötet öppnades kl\. \d\d\.\d\d$/);
  await expect(live.notes).toBeFocused();
  await expect(live.notes).toContainText(SENTENCE);
  await expectStoredNotes(app, live, summary.id, first.id, SENTENCE);
});

test('typing right after Alt+→ or "Nästa" lands in the next item, every character', async ({ page, app }) => {
  const { summary, order } = await upcoming(app);
  const [first, second, third] = order;
  if (!first || !second || !third) throw new Error('Mötet har för få punkter.');
  const live = new LivePage(page);
  await live.open(app.url, summary.id, first.id);
  await expect(live.notes).toBeFocused();

  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.type(`${SENTENCE} (Alt)`);
  await live.expectItem(second.id, second.title);
  await expect(live.notes).toContainText(`${SENTENCE} (Alt)`);

  await page.getByRole('button', { name: /^Nästa/ }).click();
  await page.keyboard.type(`${SENTENCE} (Nästa)`);
  await live.expectItem(third.id, third.title);
  await expect(live.notes).toContainText(`${SENTENCE} (Nästa)`);

  await expectStoredNotes(app, live, summary.id, second.id, `${SENTENCE} (Alt)`);
  await expectStoredNotes(app, live, summary.id, third.id, `${SENTENCE} (Nästa)`);
  // Nothing went to the item that was left.
  expect(await storedNotes(app, summary.id, first.id)).not.toContain(SENTENCE);
});

test('typing right after inserting a standpoint phrase lands in the standpoint, every character', async ({ page, app }) => {
  const { psn, summary, meeting, order } = await upcoming(app);
  const item = order.find((i) => !i.standing && i.parentId === null && i.standpoint.trim() === '');
  if (!item) throw new Error('Mötet saknar en sakpunkt utan ställningstagande.');
  const body = await app.api('bodies:get', { id: psn.id });
  const templates = await app.api('templates:list', { bodyId: psn.id });
  const best = suggestTemplates(templates, item.kind)[0];
  if (!best) throw new Error('Inga fraser.');
  const filled = fillTemplate(best.text, templateContext(body, meeting, '')).text;
  const typed = 'Beredningsgruppen';
  // The first gap is selected after the insert, so typing fills it; without gaps the text follows the phrase.
  const expected = GAP_PATTERN.test(filled) ? filled.replace(GAP_PATTERN, typed) : `${filled}${typed}`;

  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  await page.keyboard.press('Control+Alt+s');
  await expect(live.picker).toBeVisible();
  await expect(live.picker.getByRole('option', { selected: true })).toHaveAttribute('data-template-label', best.label);
  await page.keyboard.press('Enter');
  await page.keyboard.type(typed);

  await expect(live.standpoint).toHaveValue(expected);
  await live.waitStandpointSaved();
  await expect
    .poll(async () => (await app.api('meetings:get', { id: summary.id })).agenda.find((i) => i.id === item.id)?.standpoint)
    .toBe(expected);
});

test('typing right after "+ Ny punkt" lands in the new item\'s title, every character', async ({ page, app }) => {
  const { summary, meeting } = await upcoming(app);
  const meetingPage = new MeetingPage(page);
  await meetingPage.open(app.url, summary);

  const answer = await slowHost(page, 'agenda:add');
  await meetingPage.agenda.getByRole('button', { name: '+ Ny punkt' }).click();
  await page.keyboard.type('Information från förvaltningen');
  answer();

  const title = page.locator('[data-item-id] .item-title-input:focus');
  await expect(title).toHaveValue('Information från förvaltningen');
  await meetingPage.waitUntilAgendaSaved();
  await expect
    .poll(async () => {
      const after = await app.api('meetings:get', { id: summary.id });
      return after.agenda.filter((i) => !meeting.agenda.some((old) => old.id === i.id)).map((i) => i.title);
    })
    .toEqual(['Information från förvaltningen']);
});

test('Enter in an item\'s heading moves into its notes, where typing lands', async ({ page, app }) => {
  const { summary, meeting } = await upcoming(app);
  const entry = numberAgenda(meeting.agenda).find((e) => e.depth === 0 && !e.item.standing);
  if (!entry) throw new Error('Mötet saknar en sakpunkt.');
  const meetingPage = new MeetingPage(page);
  await meetingPage.open(app.url, summary);
  const item = meetingPage.item(entry.label, entry.item.title);
  const title = meetingPage.titleField(item);
  await title.click();
  await page.keyboard.press('End');

  await page.keyboard.press('Enter');
  await page.keyboard.type(SENTENCE);

  await expect(meetingPage.notes(entry.label, entry.item.title)).toBeFocused();
  await expect(title).toHaveValue(entry.item.title);
  await meetingPage.waitUntilSaved();
  await expect.poll(() => storedNotes(app, summary.id, entry.item.id)).toContain(SENTENCE);
});
