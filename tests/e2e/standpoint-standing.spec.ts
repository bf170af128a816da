import { STANDING_TITLES } from '../../shared/model/standing-agenda';
import { DEFAULT_STANDPOINT_TEMPLATES } from '../../shared/standpoints/templates';
import { expect, test } from './fixtures';
import { LivePage } from './pages/LivePage';

const phrase = (standing: string) => DEFAULT_STANDPOINT_TEMPLATES.find((t) => t.standing === standing)?.text ?? '';

test('"Fyll i standardfraser" fills the three standing items in one action', async ({ page, app }) => {
  const psn = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === psn?.id && m.date === '2026-12-03');
  if (!summary) throw new Error('Demodatan saknar PSN:s möte 2026-12-03.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const byTitle = (title: string) => {
    const item = meeting.agenda.find((i) => i.title === title);
    if (!item) throw new Error(`Punkten ${title} saknas.`);
    return item;
  };
  const agenda = byTitle(STANDING_TITLES.agendaApproval);
  const previous = byTitle(STANDING_TITLES.previousMinutes);
  const other = byTitle(STANDING_TITLES.otherQuestions);
  // Start from empty standpoints.
  for (const item of [agenda, previous, other]) {
    await app.api('standpoint:save', { meetingId: summary.id, itemId: item.id, standpoint: '' });
  }

  const live = new LivePage(page);
  await live.open(app.url, summary.id, agenda.id);
  await live.standingButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-standing-status="done"]')).toHaveText('3 standardfraser ifyllda.');
  // The field of the item on screen shows it at once.
  await expect(live.standpoint).toHaveValue(phrase('agendaApproved'));
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await live.waitStandpointSaved();

  const after = await app.api('meetings:get', { id: summary.id });
  const stored = (id: number) => after.agenda.find((i) => i.id === id)?.standpoint;
  expect(stored(agenda.id)).toBe(phrase('agendaApproved'));
  expect(stored(previous.id)).toBe(phrase('noRemarksOnPreviousMinutes'));
  expect(stored(other.id)).toBe(phrase('noOtherQuestions'));

  // Only empty standpoints are filled: an edited one is left alone.
  await live.standpoint.fill('Agendan godkändes med tillägg av en övrig fråga.');
  await live.waitStandpointSaved();
  await live.standingButton.click();
  await expect(page.locator('[data-standing-status="done"]')).toHaveText('Standardfraserna var redan ifyllda.');
  await expect(live.standpoint).toHaveValue('Agendan godkändes med tillägg av en övrig fråga.');
  const again = await app.api('meetings:get', { id: summary.id });
  expect(again.agenda.find((i) => i.id === agenda.id)?.standpoint).toBe('Agendan godkändes med tillägg av en övrig fråga.');
});
