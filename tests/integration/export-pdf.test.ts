import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildMinutesDocument } from '../../shared/document/build';
import type { DocBlock, DocInline, MinutesDocument } from '../../shared/document/model';
import { chromiumPdfOptions, electronPdfOptions } from '../../electron/services/export/pdf-printer';
import { exportFileName } from '../../electron/services/export/files';
import { pdfaDefinition, withDublinCore } from '../../electron/services/export/pdfa';
import { getBody } from '../../electron/services/storage/bodies';
import { getMeeting } from '../../electron/services/storage/meetings';
import { printingAppForBlock } from './printing-app';

/**
 * PDF and PDF/A through the handler table, as the browser host and the CLI
 * run it (playwright-core's Chromium), read back with poppler and qpdf.
 * Set ANTECKNA_UPDATE_REFERENCE=1 to rewrite tests/reference/pdf-*-p1.png.
 */

const REFERENCE_DIR = resolve(__dirname, '..', 'reference');

function tool(name: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
  } catch {
    throw new Error(`${name} saknas: PDF-testerna läser exporten med poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm), qpdf och Ghostscript (gs).`);
  }
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function inlineText(children: DocInline[]): string {
  return children
    .map((c) => (c.kind === 'text' ? c.text : c.kind === 'link' ? inlineText(c.children) : ' '))
    .join('');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Headings, standpoints, people and note paragraphs, in document order (the beginning of each, to stay on one page). */
function expectedOrder(doc: MinutesDocument): string[] {
  const out: string[] = [];
  const visit = (block: DocBlock) => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        out.push(squash(inlineText(block.children)));
        break;
      case 'list':
        for (const item of block.items) out.push(squash(inlineText(item.children)));
        break;
      case 'table':
        break;
    }
  };
  doc.blocks.forEach(visit);
  // Short needles (a number, "Ja") say nothing about order; long ones are cut to a line's worth.
  return out.filter((t) => t.length >= 8).map((t) => t.slice(0, 30).trim());
}

/** pdftotext, without the page footers "Sida X av Y" and the draft header, as one line. */
function pdfText(file: string, doc: MinutesDocument): string {
  const raw = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return squash(
    raw
      .split('\n')
      .filter((line) => !/^Sida \d+ av \d+$/.test(line.trim()) && (doc.draftMarker === null || line.trim() !== doc.draftMarker))
      .join('\n'),
  );
}

function info(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) out[match[1]!] = match[2]!;
  }
  return out;
}

function fontsAllEmbedded(file: string): { fonts: number; notEmbedded: string[] } {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  // Columns from the right: object ID (2), uni, sub, emb.
  const notEmbedded = lines.filter((l) => l.trim().split(/\s+/).slice(-5)[0] !== 'yes');
  return { fonts: lines.length, notEmbedded };
}

/** The uncompressed file, for searching the catalog's keys. */
function qdf(file: string, dir: string): string {
  const out = join(dir, 'qdf.pdf');
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, out]);
  return readFileSync(out, 'latin1');
}

function outlineTitles(file: string): string[] {
  const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as {
    outlines: { title: string; kids: unknown[] }[];
  };
  const titles: string[] = [];
  const walk = (nodes: { title: string; kids: unknown[] }[]) => {
    for (const n of nodes) {
      titles.push(squash(n.title));
      walk(n.kids as { title: string; kids: unknown[] }[]);
    }
  };
  walk(json.outlines);
  return titles;
}

describe('PDF export', () => {
  let meetings: { id: number; shortName: string }[];
  const app = printingAppForBlock('anteckna-pdf-', async ({ seeded }) => {
    for (const name of ['pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm', 'qpdf', 'gs']) tool(name);
    const shortNames = new Map(seeded.bodies.map((b) => [b.id, b.shortName]));
    meetings = seeded.meetings.map((m) => ({ id: m.id, shortName: shortNames.get(m.bodyId) ?? String(m.bodyId) }));
  });
  const { call, ok } = app;
  const docOf = (id: number) => {
    const meeting = getMeeting(app.db, id);
    return buildMinutesDocument(meeting, getBody(app.db, meeting.bodyId));
  };

  it('exports every demo meeting as an A4, tagged, Swedish PDF with title, bookmarks, embedded fonts and the text in order', async () => {
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    const seenBodies = new Set<string>();
    for (const { id, shortName } of meetings) {
      const doc = docOf(id);
      const result = await ok('export:file', { meetingId: id, format: 'pdf', overwrite: false });
      expect(result.path).toBe(join(app.exportDir, `${doc.fileBaseName}.pdf`));
      expect(statSync(result.path).size).toBe(result.bytes);

      const meta = info(result.path);
      expect(meta['Title']).toBe(doc.title);
      expect(Number(meta['Pages'])).toBeGreaterThanOrEqual(1);
      expect(meta['Page size']).toMatch(/^595(\.\d+)? x 84[12](\.\d+)? pts \(A4\)$/);
      expect(meta['Tagged']).toBe('yes');
      expect(meta['Encrypted']).toBe('no');

      const fonts = fontsAllEmbedded(result.path);
      expect(fonts.fonts).toBeGreaterThan(0);
      expect(fonts.notEmbedded).toEqual([]);

      const raw = qdf(result.path, app.dir);
      expect(raw).toMatch(/\/Lang \(sv-SE\)/);
      expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
      expect(raw).toMatch(/\/Outlines \d+ 0 R/);

      // One bookmark per agenda item (every heading with an anchor).
      // Chromium drops the space where a long heading wraps: compare without spaces.
      const titles = outlineTitles(result.path).map((t) => t.replace(/\s+/g, ''));
      const items = doc.blocks.filter((b): b is Extract<DocBlock, { kind: 'heading' }> => b.kind === 'heading' && b.anchor !== null);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(titles, `bokmärke för ${inlineText(item.children)} i ${JSON.stringify(titles)}`).toContain(inlineText(item.children).replace(/\s+/g, ''));

      // Headings, names, standpoints, notes and tasks, in the order of the document.
      const text = pdfText(result.path, doc);
      expect(text).toContain(doc.title);
      let at = 0;
      for (const needle of expectedOrder(doc)) {
        const found = text.indexOf(needle, at);
        expect(found, `"${needle}" efter position ${at}`).toBeGreaterThanOrEqual(0);
        at = found;
      }
      // "Sida X av Y" on every page, and a draft says so on every page too, once,
      // and once more at the top of the first page, where a screen reader reads it.
      const pages = Number(meta['Pages']);
      const plain = run('pdftotext', ['-enc', 'UTF-8', result.path, '-']);
      expect(plain).toContain(`Sida 1 av ${pages}`);
      expect(plain).toContain(`Sida ${pages} av ${pages}`);
      if (doc.draftMarker !== null) {
        const marker = doc.draftMarker;
        const printed = plain.split('\f').filter((page) => page.trim() !== '');
        expect(printed).toHaveLength(pages);
        printed.forEach((page, index) => expect(page.split(marker).length - 1, `sidan ${index + 1}`).toBe(index === 0 ? 2 : 1));
      }

      // The first page as a picture, for the eye and for later comparison.
      const png = join(app.dir, `pdf-${shortName.toLowerCase()}-p1`);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', result.path, png]);
      expect(statSync(`${png}.png`).size).toBeGreaterThan(1000);
      if (!seenBodies.has(shortName)) {
        seenBodies.add(shortName);
        const reference = join(REFERENCE_DIR, `pdf-${shortName.toLowerCase()}-p1.png`);
        if (process.env['ANTECKNA_UPDATE_REFERENCE'] === '1') {
          mkdirSync(REFERENCE_DIR, { recursive: true });
          copyFileSync(`${png}.png`, reference);
        }
      }
    }
  });

  it('asks before replacing a file: conflict without overwrite, replaced with it', async () => {
    const id = meetings[0]!.id;
    const first = await ok('export:file', { meetingId: id, format: 'pdf', overwrite: true });
    const again = await call('export:file', { meetingId: id, format: 'pdf', overwrite: false });
    expect(again).toEqual({ ok: false, error: { code: 'conflict', message: 'Filen finns redan. Vill du ersätta den?', field: 'overwrite' } });
    const replaced = await ok('export:file', { meetingId: id, format: 'pdf', overwrite: true });
    expect(replaced.path).toBe(first.path);
    expect(existsSync(replaced.path)).toBe(true);
  });

  it('makes PDF/A-2b: XMP pdfaid part 2 conformance B, sRGB output intent, fonts embedded, title, language and bookmarks kept', async () => {
    const { id } = meetings[0]!;
    const doc = docOf(id);
    const result = await ok('export:file', { meetingId: id, format: 'pdfa', overwrite: false });
    expect(result.fileName).toBe(`${doc.fileBaseName} (PDF-A).pdf`);

    const meta = info(result.path);
    expect(meta['Title']).toBe(doc.title);
    expect(meta['Author']).toBe(doc.author);
    expect(meta['Encrypted']).toBe('no');
    expect(meta['JavaScript']).toBe('no');
    expect(meta['Metadata Stream']).toBe('yes');
    expect(meta['Page size']).toMatch(/\(A4\)$/);

    const xmp = run('pdfinfo', ['-meta', result.path]);
    expect(xmp).toMatch(/pdfaid:part=['"]2['"]/);
    expect(xmp).toMatch(/pdfaid:conformance=['"]B['"]/);
    expect(xmp).toContain(`<rdf:li xml:lang='x-default'>${doc.title}</rdf:li>`);

    expect(fontsAllEmbedded(result.path).notEmbedded).toEqual([]);
    const raw = qdf(result.path, app.dir);
    expect(raw).toMatch(/\/OutputIntents/);
    expect(raw).toMatch(/\/S \/GTS_PDFA1/);
    expect(raw).toMatch(/\/Lang \(sv-SE\)/);
    expect(raw).not.toMatch(/\/Encrypt\b/);
    expect(raw).not.toMatch(/\/JavaScript\b/);
    expect(outlineTitles(result.path).length).toBeGreaterThan(0);
    expect(run('qpdf', ['--check', result.path])).toContain('No syntax or stream encoding errors');

    // The archive's text reads back letter for letter: no ligature glyph turned into one wrong character.
    const text = run('pdftotext', [result.path, '-']).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/[\u2e80-\u9fff\uf900-\ufaff\ufb00-\ufb06]/);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')] : []));
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(text).toContain(heading.replace(/\s+/g, ' ').trim());
  });

  it('previews the print HTML with the title and the language', async () => {
    const { id } = meetings[0]!;
    const preview = await ok('export:preview', { meetingId: id });
    expect(preview.title).toBe(docOf(id).title);
    expect(preview.html).toContain('<html lang="sv-SE">');
    expect(preview.html).toContain(`<title>${preview.title}</title>`);
  });

  it('shows only files inside the export folder', async () => {
    const outside = await call('export:showInFolder', { path: '/etc/passwd' });
    expect(outside.ok ? null : outside.error.code).toBe('forbidden');
    const inside = await ok('export:showInFolder', { path: join(app.exportDir, 'x.pdf') });
    expect(inside).toEqual({ shown: false });
  });
});

describe('PDF/A helpers', () => {
  it('writes title, author, subject and language into the XMP, escaped, replacing Ghostscript\'s "Untitled"', () => {
    const xmp =
      "<x:xmpmeta><rdf:RDF><rdf:Description rdf:about=\"\" xmlns:dc='http://purl.org/dc/elements/1.1/' dc:format='application/pdf'>" +
      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>Untitled</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>";
    const out = withDublinCore(xmp, { title: 'Möte <A & B>', author: 'Åsa "Ö"', subject: 'PSN 2026-12-03', lang: 'sv-SE' });
    expect(out).not.toContain('Untitled');
    expect(out).toContain('<rdf:li xml:lang=\'x-default\'>Möte &lt;A &amp; B&gt;</rdf:li>');
    expect(out).toContain('<rdf:li>Åsa &quot;Ö&quot;</rdf:li>');
    expect(out).toContain('<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>');
    expect(out.match(/xmlns:dc=/g)).toHaveLength(1);
  });

  it('escapes the PostScript strings of the PDFA definition', () => {
    const def = pdfaDefinition('/tmp/a (b)\\c/srgb.icc', 'sv-SE');
    expect(def).toContain('/ICCProfile (/tmp/a \\(b\\)\\\\c/srgb.icc) def');
    expect(def).toContain('[{Catalog} << /Lang (sv-SE) >> /PUT pdfmark');
    expect(def).toContain('/S /GTS_PDFA1');
  });

  it('names PDF and PDF/A files apart and keeps file names safe', () => {
    const doc = { fileBaseName: '2026-12-03 Mötesanteckning PSN' } as MinutesDocument;
    expect(exportFileName(doc, 'pdf')).toBe('2026-12-03 Mötesanteckning PSN.pdf');
    expect(exportFileName(doc, 'pdfa')).toBe('2026-12-03 Mötesanteckning PSN (PDF-A).pdf');
    expect(exportFileName({ fileBaseName: '../a/b:c' } as MinutesDocument, 'html')).toBe('a b c.html');
  });
});

describe('print settings', () => {
  it('asks Chromium and Electron for the same page: A4, tagged, bookmarks, "Sida X av Y", same margins', () => {
    const chromium = chromiumPdfOptions({ draftMarker: 'UTKAST – <ej> justerad' });
    const electron = electronPdfOptions({ draftMarker: 'UTKAST – <ej> justerad' });
    expect(chromium).toMatchObject({ format: 'A4', tagged: true, outline: true, displayHeaderFooter: true });
    expect(electron).toMatchObject({ pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true, displayHeaderFooter: true });
    expect(chromium.footerTemplate).toBe(electron.footerTemplate);
    expect(chromium.footerTemplate).toContain('Sida <span class="pageNumber"></span> av <span class="totalPages"></span>');
    expect(chromium.headerTemplate).toContain('UTKAST – &#60;ej&#62; justerad');
    expect(electron.margins.bottom * 25.4).toBeCloseTo(Number.parseFloat(chromium.margin.bottom));
    expect(chromiumPdfOptions().headerTemplate).toBe('<span></span>');
  });
});
