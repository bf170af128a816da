import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildMinutesDocument } from '../../shared/document/build';
import type { DocBlock, MinutesDocument } from '../../shared/document/model';
import { renderPdf, renderPdfA } from '../../electron/services/export/render';
import { getBody } from '../../electron/services/storage/bodies';
import { getMeeting } from '../../electron/services/storage/meetings';
import { printingAppForBlock } from './printing-app';
import { readPdfUa } from './pdf-ua-support';

/**
 * Issue 18, point 8: the exported PDF is PDF/UA-1. Each demo meeting (one per
 * attendance style) is printed as the app prints it and its tags are read
 * back with pikepdf (Debian's python3-pikepdf) by pdf-ua-check.py.
 */

/** The heading levels the PDF must tag, in order: the title's H1, then each heading of the document one below its level. */
function expectedHeadings(doc: MinutesDocument): number[] {
  const out = [1];
  const visit = (blocks: readonly DocBlock[]): void => {
    for (const block of blocks) {
      if (block.kind === 'heading') out.push(block.level + 1);
      if (block.kind === 'table') for (const row of block.rows) for (const cell of row) visit(cell.blocks);
    }
  };
  visit(doc.blocks);
  return out;
}

describe('PDF/UA', () => {
  let docs: MinutesDocument[];
  const app = printingAppForBlock('anteckna-pdfua-', async ({ db, seeded }) => {
    docs = seeded.meetings.map((m) => {
      const meeting = getMeeting(db, m.id);
      return buildMinutesDocument(meeting, getBody(db, meeting.bodyId));
    });
  });

  it('tags every demo meeting as PDF/UA-1: metadata, standard types, headings in order, list bodies, described links, header and footer as artifacts', async () => {
    expect(docs.length).toBeGreaterThanOrEqual(3);
    for (const doc of docs) {
      const file = join(app.dir, `${doc.fileBaseName}.pdf`);
      writeFileSync(file, await renderPdf(doc, app.printPdf));
      const report = readPdfUa(file);
      const where = doc.fileBaseName;

      // The catalog and the metadata: language, tagged, title shown, PDF/UA identified.
      expect(report.lang, where).toBe('sv-SE');
      expect(report.marked, where).toBe(true);
      expect(report.displayDocTitle, where).toBe(true);
      expect(report.infoTitle, where).toBe(doc.title);
      expect(report.xmp, where).toEqual({ pdfuaidPart: '1', dcTitle: doc.title });

      // The structure: only types PDF 1.7 knows (Strong and Em role-mapped), the document's outline.
      const structure = report.structure;
      if (structure === null) throw new Error(`${where}: ingen strukturträd`);
      expect(structure.nonStandardUnmapped, where).toEqual([]);
      expect(structure.types, where).toContain('Strong');
      expect(structure.roleMap['Strong'], where).toBe('Span');
      expect(structure.headings, where).toEqual(expectedHeadings(doc));
      structure.headings.forEach((level, i) => {
        if (i > 0) expect(level, `${where}: rubrik ${i + 1} hoppar över en nivå`).toBeLessThanOrEqual((structure.headings[i - 1] ?? 0) + 1);
      });
      expect(structure.listItems.length, where).toBeGreaterThan(0);
      for (const kids of structure.listItems) expect(kids, where).toEqual(['Lbl', 'LBody']);

      for (const page of report.pages) {
        // Every mark is tagged content or an artifact; the footer "Sida X av Y" is text in an artifact.
        expect(page.untaggedMarks, `${where}, sidan ${page.page}`).toEqual([]);
        expect(page.artifactTextRuns, `${where}, sidan ${page.page}`).toBeGreaterThan(0);
        expect(page.tabsS, `${where}, sidan ${page.page}`).toBe(true);
        for (const link of page.links) {
          expect(link.structParent, where).toBe(true);
          expect(link.contents ?? '', where).toMatch(/\S.*\((https?|mailto):/);
        }
      }
      expect(report.pages.flatMap((p) => p.links).length, where).toBeGreaterThan(0);
    }
  });

  it('makes the labels of the block-style attendance table header cells, one per group', async () => {
    const lgs = docs.find((doc) => doc.blocks.some((b) => b.kind === 'table' && b.rows[0]?.[0]?.rowSpan !== undefined));
    if (!lgs) throw new Error('Demodatan saknar ett möte med närvaron som tabell.');
    const file = join(app.dir, 'blocks.pdf');
    writeFileSync(file, await renderPdf(lgs, app.printPdf));
    const attendance = readPdfUa(file).structure?.tables[0];
    // Närvarande, Förhindrade, Inbjudna: each a TH over its people's rows.
    expect(attendance?.TH).toBe(3);
    expect(attendance?.TD).toBeGreaterThan(20);
  });

  it('does not claim PDF/UA for the PDF/A copy, which Ghostscript writes without tags', async () => {
    const doc = docs[0] as MinutesDocument;
    const file = join(app.dir, 'archive.pdf');
    writeFileSync(file, await renderPdfA(doc, app.printPdf));
    const report = readPdfUa(file);
    expect(report.structure).toBeNull();
    expect(report.xmp?.pdfuaidPart ?? null).toBeNull();
    expect(report.xmp?.dcTitle).toBe(doc.title);
  });
});
