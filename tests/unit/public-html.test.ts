import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/document/build';
import type { MinutesDocument } from '../../shared/document/model';
import { contentsOf, publicPrintDocument, publicTitle, publicVersionLine, renderPublicHtml, type PublicVersion } from '../../shared/document/public-html';
import { demoMeetings, handMadeDocument } from './document-support';

const STRUCTURE = resolve(__dirname, '../integration/html-structure.py');

interface Structure {
  lang: string | null;
  title: string;
  headings: [number, string][];
  ids: string[];
  hrefs: string[];
  srcs: string[];
  scripts: number;
  links: number;
  styleUrls: number;
  navLabels: (string | null)[];
  eventHandlers: number;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anteckna-public-html-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The page read back with Python's HTML parser. */
function read(html: string): Structure {
  const file = join(dir, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html, 'utf8');
  return JSON.parse(execFileSync('/usr/bin/python3', [STRUCTURE, file], { encoding: 'utf8' })) as Structure;
}

const version: PublicVersion = { date: '2026-10-15', approvedOn: '2026-10-20', reviewers: ['Eva Lind', 'Olle Sund'], version: 1 };

describe('the public web page', () => {
  it('of the approved demo minutes is Swedish, titled, without script or outside resources, with headings that skip no level', () => {
    const approved = demoMeetings().find((d) => d.meeting.status === 'approved');
    if (!approved) throw new Error('The demo has approved minutes');
    const doc = buildMinutesDocument(approved.meeting, approved.body);
    const page = read(renderPublicHtml(doc, version));
    expect(page.lang).toBe('sv');
    expect(page.title).toBe(`${doc.title} 15 oktober 2026 (publicerad)`);
    expect(page.scripts).toBe(0);
    expect(page.links).toBe(0);
    expect(page.srcs).toEqual([]);
    expect(page.styleUrls).toBe(0);
    expect(page.eventHandlers).toBe(0);
    expect(page.headings.filter(([level]) => level === 1)).toHaveLength(1);
    page.headings.forEach(([level], i) => {
      if (i > 0) expect(level - (page.headings[i - 1]?.[0] ?? 1)).toBeLessThanOrEqual(1);
    });
    expect(page.navLabels).toEqual(['Innehåll']);
  });

  it('links every contents entry and the skip link to an id on the page, and every id is there once', () => {
    const approved = demoMeetings().find((d) => d.meeting.status === 'approved');
    if (!approved) throw new Error('The demo has approved minutes');
    const doc = buildMinutesDocument(approved.meeting, approved.body);
    const page = read(renderPublicHtml(doc, version));
    const internal = page.hrefs.filter((h) => h.startsWith('#'));
    const contents = contentsOf(doc);
    expect(contents.length).toBeGreaterThan(3);
    expect(internal.length).toBe(1 + contents.reduce((n, e) => n + 1 + e.sub.length, 0));
    for (const href of internal) expect(page.ids).toContain(href.slice(1));
    expect(new Set(page.ids).size).toBe(page.ids.length);
    // Every agenda item's heading is in the contents, by its printed text.
    const itemHeadings = doc.blocks.filter((b) => b.kind === 'heading' && b.anchor?.startsWith('punkt-')).length;
    expect(contents.reduce((n, e) => n + (e.id.startsWith('punkt-') ? 1 : 0) + e.sub.filter((s) => s.id.startsWith('punkt-')).length, 0)).toBe(itemHeadings);
  });

  it('says which approved version it is, and that removed data reads [uppgift borttagen]', () => {
    expect(publicVersionLine(version)).toBe('Justerad 20 oktober 2026 av Eva Lind och Olle Sund, version 1.');
    expect(publicVersionLine({ ...version, reviewers: [], version: 2 })).toBe('Justerad 20 oktober 2026, version 2.');
    const html = renderPublicHtml(handMadeDocument([]), version);
    expect(html).toContain('Justerad 20 oktober 2026 av Eva Lind och Olle Sund, version 1.');
    expect(html).toContain('[uppgift borttagen]');
  });

  it('puts a table in its own labelled, focusable region and escapes the text', () => {
    const doc: MinutesDocument = handMadeDocument([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: '3. <Ekonomi>' }], anchor: 'punkt-3' },
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Närvarande' }], anchor: null },
      {
        kind: 'table',
        rows: [
          [
            { header: true, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Namn' }] }] },
            { header: true, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Roll' }] }] },
          ],
          [
            { header: false, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Eva Lind' }] }] },
            { header: false, blocks: [{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'ordförande' }] }] },
          ],
        ],
      },
    ]);
    const html = renderPublicHtml(doc, version);
    expect(html).toContain('<div class="table-region" role="region" aria-label="Tabell 1" tabindex="0"><table>');
    expect(html).toContain('3. &lt;Ekonomi&gt;');
    const page = read(html);
    expect(page.headings.map(([, text]) => text)).toEqual([`Mötesanteckning TST 15 oktober 2026`, 'Innehåll', '3. <Ekonomi>', 'Närvarande']);
    expect(page.hrefs).toEqual(['#innehall', '#punkt-3', '#avsnitt-2']);
  });

  it('prints without a draft marker, under the public title, with the version line first', () => {
    const doc = handMadeDocument([{ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: 'Text' }] }], { draftMarker: 'UTKAST – ej justerad' });
    const print = publicPrintDocument(doc, version);
    expect(print.draftMarker).toBeNull();
    expect(print.title).toBe(publicTitle(doc, version));
    expect(print.title).toBe('Mötesanteckning TST 15 oktober 2026 (publicerad)');
    expect(print.blocks[0]).toEqual({ kind: 'paragraph', role: 'normal', children: [{ kind: 'text', text: publicVersionLine(version) }] });
    expect(print.blocks.at(-1)).toEqual(doc.blocks[0]);
  });
});
