import { notesToPlainText } from '../../shared/notes/text';
import { expect, psnDraftItem, test } from './fixtures';
import { LivePage } from './pages/LivePage';

test('notes the secretary empties on purpose are stored empty (replaceWithEmpty)', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const live = new LivePage(page);
  const emptySave = page.waitForRequest(
    (r) => new URL(r.url()).pathname === '/api/notes:save' && (r.postData() ?? '').includes('"replaceWithEmpty":true'),
  );
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await emptySave;
  await live.waitNotesSaved();
  const stored = (await app.api('meetings:get', { id: summary.id })).agenda.find((i) => i.id === item.id);
  expect(notesToPlainText(stored?.notes ?? null).trim()).toBe('');
});

test('typing into minutes approved meanwhile: the text stays and the refusal is shown in Swedish', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  // Approved from elsewhere while live mode is open.
  await app.api('review:set', {
    meetingId: summary.id,
    status: 'approved',
    reviewers: [{ name: 'Anna Ordförande', role: 'PSN ordförande' }],
    approvedOn: '2026-12-10',
  });
  const refused = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/notes:save');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tillägg efter justeringen.');
  await refused;
  const error = page.locator('.live-item [data-item-save-state="error"]');
  await expect(error).toContainText('justerad');
  await expect(error).toContainText('Texten finns kvar här.');
  await expect(live.notes).toContainText('Tillägg efter justeringen.');
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'error');
  // The stored minutes are unchanged.
  const stored = (await app.api('meetings:get', { id: summary.id })).agenda.find((i) => i.id === item.id);
  expect(notesToPlainText(stored?.notes ?? null)).not.toContain('Tillägg efter justeringen.');
});
