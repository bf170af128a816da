import { draftItemOnNewParagraph, expect, test } from './fixtures';
import { storedNotes, visitNodes } from './stored-notes';

test('the slash menu inserts "Inspel": a bold label and a bullet list', async ({ page, app }) => {
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  const menu = page.locator('[data-slash-menu]');
  // Esc closes the menu and stays in live mode (it does not leave for the meeting view).
  await page.keyboard.type('/');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('option')).toHaveCount(8);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`/live/${item.id}$`));
  await page.keyboard.press('Backspace');
  await page.keyboard.type('/insp');
  await expect(menu.getByRole('option')).toHaveCount(1);
  await expect(menu.getByRole('option', { selected: true })).toHaveAttribute('data-slash-option', 'Inspel');
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await page.keyboard.type('Fler mötesplatser behövs.');
  await live.waitNotesSaved();

  await expect(live.notes.locator('strong, .nt-bold').filter({ hasText: 'Inspel' })).toBeVisible();
  await expect(live.notes.locator('ul li').last()).toHaveText('Fler mötesplatser behövs.');
  const stored = await storedNotes(app, summary.id, item.id);
  const blocks = stored.root.children;
  const inspelIndex = blocks.findIndex((b) => JSON.stringify(b).includes('"text":"Inspel"'));
  expect(inspelIndex).toBeGreaterThanOrEqual(0);
  expect(JSON.stringify(blocks[inspelIndex])).toContain('"format":1');
  expect(blocks[inspelIndex + 1]).toMatchObject({ type: 'list', listType: 'bullet' });
  expect(JSON.stringify(blocks[inspelIndex + 1])).toContain('Fler mötesplatser behövs.');
  // No "/insp" left behind.
  expect(JSON.stringify(stored)).not.toContain('/insp');
});

test('hostile HTML pasted from a web page is cleaned: no script runs, no unsafe link is stored', async ({ page, app }) => {
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);

  const html = `
    <html><head><style>p { color: red }</style><script>window.__pwned = 'head';</script></head>
    <body style="background:url(javascript:alert(1))">
      <p class="MsoNormal" style="color:red;font-family:'Comic Sans MS'">Rent <b>fett</b> stycke.<script>window.__pwned = 'inline';</script></p>
      <img src="x" onerror="window.__pwned = 'onerror'">
      <img src="file:///C:/Users/sekreterare/bild.png">
      <p><a href="javascript:window.__pwned='link'">farlig länk</a> och <a href="https://example.se/plan" target="_blank" style="color:blue" onclick="window.__pwned='click'">säker länk</a>.</p>
      <p><a href="file:///C:/hemligt.docx">fil-länk</a></p>
      <svg onload="window.__pwned='svg'"><circle r="1"/></svg>
      <iframe src="javascript:parent.__pwned='iframe'"></iframe>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span>Första punkten</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span>Andra punkten</p>
    </body></html>`;
  await page.evaluate(() => {
    (window as unknown as { __pwned?: string }).__pwned = undefined;
  });
  await live.paste({ 'text/html': html, 'text/plain': 'Rent fett stycke.' });

  await expect(live.notes).toContainText('Rent fett stycke.');
  await expect(live.notes).toContainText('Andra punkten');
  await live.waitNotesSaved();

  // Nothing ran, and nothing dangerous reached the page.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  await expect(live.notes.locator('img, script, svg, iframe, [style], [onerror], [onclick]')).toHaveCount(0);
  await expect(live.notes.locator('a[href^="javascript:"], a[href^="file:"]')).toHaveCount(0);
  await expect(live.notes.getByRole('link', { name: 'säker länk' })).toHaveAttribute('href', 'https://example.se/plan');

  // The stored notes: only safe links, no styles, Word's list as a real numbered list.
  const stored = await storedNotes(app, summary.id, item.id);
  const json = JSON.stringify(stored);
  expect(json).not.toMatch(/javascript:|file:|Comic Sans|color:|onerror|__pwned/);
  const urls: string[] = [];
  const styles: string[] = [];
  visitNodes(stored.root, (n) => {
    if (n.type === 'link' || n.type === 'autolink') urls.push(String(n.url));
    if (typeof n.style === 'string' && n.style) styles.push(n.style);
  });
  expect(urls).toEqual(['https://example.se/plan']);
  expect(styles).toEqual([]);
  expect(json).toContain('farlig länk');
  expect(json).toContain('fil-länk');
  const list = stored.root.children.find((b) => b.type === 'list' && JSON.stringify(b).includes('Första punkten'));
  expect(list).toMatchObject({ type: 'list', listType: 'number' });
  expect(JSON.stringify(list)).not.toMatch(/1\.\s|mso/);
});

test('plain-text paste stays plain', async ({ page, app }) => {
  const { live } = await draftItemOnNewParagraph(page, app);
  await live.paste({ 'text/plain': '<b>inte fet</b> text' });
  await expect(live.notes).toContainText('<b>inte fet</b> text');
  await expect(live.notes.locator('strong, b').filter({ hasText: 'inte fet' })).toHaveCount(0);
});
