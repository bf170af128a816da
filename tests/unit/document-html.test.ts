import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/document/build';
import { escapeHtml, renderMinutesHtml } from '../../shared/document/html';
import type { MinutesDocument } from '../../shared/document/model';
import type { Body, Meeting } from '../../shared/model/domain';
import { demoMeetings, handMadeDraft } from './document-support';

let demo: { meeting: Meeting; body: Body }[];
beforeAll(() => {
  demo = demoMeetings();
});

function tiny(overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  const header = { title: 'Mötesanteckning <script>alert("x")</script>', subtitle: 'Organ & co', author: 'Anna "A" Berg' };
  return handMadeDraft(
    'PSN',
    '2026-10-15',
    [
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: '4. <b>Rubrik</b>' }], anchor: 'punkt-4' },
      { kind: 'heading', level: 2, children: [{ kind: 'text', text: 'a) under' }], anchor: 'punkt-4a' },
      { kind: 'heading', level: 3, children: [{ kind: 'text', text: 'Kategori' }], anchor: null },
      {
        kind: 'paragraph',
        role: 'standpoint',
        children: [
          { kind: 'text', text: 'Ställningstagande: ' },
          { kind: 'text', text: 'PSN noterar informationen.', italic: true },
        ],
      },
      {
        kind: 'paragraph',
        role: 'normal',
        children: [
          { kind: 'link', url: 'javascript:alert(1)', children: [{ kind: 'text', text: 'farlig länk' }] },
          { kind: 'break' },
          { kind: 'link', url: 'https://exempel.se/?a=1&b=2', children: [{ kind: 'text', text: 'bra länk' }] },
          { kind: 'link', url: 'mailto:a@exempel.se', children: [{ kind: 'text', text: 'e-post', bold: true, underline: true }] },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [{ children: [{ kind: 'text', text: 'ett' }], sublist: { kind: 'list', ordered: false, items: [{ children: [{ kind: 'text', text: 'inre' }], sublist: null }] } }],
      },
      {
        kind: 'table',
        rows: [
          [
            { header: true, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'När' }] }] },
            { header: true, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Vad' }] }] },
          ],
          [
            { header: false, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Våren' }] }] },
            { header: false, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Dialog' }] }] },
          ],
        ],
      },
      { kind: 'quote', children: [{ kind: 'text', text: 'citat' }] },
    ],
    { ...header, ...overrides },
  );
}

describe('renderMinutesHtml', () => {
  it('is a complete Swedish HTML document with title, metadata and the draft marker first', () => {
    const html = renderMinutesHtml(tiny(), { forPrint: false });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv-SE">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Mötesanteckning &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    expect(html).toContain('<meta name="author" content="Anna &quot;A&quot; Berg">');
    expect(html).toMatch(/<body[^>]*>\n<p class="draft-marker" role="note">UTKAST – ej justerad<\/p>/);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('escapes every text: a title with <script> stays text, and there are no scripts at all', () => {
    const html = renderMinutesHtml(tiny(), { forPrint: true });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1 class="doc-title">Mötesanteckning &lt;script&gt;');
    expect(html).toContain('4. &lt;b&gt;Rubrik&lt;/b&gt;');
    expect(html).toContain('Organ &amp; co');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('renders real headings with anchors, the standpoint in <em>, lists, tables with th scope and a quote', () => {
    const html = renderMinutesHtml(tiny(), { forPrint: false });
    expect(html).toContain('<h2 id="punkt-4">');
    expect(html).toContain('<h3 id="punkt-4a">a) under</h3>');
    expect(html).toContain('<h4>Kategori</h4>');
    expect(html).toContain('<p class="standpoint">Ställningstagande: <em>PSN noterar informationen.</em></p>');
    expect(html).toContain('<ol><li>ett<ul><li>inre</li></ul></li></ol>');
    expect(html).toContain('<thead><tr><th scope="col"><p>När</p></th><th scope="col"><p>Vad</p></th></tr></thead>');
    expect(html).toContain('<tbody><tr><td><p>Våren</p></td><td><p>Dialog</p></td></tr></tbody>');
    expect(html).toContain('<blockquote><p>citat</p></blockquote>');
  });

  it('links only to http(s) and mailto; anything else is plain text', () => {
    const html = renderMinutesHtml(tiny(), { forPrint: false });
    expect(html).not.toContain('javascript:');
    expect(html).toContain('farlig länk<br>');
    expect(html).toContain('<a href="https://exempel.se/?a=1&amp;b=2">bra länk</a>');
    expect(html).toContain('<a href="mailto:a@exempel.se"><strong><u>e-post</u></strong></a>');
  });

  it('has an A4 print stylesheet with a sans-serif document font and unbreakable headings', () => {
    const print = renderMinutesHtml(tiny(), { forPrint: true });
    expect(print).toContain('@page { size: A4; margin: 20mm');
    expect(print).toContain("font-family: Carlito, Calibri, 'Liberation Sans', Arial, sans-serif");
    expect(print).toMatch(/h2, h3, h4, h5 \{[^}]*break-inside: avoid/);
    const screen = renderMinutesHtml(tiny(), { forPrint: false });
    expect(screen).not.toContain('@page');
    const bare = renderMinutesHtml(tiny({ draftMarker: null }), { forPrint: true, embedCss: false });
    expect(bare).not.toContain('<style>');
    expect(bare).not.toContain('draft-marker');
  });

  it('renders every demo meeting without a stray "undefined" and with the items as headings', () => {
    for (const { meeting, body } of demo) {
      const html = renderMinutesHtml(buildMinutesDocument(meeting, body), { forPrint: true });
      expect(html).not.toMatch(/undefined|>null<|\[object/);
      expect(html).toContain('<h2 id="punkt-1">1. Mötets öppnande</h2>');
      expect(html).not.toMatch(/<script/i);
    }
    const lgs = demo[2] as { meeting: Meeting; body: Body };
    const html = renderMinutesHtml(buildMinutesDocument(lgs.meeting, lgs.body), { forPrint: true });
    // The attendance blocks: each group's label is a row header over its rows.
    expect(html).toMatch(/<table><tbody><tr><th scope="row" rowspan="\d+"><p><strong>Närvarande<\/strong><\/p><\/th>/);
  });
});
