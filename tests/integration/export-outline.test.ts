import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderMinutesHtml } from '../../shared/document/html';
import type { DocBlock, MinutesDocument } from '../../shared/document/model';
import { renderMinutesDocx } from '../../electron/services/export/docx';
import { demoDocuments, sofficeConvert, type DemoDocument } from './export-docx-support';

/**
 * Issue 18, points 7 and 9: the exports' headings form one outline without
 * gaps — the roster's sides first at level 1, agenda items, and the notes'
 * own headings one level below their item — in Word (read back by
 * LibreOffice) and in the HTML export (read by Python's HTML parser).
 */

const HEADINGS = resolve(__dirname, 'html-headings.py');

function headingsOf(htmlFile: string): [number, string][] {
  return JSON.parse(execFileSync('/usr/bin/python3', [HEADINGS, htmlFile], { encoding: 'utf8' })) as [number, string][];
}

/** The document's headings, level and words, tables included, in order. */
function modelHeadings(doc: MinutesDocument): [number, string][] {
  const out: [number, string][] = [];
  const words = (block: Extract<DocBlock, { kind: 'heading' }>) =>
    block.children.map((c) => (c.kind === 'text' ? c.text : c.kind === 'link' ? c.url : ' ')).join('').replace(/\s+/g, ' ').trim();
  const visit = (blocks: readonly DocBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === 'heading') out.push([block.level, words(block)]);
      if (block.kind === 'table') for (const row of block.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  visit(doc.blocks);
  return out;
}

function expectNoSkippedLevel(levels: readonly number[], first: number, where: string): void {
  expect(levels[0], where).toBe(first);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `${where}: rubrik ${i + 1}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
  });
}

describe('the outline of the exports', () => {
  let dir: string;
  let demos: DemoDocument[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'anteckna-outline-'));
    demos = demoDocuments();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Word: Heading 1 comes first, no level is skipped, and a heading in the notes is one level below its item', async () => {
    const files = await Promise.all(
      demos.map(async ({ doc }, i) => {
        const file = join(dir, `m${i}.docx`);
        writeFileSync(file, await renderMinutesDocx(doc));
        return file;
      }),
    );
    const htmls = await sofficeConvert(files, 'html', dir);
    let noteHeadings = 0;
    demos.forEach(({ doc, meeting }, i) => {
      const read = headingsOf(htmls[i] as string);
      const where = doc.fileBaseName;
      expectNoSkippedLevel(read.map(([level]) => level), 1, where);
      expect(read, where).toEqual(modelHeadings(doc));
      // The notes' headings (the toolbar's "Rubrik" is an h3) stand one level below their item's heading.
      for (const item of meeting.agenda) {
        for (const node of item.notes?.root.children ?? []) {
          if (node.type !== 'heading') continue;
          const words = node.children.map((c) => ('text' in c ? c.text : '')).join('').trim();
          const at = read.findIndex(([, text]) => text === words);
          expect(at, `${where}: "${words}"`).toBeGreaterThan(0);
          const itemHeading = read.slice(0, at).reverse().find(([, text]) => text.includes(item.title));
          expect(itemHeading, `${where}: punkten för "${words}"`).toBeDefined();
          expect(read[at]?.[0]).toBe((itemHeading?.[0] ?? 0) + 1);
          noteHeadings++;
        }
      }
    });
    expect(noteHeadings).toBeGreaterThan(3);
  });

  it('HTML: the title is the one h1 and every heading of the document follows without a gap', () => {
    for (const { doc } of demos) {
      const file = join(dir, `${doc.fileBaseName}.html`);
      writeFileSync(file, renderMinutesHtml(doc, { forPrint: false }));
      const read = headingsOf(file);
      expect(read[0], doc.fileBaseName).toEqual([1, doc.title]);
      expect(read.filter(([level]) => level === 1)).toHaveLength(1);
      expectNoSkippedLevel(read.map(([level]) => level), 1, doc.fileBaseName);
      expect(read.slice(1), doc.fileBaseName).toEqual(modelHeadings(doc).map(([level, text]) => [level + 1, text]));
    }
  });
});
