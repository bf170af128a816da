import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getMeeting } from '../../electron/services/storage/meetings';
import { recordReviewSending } from '../../electron/services/storage/review-sendings';
import { notes, paragraph } from '../../shared/notes/build';
import { normalize, readText, sofficeConvert } from './export-docx-support';
import { readPdfUa } from './pdf-ua-support';
import { printingAppForBlock } from './printing-app';

/**
 * Issue 22, point 1: "Ändringar sedan utskick" through the handler table. A
 * sending is recorded as "Skicka för justering" records it, the notes are
 * changed as the editor saves them, and the comparison and its export show
 * exactly that change. The files are read back by LibreOffice, a real unzip
 * and XML parser (the run properties), poppler and pikepdf (the PDF's tags).
 */

const SENT_NOTES = 'Arbetsgruppen redovisar läget för förändringar i vårdkedjan. Frågan återkommer i januari.';
const NOW_NOTES = 'Arbetsgruppen redovisar läget för förändringar i den nära vårdkedjan. Frågan återkommer i februari.';

interface Run {
  text: string;
  strike: boolean;
  underline: string | null;
}
const docxRuns = (file: string): Run[] =>
  JSON.parse(execFileSync('/usr/bin/python3', [resolve(__dirname, 'docx-runs.py'), file], { encoding: 'utf8' })) as Run[];

describe('changes since the minutes were sent', () => {
  let draftId = 0;
  let approvedId = 0;
  let itemId = 0;
  let itemTitle = '';
  const app = printingAppForBlock('anteckna-changes-', async ({ db, seeded, ok }) => {
    const draft = seeded.meetings.find((m) => m.status === 'draft' && m.bodyShortName === 'PSN')!;
    approvedId = seeded.meetings.find((m) => m.status === 'approved')!.id;
    draftId = draft.id;
    const item = getMeeting(db, draftId).agenda.filter((i) => i.parentId === null)[2]!;
    itemId = item.id;
    itemTitle = item.title.trim();
    await ok('notes:save', { meetingId: draftId, itemId, notes: notes(paragraph(SENT_NOTES)) });
  });

  it('says a meeting never sent has no sending and no changes, and refuses to export them in Swedish', async () => {
    expect(await app.ok('review:changes', { meetingId: approvedId })).toEqual({ sending: null, items: [] });
    const refused = await app.call('export:changes', { meetingId: approvedId, format: 'pdf', overwrite: false });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/inte skickats för justering/);
  });

  it('shows exactly the words changed in the notes since the sending, under the item as numbered', async () => {
    const sending = recordReviewSending(app.db, draftId, { dueOn: '2026-12-14', recipients: [{ name: 'Tilda Ås', email: 'tilda.as@norrvik.example' }] }, '2026-12-07T09:14:00.000Z');
    expect(await app.ok('review:changes', { meetingId: draftId })).toEqual({ sending, items: [] });

    await app.ok('notes:save', { meetingId: draftId, itemId, notes: notes(paragraph(NOW_NOTES)) });
    const { sending: shown, items } = await app.ok('review:changes', { meetingId: draftId });
    expect(shown).toEqual(sending);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ itemId, label: `3. ${itemTitle}`, change: 'changed' });
    expect(items[0]!.sections).toEqual([
      {
        name: 'Anteckningar',
        parts: [
          { kind: 'same', text: 'Arbetsgruppen redovisar läget för förändringar i ' },
          { kind: 'added', text: 'den nära ' },
          { kind: 'same', text: 'vårdkedjan. Frågan återkommer i ' },
          { kind: 'removed', text: 'januari' },
          { kind: 'added', text: 'februari' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
  });

  it('as Word: LibreOffice reads the heading and both words, the removed one struck through and the added ones double underlined', async () => {
    const saved = await app.ok('export:changes', { meetingId: draftId, format: 'docx', overwrite: false });
    expect(saved.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Ändringar sedan utskick PSN\.docx$/);
    const file = join(app.dir, 'andringar.docx');
    copyFileSync(saved.path, file);
    const [txt] = await sofficeConvert([file], 'txt:Text (encoded):UTF8', app.dir);
    const text = normalize(await readText(txt as string));
    expect(text).toContain('Ändringar sedan utskick');
    expect(text).toMatch(/Jämfört med utkastet som skickades för justering 7 december 2026 kl\. \d{2}\.14\./);
    expect(text).toContain('Skickad till Tilda Ås, justera senast 14 december 2026.');
    expect(text).toContain(`3. ${itemTitle}`);
    expect(text).toContain('Anteckningar:');
    expect(text).toContain('för förändringar i den nära vårdkedjan. Frågan återkommer i januarifebruari.');

    const runs = docxRuns(file);
    const run = (t: string) => runs.find((r) => r.text === t);
    expect(run('januari')).toMatchObject({ strike: true, underline: null });
    expect(run('februari')).toMatchObject({ strike: false, underline: 'double' });
    expect(run('den nära ')).toMatchObject({ strike: false, underline: 'double' });
    expect(run('vårdkedjan. Frågan återkommer i ')).toMatchObject({ strike: false, underline: null });
  });

  it('as PDF: pdftotext reads the comparison, and the PDF is tagged in Swedish with headings', async () => {
    const saved = await app.ok('export:changes', { meetingId: draftId, format: 'pdf', overwrite: false });
    expect(saved.fileName).toMatch(/^\d{4}-\d{2}-\d{2} Ändringar sedan utskick PSN\.pdf$/);
    expect(readFileSync(saved.path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', saved.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Ändringar sedan utskick');
    expect(text).toContain(`3. ${itemTitle}`);
    // Said in words on paper, so the PDF's text (and a screen reader) tells added from removed.
    expect(text).toMatch(/borttaget: januari/);
    expect(text).toMatch(/tillagt: februari/);
    expect(text).toMatch(/tillagt: den nära/);
    const report = readPdfUa(saved.path);
    expect(report.lang).toBe('sv-SE');
    expect(report.marked).toBe(true);
    expect(report.infoTitle).toBe('Ändringar sedan utskick');
    expect(report.structure?.headings.length).toBeGreaterThanOrEqual(2);
    expect(report.structure?.types).toContain('H1');
  });

  it('the demo LGS-N minutes were sent to the chair, and today\'s standpoint and notes differ from what went out', async () => {
    const lgs = app.seeded.meetings.find((m) => m.bodyShortName === 'LGS-N')!;
    const { sending, items } = await app.ok('review:changes', { meetingId: lgs.id });
    expect(sending).toMatchObject({ dueOn: '2026-11-23', recipients: [{ name: 'Cecilia Hammar', email: 'cecilia.hammar@norrvik.example' }] });
    expect(items.map((i) => i.label)).toEqual([expect.stringMatching(/^\d+\. Primärvårdens förmåga vid höjd beredskap \(PFHB\)$/)]);
    const words = (name: string, kind: 'added' | 'removed') =>
      items[0]!.sections.find((s) => s.name === name)!.parts.filter((p) => p.kind === kind).map((p) => p.text.trim());
    expect(items[0]!.sections.map((s) => s.name)).toEqual(['Anteckningar', 'Ställningstagande']);
    expect(words('Ställningstagande', 'removed')).toEqual(['gärna']);
    expect(words('Ställningstagande', 'added')).toEqual(['samt biståndsenheten']);
    expect(words('Anteckningar', 'added')).toEqual(['stora', 'materiel och']);
  });

  it('asks before overwriting an exported file', async () => {
    const again = await app.call('export:changes', { meetingId: draftId, format: 'pdf', overwrite: false });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('conflict');
    expect((await app.ok('export:changes', { meetingId: draftId, format: 'pdf', overwrite: true })).bytes).toBeGreaterThan(1000);
  });
});
