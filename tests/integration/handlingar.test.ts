import { describe, expect, it } from 'vitest';
import { buildHandlingar } from '../../electron/services/export/handlingar';
import { encryptedPdfFile, pdfFile, readHandlingar, xlsxFile, type Outline } from './attachments-support';

const shape = (outline: Outline[]): unknown[] =>
  outline.map((o) => (o.kids.length > 0 ? [o.title, o.destpageposfrom1, shape(o.kids)] : [o.title, o.destpageposfrom1]));

describe('handlingar: the kallelse and the PDF bilagor as one PDF', () => {
  it('puts the kallelse first and every PDF in agenda order, with a bookmark per item and per file at its first page', async () => {
    const { pdf, skipped } = await buildHandlingar({
      kallelsePdf: await pdfFile('Kallelse', 2),
      meetingTitle: 'Handlingar SGS 10 december 2026',
      items: [
        { label: '3. Budget 2027', attachments: [{ fileName: 'Budget 2027.pdf', bytes: await pdfFile('Budget', 3) }, { fileName: 'Siffror.xlsx', bytes: xlsxFile() }] },
        { label: '4 a) Lokaler', attachments: [{ fileName: 'Ritning.pdf', bytes: await pdfFile('Ritning', 1) }, { fileName: 'Avtal.pdf', bytes: await pdfFile('Avtal', 4) }] },
        { label: '5. Övrigt', attachments: [{ fileName: 'Bild.xlsx', bytes: xlsxFile() }] },
      ],
    });
    const read = readHandlingar(pdf);
    expect(read.pages).toBe(2 + 3 + 1 + 4);
    expect(read.title).toBe('Handlingar SGS 10 december 2026');
    expect(read.lang).toBe('sv-SE');
    expect(shape(read.outline)).toEqual([
      ['Kallelse', 1],
      ['3. Budget 2027', 3, [['Budget 2027.pdf', 3]]],
      ['4 a) Lokaler', 6, [['Ritning.pdf', 6], ['Avtal.pdf', 7]]],
    ]);
    const order = ['Kallelse sida 1', 'Kallelse sida 2', 'Budget sida 1', 'Budget sida 3', 'Ritning sida 1', 'Avtal sida 1', 'Avtal sida 4'].map((t) =>
      read.text.indexOf(t),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(skipped).toEqual([
      { fileName: 'Siffror.xlsx', reason: 'Siffror.xlsx är inte en PDF och finns inte med.' },
      { fileName: 'Bild.xlsx', reason: 'Bild.xlsx är inte en PDF och finns inte med.' },
    ]);
  });

  it('leaves out a damaged or encrypted PDF by name and still makes the rest', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    const { pdf, skipped } = await buildHandlingar({
      kallelsePdf: await pdfFile('Kallelse'),
      meetingTitle: 'Handlingar',
      items: [
        {
          label: '2. Ekonomi',
          attachments: [
            { fileName: 'Trasig.pdf', bytes: damaged },
            { fileName: 'Låst.pdf', bytes: await encryptedPdfFile() },
            { fileName: 'Utfall.pdf', bytes: await pdfFile('Utfall', 2) },
          ],
        },
      ],
    });
    const read = readHandlingar(pdf);
    expect(read.pages).toBe(3);
    expect(shape(read.outline)).toEqual([['Kallelse', 1], ['2. Ekonomi', 2, [['Utfall.pdf', 2]]]]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'Trasig.pdf är skadad eller lösenordsskyddad och finns inte med.',
      'Låst.pdf är skadad eller lösenordsskyddad och finns inte med.',
    ]);
  });
});
