import { numberAgenda } from '../../shared/model/agenda';
import { notes, paragraph, text } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, psnDraftItem, test } from './fixtures';
import { StartPage } from './pages/StartPage';

/**
 * A meeting far longer than the window: its notes editors are mounted as they
 * come near the screen or in idle time, not all in the commit that opens it.
 * What the secretary must see: every item's text is there at once, every
 * editor becomes editable without her scrolling, and typing in the last item
 * is saved like any other.
 */
test('a meeting of thirty items: far items show their text, become editable without scrolling, and save what is typed', async ({
  page,
  app,
}) => {
  const { summary, item: first } = await psnDraftItem(app);
  let after = first.id;
  for (let i = 1; i <= 24; i++) {
    const added = await app.api('agenda:add', {
      meetingId: summary.id,
      parentId: null,
      afterItemId: after,
      title: `Tillagd punkt ${i}`,
    });
    const lines = Array.from({ length: 6 }, (_, n) => paragraph(text(`Punkt ${i}, stycke ${n + 1}: arbetsgruppen redovisar läget.`)));
    await app.api('notes:save', { meetingId: summary.id, itemId: added.id, notes: notes(...lines) });
    after = added.id;
  }
  const meeting = await app.api('meetings:get', { id: summary.id });
  const numbered = numberAgenda(meeting.agenda).filter((e) => e.depth === 0);
  const last = numbered.find((e) => e.item.title === 'Tillagd punkt 24');
  if (!last) throw new Error('Den sist tillagda punkten saknas.');

  const start = new StartPage(page);
  await start.open(app.url);
  const view = await start.openMeeting(app.bodies.find((b) => b.id === summary.bodyId)?.name ?? '', summary);

  // The text of an item far below is in the page (find in page, screen readers) …
  const lastItem = view.item(last.label, last.item.title);
  await expect(lastItem).toContainText('Punkt 24, stycke 6: arbetsgruppen redovisar läget.');
  // … and every editor is mounted in idle time, without scrolling.
  await expect(page.locator('[data-notes-pending]')).toHaveCount(0);
  const editors = page.locator('article [data-notes-item] [contenteditable="true"]');
  await expect(editors).toHaveCount(numberAgenda(meeting.agenda).length);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  const sentence = 'Beslut fattas vid nästa möte.';
  await view.writeNotes(last.label, last.item.title, sentence);
  const stored = await app.api('meetings:get', { id: summary.id });
  const storedLast = stored.agenda.find((i) => i.id === last.item.id);
  expect(notesToPlainText(storedLast?.notes ?? null)).toContain(`Punkt 24, stycke 6: arbetsgruppen redovisar läget.${sentence}`);
});
