import type { Locator } from '@playwright/test';
import type { BlockNodeJson } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';
import { expect, psnDraftItem, test } from './fixtures';
import { LivePage } from './pages/LivePage';
import { storedNotesBlocks } from './stored-notes';

// On a busy laptop Chromium delivers a key or a paste before it tells the
// editor that Ctrl+End or an arrow key moved the caret. Each test below moves
// the caret and acts in the same task, which is that case made certain: the
// act must happen where the caret is shown, not where it was.

const blockText = (block: BlockNodeJson | undefined): string =>
  block === undefined ? '' : notesToPlainText({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [block] } }).trim();

/** Puts the browser's caret at the start or the end of the notes' text, then runs `act` before any event can tell the editor. */
async function moveCaretThen(notes: Locator, where: 'start' | 'end', act: { paste: string } | { key: 'Enter' }): Promise<void> {
  await notes.evaluate(
    (el, { where, act }) => {
      const texts: Text[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) texts.push(node as Text);
      const target = where === 'start' ? texts[0] : texts[texts.length - 1];
      if (target === undefined) throw new Error('Anteckningarna har ingen text.');
      window.getSelection()?.collapse(target, where === 'start' ? 0 : target.length);
      if ('paste' in act) {
        const transfer = new DataTransfer();
        transfer.setData('text/plain', act.paste);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      } else {
        el.dispatchEvent(new KeyboardEvent('keydown', { key: act.key, code: act.key, bubbles: true, cancelable: true }));
      }
    },
    { where, act },
  );
}

test('a paste right after the caret moved to the end lands at the end, not where the caret was', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  const before = await storedNotesBlocks(app, summary.id, item.id);

  await moveCaretThen(live.notes, 'end', { paste: ' Tillagt sist.' });
  await expect(live.notes).toContainText('Tillagt sist.');
  await live.waitNotesSaved();

  const after = await storedNotesBlocks(app, summary.id, item.id);
  const expected = before.map(blockText);
  expected[expected.length - 1] += ' Tillagt sist.';
  expect(after.map(blockText)).toEqual(expected);
});

test('Enter right after the caret moved to the start opens a line above the notes, not below them', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app, { withNotes: true });
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await live.notes.click();
  await page.keyboard.press('Control+End');
  await expect(live.notes).toBeFocused();
  const before = await storedNotesBlocks(app, summary.id, item.id);

  await moveCaretThen(live.notes, 'start', { key: 'Enter' });
  await page.keyboard.type('Först.');
  await expect(live.notes).toContainText('Först.');
  await live.waitNotesSaved();

  const after = await storedNotesBlocks(app, summary.id, item.id);
  expect(after.map(blockText)).toEqual(['', `Först.${blockText(before[0])}`, ...before.slice(1).map(blockText)]);
});
