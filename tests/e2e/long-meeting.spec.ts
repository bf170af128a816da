import { numberAgenda } from '../../shared/model/agenda';
import { notes, paragraph, text } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, psnDraftItem, test } from './fixtures';
import { MeetingPage } from './pages/MeetingPage';
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

/**
 * Notes far from the screen are not laid out until she scrolls to them
 * (`content-visibility: auto`); until then they stand in at an expected
 * height. A flat guess made the page jump as they came into view, so a
 * button she aimed at moved before the click landed (a CI failure).
 */
for (const viewport of [
  { width: 1280, height: 720 },
  { width: 320, height: 640 },
]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport });

    test('scrolling down a new meeting, nothing moves once it is on the screen; written notes stand in close to their height', async ({
      page,
      app,
    }) => {
      const psn = app.bodies.find((b) => b.shortName === 'PSN');
      if (!psn) throw new Error('Demodatan saknar PSN.');
      const { id } = await app.api('meetings:createFromBody', { bodyId: psn.id, date: '2027-02-18' });
      let after: number | null = (await app.api('meetings:get', { id })).agenda.at(-1)?.id ?? null;
      for (let i = 1; i <= 12; i++) {
        const added = await app.api('agenda:add', { meetingId: id, parentId: null, afterItemId: after, title: `Punkt utan anteckningar ${i}` });
        after = added.id;
      }
      const meeting = await app.api('meetings:get', { id });
      const view = new MeetingPage(page);
      await view.open(app.url, { id, title: meeting.title });
      await expect(page.locator('[data-notes-pending]')).toHaveCount(0);

      // Each item's heading brought to the middle of the window, as her scrolling does: where it
      // is in the frame after the scroll is where it stays once the notes around it are laid out.
      const moved = await page.evaluate(async () => {
        const frames = (n: number) =>
          new Promise<void>((resolve) => {
            const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
            step(n);
          });
        const shifts: { item: string; by: number }[] = [];
        for (const heading of document.querySelectorAll<HTMLElement>('article .agenda-item h3')) {
          heading.scrollIntoView({ block: 'center' });
          await frames(1);
          const shown = heading.getBoundingClientRect().top;
          await frames(4);
          const by = Math.round(heading.getBoundingClientRect().top - shown);
          if (by !== 0) shifts.push({ item: heading.textContent ?? '', by });
        }
        return shifts;
      });
      expect(moved, 'punkter som flyttade sig när anteckningarna runt dem visades').toEqual([]);

      // Written notes: the page's height before they were shown is close to the height after.
      const { summary } = await psnDraftItem(app, { withNotes: true });
      await view.open(app.url, summary);
      await expect(page.locator('[data-notes-pending]')).toHaveCount(0);
      const before = await page.evaluate(() => document.documentElement.scrollHeight);
      const heightShown = await page.evaluate(async () => {
        for (const editor of document.querySelectorAll<HTMLElement>('article .notes-editor')) {
          editor.scrollIntoView({ block: 'center' });
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        }
        return document.documentElement.scrollHeight;
      });
      expect(Math.abs(heightShown - before) / heightShown, `sidans höjd ${before} px före och ${heightShown} px efter`).toBeLessThan(0.05);
    });
  });
}
