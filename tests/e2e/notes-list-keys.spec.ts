import type { BlockNodeJson } from '../../shared/notes/schema';
import { draftItemOnNewParagraph, expect, test } from './fixtures';
import { typeScript } from './keys';
import { storedNotesBlocks } from './stored-notes';

// Issue 18, point 1 (WCAG 2.1.2): a note that is all list never traps a
// keyboard user. Tab indents only at the very start of a list item; anywhere
// else it moves on to the next control. Alt+Shift+→/← indent and outdent.

/** The nesting of a stored bullet list: each item's words with its depth. */
function outline(list: BlockNodeJson | undefined, depth = 0): string[] {
  if (list?.type !== 'list') return [];
  return list.children.flatMap((item) =>
    item.children.flatMap((child) =>
      child.type === 'list' ? outline(child, depth + 1) : child.type === 'text' ? [`${'  '.repeat(depth)}${child.text}`] : [],
    ),
  );
}

test('Tab indents at the start of a list item and leaves the notes anywhere else; Alt+Shift+arrows indent and outdent', async ({ page, app }) => {
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  // At the start of the new, empty item: Tab indents it.
  await typeScript(page, '- Första[Enter][Tab]Andra');
  await expect(live.notes).toBeFocused();
  // In the middle of an item's words Tab is the way out, to the next control.
  await page.keyboard.press('Tab');
  await expect(live.notes).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(live.notes).toBeFocused();

  await typeScript(page, '[Enter]Tredje[Alt+Shift+ArrowLeft][Enter]Fjärde[Alt+Shift+ArrowRight]');
  await live.waitNotesSaved();

  const blocks = await storedNotesBlocks(app, summary.id, item.id);
  expect(outline(blocks.find((b) => b.type === 'list'))).toEqual(['Första', '  Andra', 'Tredje', '  Fjärde']);
});
