import type { Page } from '@playwright/test';
import type { BlockNodeJson, InlineNodeJson } from '../../shared/notes/schema';
import { draftItemOnNewParagraph, expect, test, type RunningApp } from './fixtures';
import { typeScript } from './keys';
import { mailText } from './mail-text';
import { MeetingPage } from './pages/MeetingPage';
import { storedNotesBlocks } from './stored-notes';

// Points 4 and 13 of issue 15: an e-mail pasted as plain text becomes clean
// paragraphs and lists; numbered points broken up by bullets keep their
// numbers in the notes, the editor and the export preview.

/** An e-mail wrapped at 72, blank lines between paragraphs, its numbered points broken up by bullets. */
const EMAIL = mailText([
  'Här kommer mina anteckningar från arbetsgruppens möte i går, som',
  'underlag till punkten om samverkan. Säg till om något behöver rättas.',
  '',
  '1. Lagstiftning – den nya lagen om samordnad individuell plan påverkar',
  'hur kommunerna och regionen kallar till möten och vem som ansvarar.',
  '- Förslaget remitteras till kommunerna.',
  '- Svar senast den 15 mars.',
  '2. Eskaleringsmodell – en modell för hur frågor som inte kan lösas',
  'lokalt lyfts till rätt nivå tas fram under våren.',
  '',
  'Inspel',
  '',
  '- Vi vill kunna följa kvalitet och kostnader.',
  '- Kan vi utveckla de indikatorer vi redan har?',
]);

const inlineText = (nodes: InlineNodeJson[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'link' || n.type === 'autolink' ? inlineText(n.children) : ' ')).join('');

/** What the secretary sees of a block: a paragraph's text (bold or not), a list's kind, first number and items. */
function seen(block: BlockNodeJson): unknown {
  switch (block.type) {
    case 'paragraph':
      return { [block.children.length > 0 && block.children.every((c) => c.type === 'text' && (c.format & 1) === 1) ? 'bold' : 'p']: inlineText(block.children) };
    case 'list':
      return {
        [block.listType]: block.listType === 'number' ? block.start : true,
        items: block.children.map((item) => inlineText(item.children.filter((c): c is InlineNodeJson => c.type !== 'list' && c.type !== 'paragraph'))),
      };
    default:
      return block.type;
  }
}

/** How a block is stored, apart from its words: kinds, formats, list kind and start, the first item. */
function form(block: BlockNodeJson | undefined): string {
  const shell = block?.type === 'list' ? { ...block, children: block.children.slice(0, 1) } : block;
  return JSON.stringify(shell, (key, value: unknown) => (key === 'text' || key === 'value' ? undefined : value));
}

/** The blocks from the one holding `first` to the one holding `last`. */
function between(blocks: BlockNodeJson[], first: string, last: string): BlockNodeJson[] {
  const from = blocks.findIndex((b) => JSON.stringify(b).includes(first));
  const to = blocks.findIndex((b) => JSON.stringify(b).includes(last));
  expect(from, first).toBeGreaterThanOrEqual(0);
  expect(to, last).toBeGreaterThanOrEqual(from);
  return blocks.slice(from, to + 1);
}

/** A numbered point, bullets under it, then "2.": stored as three lists, the last one starting at 2. */
async function expectNumberingResumedAt2(app: RunningApp, meetingId: number, itemId: number, first: string, bullets: string[], last: string): Promise<void> {
  const stored = between(await storedNotesBlocks(app, meetingId, itemId), first, last);
  expect(stored.map(seen)).toEqual([
    { number: 1, items: [first] },
    { bullet: true, items: bullets },
    { number: 2, items: [last] },
  ]);
}

/** The export preview of the meeting: its numbered list holding `text`, whose first item prints `start`. */
async function expectPreviewList(page: Page, app: RunningApp, meetingId: number, title: string, text: string, start: number): Promise<void> {
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, { id: meetingId, title });
  const preview = await meeting.openPreview((await app.api('export:preview', { meetingId })).title);
  const list = preview.locator('ol').filter({ hasText: text });
  await expect(list).toHaveCount(1);
  await expect(list).toHaveJSProperty('start', start);
}

test('an e-mail pasted as plain text: clean paragraphs, lists, "2." kept into the export preview; its "Inspel" is the "/" block', async ({ page, app }) => {
  test.slow();
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  await live.paste({ 'text/plain': EMAIL });
  await expect(live.notes).toContainText('Kommunförbundet Norra');
  // The "/" block right after, typed at full speed.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/insp');
  await expect(page.locator('[data-slash-menu]').getByRole('option', { selected: true })).toHaveAttribute('data-slash-option', 'Inspel');
  // A screen reader hears the Swedish menu and the active option the editor points at.
  await expect(page.getByRole('listbox', { name: 'Infoga block' })).toBeVisible();
  const active = await live.notes.getAttribute('aria-activedescendant');
  await expect(page.getByRole('listbox', { name: 'Infoga block' }).locator(`[id="${active}"]`)).toHaveAttribute('data-slash-option', 'Inspel');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Fler mötesplatser behövs.');
  await page.keyboard.press('Enter');
  // Lines pasted into the list are items of it.
  await live.paste({ 'text/plain': 'Glesbygden har andra utmaningar.\r\nRättvisa är inte alltid att göra lika.\r\n' });
  await expect(live.notes).toContainText('Rättvisa är inte alltid att göra lika.');
  await live.waitNotesSaved();

  const blocks = await storedNotesBlocks(app, summary.id, item.id);
  const pasted = between(blocks, 'Hej Eva,', 'Kommunförbundet Norra');
  expect(pasted.map(seen)).toEqual([
    { p: 'Hej Eva,' },
    { p: 'Här kommer mina anteckningar från arbetsgruppens möte i går, som underlag till punkten om samverkan. Säg till om något behöver rättas.' },
    { number: 1, items: ['Lagstiftning – den nya lagen om samordnad individuell plan påverkar hur kommunerna och regionen kallar till möten och vem som ansvarar.'] },
    { bullet: true, items: ['Förslaget remitteras till kommunerna.', 'Svar senast den 15 mars.'] },
    { number: 2, items: ['Eskaleringsmodell – en modell för hur frågor som inte kan lösas lokalt lyfts till rätt nivå tas fram under våren.'] },
    { bold: 'Inspel' },
    { bullet: true, items: ['Vi vill kunna följa kvalitet och kostnader.', 'Kan vi utveckla de indikatorer vi redan har?'] },
    { p: 'Med vänlig hälsning' },
    { p: 'Anna Andersson' },
    { p: 'Kommunförbundet Norra' },
  ]);
  // The pasted "Inspel" and the one from the "/" menu are the same blocks, stored the same way.
  const slashList = blocks.findIndex((b) => JSON.stringify(b).includes('Fler mötesplatser behövs.'));
  expect(seen(blocks[slashList - 1] as BlockNodeJson)).toEqual({ bold: 'Inspel' });
  expect(form(blocks[slashList - 1])).toBe(form(pasted[5]));
  expect(form(blocks[slashList])).toBe(form(pasted[6]));
  expect(seen(blocks[slashList] as BlockNodeJson)).toEqual({
    bullet: true,
    items: ['Fler mötesplatser behövs.', 'Glesbygden har andra utmaningar.', 'Rättvisa är inte alltid att göra lika.'],
  });
  // The editor shows the second numbered list from 2.
  await expect(live.notes.locator('ol').filter({ hasText: 'Eskaleringsmodell' })).toHaveAttribute('start', '2');

  await expectPreviewList(page, app, summary.id, summary.title, 'Eskaleringsmodell', 2);
});

test('typing "2. " after a bullet list starts the numbered list at 2, in the notes and the export preview', async ({ page, app }) => {
  test.slow();
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  await typeScript(page, '1. Lagstiftning ses över[Enter][Enter]- Förslaget remitteras[Enter]Svar i mars[Enter][Enter]2. Eskaleringsmodell tas fram');
  await live.waitNotesSaved();

  await expectNumberingResumedAt2(app, summary.id, item.id, 'Lagstiftning ses över', ['Förslaget remitteras', 'Svar i mars'], 'Eskaleringsmodell tas fram');
  await expectPreviewList(page, app, summary.id, summary.title, 'Eskaleringsmodell tas fram', 2);
});

test('Word list paragraphs "1.", bullets, "2." paste as three lists, the last starting at 2', async ({ page, app }) => {
  test.slow();
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  const para = (list: string, marker: string, text: string) =>
    `<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:${list} level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
  const html = `<html><body><!--StartFragment-->${[
    para('l0', '1.', 'Lagstiftning i Word'),
    para('l1', '·', 'Remiss till kommunerna'),
    para('l1', '·', 'Svar i mars'),
    para('l0', '2.', 'Eskaleringsmodell i Word'),
  ].join('\n')}<!--EndFragment--></body></html>`;
  await live.paste({ 'text/html': html, 'text/plain': '1. Lagstiftning i Word' });
  await expect(live.notes).toContainText('Eskaleringsmodell i Word');
  await live.waitNotesSaved();

  await expectNumberingResumedAt2(app, summary.id, item.id, 'Lagstiftning i Word', ['Remiss till kommunerna', 'Svar i mars'], 'Eskaleringsmodell i Word');
});

test('a megabyte of e-mail text pastes whole and is saved without an empty paragraph; five are refused at once, in Swedish', async ({ page, app }) => {
  test.setTimeout(240_000);
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  const mail = (megabytes: number): { text: string; copies: number } => {
    const copies = Math.ceil((megabytes * 1024 * 1024) / EMAIL.length);
    return { text: Array.from({ length: copies }, (_, i) => EMAIL.replace('Hej Eva,', `Hej Eva (${i + 1}),`)).join('\r\n'), copies };
  };
  const refused = page.locator('.live-item [data-paste-refused]');
  const editorHas = (text: string) => live.notes.evaluate((el, t) => (el.textContent ?? '').includes(t), text);

  // Ten blocks to a copy: 50 000 blocks is more than one item's notes may hold.
  await live.paste({ 'text/plain': mail(5).text });
  await expect(refused).toHaveText(/^Det inklistrade blir för långt för en punkts anteckningar: \d+\s\d{3} stycken, högst 20\s000\. Inget klistrades in\./);
  expect(await editorHas('Hej Eva (1),')).toBe(false);

  const { text, copies } = mail(1);
  await live.paste({ 'text/plain': text });
  await expect.poll(() => editorHas(`Hej Eva (${copies}),`), { timeout: 120_000 }).toBe(true);
  await expect(refused).toBeHidden();
  await expect(page.locator('[data-save-state]').first()).toHaveAttribute('data-save-state', 'saved', { timeout: 120_000 });

  const blocks = await storedNotesBlocks(app, summary.id, item.id);
  const pasted = between(blocks, 'Hej Eva (1),', `Hej Eva (${copies}),`);
  expect(pasted.filter((b) => b.type === 'paragraph' && b.children.length === 0)).toEqual([]);
  expect(pasted.filter((b) => b.type === 'list' && b.listType === 'number' && b.start === 2)).toHaveLength(copies - 1);
});
