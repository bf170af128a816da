import { bold, link, paragraph, text } from '../../shared/notes/build';
import { draftItemOnNewParagraph, expect, psnDraftItem, test } from './fixtures';
import { LivePage } from './pages/LivePage';
import { storedNotes, visitNodes } from './stored-notes';

// Point 6 of "Trust", the paste half: a corpus of hostile HTML pasted into a
// meeting's notes, then 5 MB of Word HTML. Nothing may run, no unsafe link or
// image may be stored, the text must be kept, and the editor must stay usable.

const PWN = (id: string) => `window.__pwned=(window.__pwned||[]).concat('${id}');document.title='pwned'`;

/** Each item carries a line "Rad N …" that must survive the cleaning. */
const CORPUS: { name: string; html: string }[] = [
  { name: 'script tags', html: `<script>${PWN('script')}</script><p>Rad 1 skript<script src="https://evil.example/x.js"></script></p><SCRIPT>${PWN('SCRIPT')}</SCRIPT>` },
  {
    name: 'event-handler attributes',
    html: `<p onclick="${PWN('onclick')}" onmouseover="${PWN('onmouseover')}">Rad 2 händelser</p><img src="x" onerror="${PWN('onerror')}"><details open ontoggle="${PWN('ontoggle')}"><summary>Rad 2b</summary></details><body onload="${PWN('onload')}"><video><source onerror="${PWN('source')}"></video>`,
  },
  {
    name: 'javascript: links',
    html: `<p><a href="javascript:${PWN('js')}">Rad 3 js</a> <a href="JaVaScRiPt:${PWN('JS')}">stor</a> <a href="  javascript:${PWN('space')}">mellanslag</a> <a href="jav&#x09;ascript:${PWN('tab')}">tabb</a> <a href="&#106;avascript:${PWN('entity')}">entitet</a></p>`,
  },
  {
    name: 'data: and vbscript: links',
    html: `<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Rad 4 data</a> <a href="data:text/html,<script>${PWN('data')}</script>">data2</a> <a href="vbscript:msgbox(1)">vbs</a></p>`,
  },
  {
    name: 'file:// images and links',
    html: `<p>Rad 5 bilder</p><img src="file:///C:/Users/sekreterare/bild.png"><img src="data:image/png;base64,iVBORw0KGgo="><img src="https://evil.example/spår.gif"><p><a href="file:///C:/hemligt.docx">fil-länk</a> <a href="\\\\server\\delad\\hemligt.docx">unc</a></p><picture><source srcset="file:///x.png"></picture>`,
  },
  {
    name: 'CSS expressions and styles',
    html: `<style>@import url("javascript:${PWN('import')}"); p { background: url(javascript:${PWN('bg')}) }</style><p style="width: expression(${PWN('expr')}); background:url('javascript:${PWN('url')}'); behavior: url(x.htc); -moz-binding: url(x.xml#x)">Rad 6 css</p><div style="position:fixed;inset:0;z-index:99999;background:red">Rad 6b täcker</div>`,
  },
  {
    name: 'frames, objects, forms, meta, base',
    html: `<iframe srcdoc="<script>parent.${PWN('srcdoc')}</script>"></iframe><iframe src="javascript:parent.${PWN('iframe')}"></iframe><object data="javascript:${PWN('object')}"></object><embed src="javascript:${PWN('embed')}"><meta http-equiv="refresh" content="0;url=javascript:${PWN('meta')}"><base href="javascript:${PWN('base')}//"><form action="javascript:${PWN('form')}"><button>Rad 7 knapp</button></form><p>Rad 7 ramar</p>`,
  },
  {
    name: 'SVG and MathML',
    html: `<svg onload="${PWN('svg')}"><script>${PWN('svgscript')}</script><a href="javascript:${PWN('svga')}"><text>svg-text</text></a></svg><math><mi xlink:href="javascript:${PWN('math')}">x</mi></math><p>Rad 8 svg</p>`,
  },
  {
    name: 'mutation-XSS shapes',
    html: `<noscript><p title="</noscript><img src=x onerror=${PWN('noscript')}>">Rad 9 noscript</p></noscript><p>Rad 9 mxss</p><svg><style><img src=x onerror="${PWN('svgstyle')}"></style></svg><template><img src=x onerror="${PWN('template')}"></template><textarea><img src=x onerror="${PWN('textarea')}"></textarea>`,
  },
  {
    name: 'a safe link with hostile attributes',
    html: `<p>Rad 10 <a href="https://example.se/plan" target="_blank" rel="opener" onclick="${PWN('click')}" style="color:red" title="x">säker länk</a> och <a href="mailto:sekreterare@example.se">e-post</a></p>`,
  },
];

const UNSAFE_URL = /^\s*(javascript|data|file|vbscript):|^\s*\\\\/i;

test('a corpus of hostile HTML pastes: nothing runs, no unsafe link or image is stored, the text is kept', async ({ page, app }) => {
  const { summary, item } = await psnDraftItem(app);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(app.origin)) requests.push(request.url());
  });
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  const title = await page.title();

  for (const entry of CORPUS) {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await live.paste({ 'text/html': entry.html, 'text/plain': entry.name });
    const line = /Rad \d+/.exec(entry.html)?.[0] ?? '';
    await expect(live.notes, entry.name).toContainText(line);
  }
  await live.waitNotesSaved();

  // Nothing ran, nothing was fetched, nothing dangerous reached the page.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned)).toBeUndefined();
  expect(await page.title()).toBe(title);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
  await expect(live.notes.locator('img, script, style, svg, math, iframe, object, embed, form, meta, base, video, picture')).toHaveCount(0);
  await expect(live.notes.locator('[style], [onclick], [onerror], [onload], [onmouseover], [ontoggle], [srcdoc]')).toHaveCount(0);
  const hrefs = await live.notes.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => UNSAFE_URL.test(href))).toEqual([]);

  // What was stored: only web and e-mail links, no images, no styles, every line of text.
  const stored = await storedNotes(app, summary.id, item.id);
  const urls: string[] = [];
  const types = new Set<string>();
  const styles: string[] = [];
  visitNodes(stored.root, (n) => {
    types.add(String(n.type));
    if (n.type === 'link' || n.type === 'autolink') urls.push(String(n.url));
    if (typeof n.style === 'string' && n.style) styles.push(n.style);
  });
  expect(urls).toEqual(['https://example.se/plan', 'mailto:sekreterare@example.se']);
  expect([...types].filter((t) => !['root', 'paragraph', 'text', 'link', 'linebreak', 'heading', 'quote', 'list', 'listitem'].includes(t))).toEqual([]);
  expect(styles).toEqual([]);
  const json = JSON.stringify(stored);
  expect(json).not.toMatch(/javascript:|vbscript:|data:|file:|expression\(|__pwned|onerror|onclick/i);
  for (let n = 1; n <= 10; n++) expect(json).toContain(`Rad ${n}`);
  for (const text of ['fil-länk', 'säker länk', 'Rad 3 js', 'Rad 4 data', 'Rad 6b täcker']) expect(json).toContain(text);
});

test('a paste from another Anteckna window with a hostile link is cleaned the same way', async ({ page, app }) => {
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);
  // Lexical's own clipboard format, as a hostile page could put it on the clipboard:
  // the app's own nodes, with a colour smuggled into a text and a javascript: link.
  const lexical = JSON.stringify({
    namespace: 'anteckna',
    nodes: [
      paragraph(
        { ...text('Rad L '), style: 'color:red' },
        bold('viktigt '),
        { ...link('https://example.se/beslut', 'beslutet '), target: '_blank' },
        link(`javascript:${PWN('lexical')}`, 'farlig'),
      ),
    ],
  });
  await live.paste({
    'text/html': '<p>Rad L viktigt beslutet <a href="javascript:void 0">farlig</a></p>',
    'text/plain': 'Rad L viktigt beslutet farlig',
    'application/x-lexical-editor': lexical,
  });
  await expect(live.notes).toContainText('Rad L viktigt beslutet farlig');
  await live.waitNotesSaved();
  const stored = await storedNotes(app, summary.id, item.id);
  expect(JSON.stringify(stored)).not.toMatch(/javascript:|color:red/);
  expect(JSON.stringify(stored)).toContain('farlig');
  // What is safe in a copy between editors survives it: bold text and a web link.
  const nodes: Record<string, unknown>[] = [];
  visitNodes(stored.root, (n) => nodes.push(n));
  expect(nodes.find((n) => n.text === 'viktigt ')).toMatchObject({ format: 1 });
  expect(nodes.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['https://example.se/beslut']);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned)).toBeUndefined();
});

/** About 5 MB of what Word puts on the clipboard: styled paragraphs, <o:p>, conditional comments, list paragraphs. */
function wordHtml(targetBytes: number): { html: string; paragraphs: number } {
  const head = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15"><style><!--
 p.MsoNormal, li.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}
 @list l0:level1 {mso-level-number-format:bullet; mso-level-text:\uF0B7; mso-level-tab-stop:none;}
--></style><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]--></head><body lang=SV style='tab-interval:65.2pt;word-wrap:break-word'><!--StartFragment--><div class=WordSection1>`;
  const tail = '</div><!--EndFragment--></body></html>';
  const parts: string[] = [head];
  let size = head.length + tail.length;
  let n = 0;
  while (size < targetBytes) {
    n++;
    let chunk =
      `<p class=MsoNormal style='margin-bottom:0cm;line-height:normal;mso-pagination:none;mso-layout-grid-align:none'><span style='font-size:11.0pt;font-family:"Calibri",sans-serif;mso-ascii-theme-font:minor-latin;mso-fareast-font-family:Calibri;mso-bidi-font-family:"Times New Roman";color:#1F3864;mso-themecolor:accent1'>` +
      `Stycke ${n}: Arbetsgruppen redovisade läget i uppdraget om samverkan kring äldre med omfattande behov.<o:p></o:p></span></p>\n`;
    if (n % 10 === 0) {
      for (const [cls, k] of [['MsoListParagraphCxSpFirst', 1], ['MsoListParagraphCxSpMiddle', 2], ['MsoListParagraphCxSpLast', 3]] as const) {
        chunk +=
          `<p class=${cls} style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>` +
          `<span style='mso-fareast-font-family:"Times New Roman"'>Punkt ${n}.${k}<o:p></o:p></span></p>\n`;
      }
    }
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push(tail);
  return { html: parts.join(''), paragraphs: n };
}

test('5 MB of Word HTML pastes without freezing the editor, keeps the text and is saved', async ({ page, app }) => {
  test.setTimeout(240_000);
  const { summary, item, live } = await draftItemOnNewParagraph(page, app);

  const { html, paragraphs } = wordHtml(5 * 1024 * 1024);
  expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
  const started = Date.now();
  await live.paste({ 'text/html': html, 'text/plain': `Stycke 1: Arbetsgruppen redovisade läget` });

  // Generous waits: the point is that it finishes and the editor answers, not how fast.
  // textContent, not toContainText: Playwright's own text walk over 9 000 paragraphs is what would be slow.
  const editorHas = (text: string) => live.notes.evaluate((el, t) => (el.textContent ?? '').includes(t), text);
  await expect.poll(() => editorHas(`Stycke ${paragraphs}:`), { timeout: 120_000 }).toBe(true);
  console.info(`hostile-paste: ${(html.length / 1024 / 1024).toFixed(1)} MB Word HTML, ${paragraphs} paragraphs, in the editor after ${Date.now() - started} ms`);
  await live.notes.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Efter inklistringen skriver jag vidare.');
  await expect.poll(() => editorHas('Efter inklistringen skriver jag vidare.'), { timeout: 60_000 }).toBe(true);
  await expect(page.locator('[data-save-state]').first()).toHaveAttribute('data-save-state', 'saved', { timeout: 120_000 });
  console.info(`hostile-paste: typed and saved after ${Date.now() - started} ms`);

  const stored = await storedNotes(app, summary.id, item.id);
  const json = JSON.stringify(stored);
  expect(json).toContain('Stycke 1: Arbetsgruppen');
  expect(json).toContain(`Stycke ${paragraphs}: Arbetsgruppen`);
  expect(json).toContain('Efter inklistringen skriver jag vidare.');
  expect(json).not.toMatch(/mso-|supportLists|o:p|Calibri|StartFragment|WordDocument/);
  // Word's list paragraphs became real bullet lists, without the "·" marker as text.
  const lists = stored.root.children.filter((b) => b.type === 'list');
  expect(lists.length).toBeGreaterThanOrEqual(Math.floor(paragraphs / 10));
  expect(lists[0]).toMatchObject({ listType: 'bullet' });
  expect(JSON.stringify(lists[0])).not.toContain('·');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned)).toBeUndefined();
});

test('a paste the notes could never save is refused with a Swedish message, and nothing saved changes', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { summary, item } = await psnDraftItem(app);
  const before = JSON.stringify((await app.api('meetings:get', { id: summary.id })).agenda.find((i) => i.id === item.id)?.notes ?? null);
  const live = new LivePage(page);
  await live.open(app.url, summary.id, item.id);
  await expect(live.notes).toBeFocused();
  await page.keyboard.press('Control+End');
  const refused = page.locator('.live-item [data-paste-refused]');

  // More paragraphs than one item's notes may hold.
  const many = Array.from({ length: 20_001 }, (_, i) => `<p>Stycke ${i + 1}</p>`).join('');
  await live.paste({ 'text/html': many, 'text/plain': 'Stycke 1' });
  await expect(refused).toHaveText(/^Det inklistrade blir för långt för en punkts anteckningar: 20\s0\d\d stycken, högst 20\s000\. Inget klistrades in\. Klistra in en mindre del i taget\.$/);
  await expect(refused).toHaveAttribute('role', 'alert');
  await expect(live.notes).not.toContainText('Stycke 20001');

  // A list nested deeper than the notes can store.
  const deep = `${'<ul><li>nivå'.repeat(200)}${'</li></ul>'.repeat(200)}`;
  await live.paste({ 'text/html': deep, 'text/plain': 'nivå' });
  await expect(refused).toHaveText(/^Det inklistrade är nästlat i för många nivåer \(högst \d+\)\. Inget klistrades in\./);

  // One line of plain text longer than a text run may be.
  await live.paste({ 'text/html': '', 'text/plain': 'x'.repeat(250_000) });
  await expect(refused).toHaveText(/^Ett stycke i det inklistrade är för långt: 250\s000 tecken, högst 200\s000\./);
  await expect(live.notes).not.toContainText('xxxxxxxxxx');

  // The editor still takes typing, the note goes, and only the typed text is saved.
  await live.notes.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Skrivet efter den nekade inklistringen.');
  await expect(refused).toBeHidden();
  await live.waitNotesSaved();
  const after = await storedNotes(app, summary.id, item.id);
  const json = JSON.stringify(after);
  expect(json).toContain('Skrivet efter den nekade inklistringen.');
  expect(json).not.toMatch(/Stycke 1"|nivå|xxxxxxxxxx/);
  // Everything stored before is still there.
  for (const text of JSON.parse(before) === null ? [] : [...before.matchAll(/"text":"([^"]{8,})"/g)].map((m) => m[1] ?? '')) {
    expect(json).toContain(text);
  }
});
