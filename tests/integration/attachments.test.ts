import { describe, expect, it, vi } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../shared/model/invitation';
import { MAX_ATTACHMENT_BASE64 } from '../../shared/attachments/types';
import { bodyWithRoster, openApp, refusedAt, type TestApp } from './app-support';
import { base64, docxFile, pdfFile, pngFile, pptxFile, xlsxFile } from './attachments-support';
import { compoundFile } from './import/make-files';

const FROZEN = { code: 'frozen', message: 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.' };

async function meetingWithItems(app: TestApp): Promise<{ meetingId: number; budget: number; plan: number }> {
  const bodyId = await bodyWithRoster(app);
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-10' });
  const budget = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: null, title: 'Budget 2027' });
  const plan = await app.ok('agenda:add', { meetingId, parentId: null, afterItemId: budget.id, title: 'Verksamhetsplan' });
  return { meetingId, budget: budget.id, plan: plan.id };
}

const blobCount = (app: TestApp) => (app.db.prepare('SELECT count(*) AS n FROM attachment_blobs').get() as { n: number }).n;

describe('bilagor on an agenda item', () => {
  it('keeps each file with its name, type from the content and size, in the order added, and marks the item "bilaga"', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const pdf = await pdfFile('Budget');
    const added = await app.ok('attachments:add', { meetingId, itemId: budget, fileName: '  C:\\Users\\eva\\Budget 2027.pdf ', contentBase64: base64(pdf) });
    expect(added).toMatchObject({ fileName: 'Budget 2027.pdf', mediaType: 'application/pdf', size: pdf.byteLength, position: 0 });
    for (const [fileName, bytes] of [
      ['Plan.docx', docxFile()],
      ['Siffror.xlsx', xlsxFile()],
      ['Bilder.pptx', pptxFile()],
      ['Karta.png', pngFile()],
    ] as const) {
      await app.ok('attachments:add', { meetingId, itemId: budget, fileName, contentBase64: base64(bytes) });
    }
    const meeting = await app.ok('meetings:get', { id: meetingId });
    expect(meeting.attachments.map((a) => [a.fileName, a.mediaType, a.position])).toEqual([
      ['Budget 2027.pdf', 'application/pdf', 0],
      ['Plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 1],
      ['Siffror.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 2],
      ['Bilder.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 3],
      ['Karta.png', 'image/png', 4],
    ]);
    expect(meeting.agenda.find((i) => i.id === budget)?.attachment).toBe(true);
    const got = await app.ok('attachments:get', { meetingId, attachmentId: added.id });
    expect(Buffer.from(got.contentBase64, 'base64').equals(Buffer.from(pdf))).toBe(true);
  });

  it('stores the same file once, however many items have it, and lets it go with the last one', async () => {
    const app = openApp();
    const { meetingId, budget, plan } = await meetingWithItems(app);
    const content = base64(await pdfFile('Budget'));
    const first = await app.ok('attachments:add', { meetingId, itemId: budget, fileName: 'Budget 2027.pdf', contentBase64: content });
    const second = await app.ok('attachments:add', { meetingId, itemId: plan, fileName: 'Budget (kopia).pdf', contentBase64: content });
    expect(second.hash).toBe(first.hash);
    expect(blobCount(app)).toBe(1);

    await app.ok('attachments:remove', { meetingId, attachmentId: first.id });
    expect(blobCount(app)).toBe(1);
    expect((await app.ok('meetings:get', { id: meetingId })).attachments.map((a) => a.fileName)).toEqual(['Budget (kopia).pdf']);
    await app.ok('attachments:remove', { meetingId, attachmentId: second.id });
    expect(blobCount(app)).toBe(0);
  });

  it('goes with its item when the item is removed', async () => {
    const app = openApp();
    const { meetingId, budget, plan } = await meetingWithItems(app);
    await app.ok('attachments:add', { meetingId, itemId: budget, fileName: 'Budget.pdf', contentBase64: base64(await pdfFile('Budget')) });
    await app.ok('attachments:add', { meetingId, itemId: plan, fileName: 'Plan.pdf', contentBase64: base64(await pdfFile('Plan')) });
    await app.ok('agenda:remove', { meetingId, itemId: budget });
    expect((await app.ok('meetings:get', { id: meetingId })).attachments.map((a) => a.fileName)).toEqual(['Plan.pdf']);
    expect(blobCount(app)).toBe(1);
  });

  it('goes with its meeting when the meeting is removed, unless another meeting has the same file', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const other = await meetingWithItems(app);
    const shared = base64(await pdfFile('Budget'));
    await app.ok('attachments:add', { meetingId, itemId: budget, fileName: 'Budget.pdf', contentBase64: shared });
    await app.ok('attachments:add', { meetingId, itemId: budget, fileName: 'Egen.pdf', contentBase64: base64(await pdfFile('Egen')) });
    await app.ok('attachments:add', { meetingId: other.meetingId, itemId: other.budget, fileName: 'Budget.pdf', contentBase64: shared });
    expect(blobCount(app)).toBe(2);
    await app.ok('meetings:remove', { id: meetingId, confirmDate: '2026-12-10' });
    expect(blobCount(app)).toBe(1);
    expect((await app.ok('meetings:get', { id: other.meetingId })).attachments.map((a) => a.fileName)).toEqual(['Budget.pdf']);
  });

  it('moves a file up and down within its item; at the ends nothing moves', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const ids: number[] = [];
    for (const name of ['A.pdf', 'B.pdf', 'C.pdf']) {
      ids.push((await app.ok('attachments:add', { meetingId, itemId: budget, fileName: name, contentBase64: base64(await pdfFile(name)) })).id);
    }
    const names = (list: { fileName: string; position: number }[]) =>
      [...list].sort((a, b) => a.position - b.position).map((a) => a.fileName);
    expect(names(await app.ok('attachments:move', { meetingId, attachmentId: ids[2]!, direction: 'up' }))).toEqual(['A.pdf', 'C.pdf', 'B.pdf']);
    expect(names(await app.ok('attachments:move', { meetingId, attachmentId: ids[0]!, direction: 'up' }))).toEqual(['A.pdf', 'C.pdf', 'B.pdf']);
    expect(names(await app.ok('attachments:move', { meetingId, attachmentId: ids[0]!, direction: 'down' }))).toEqual(['C.pdf', 'A.pdf', 'B.pdf']);
    await app.ok('attachments:remove', { meetingId, attachmentId: ids[2]! });
    expect(names((await app.ok('meetings:get', { id: meetingId })).attachments)).toEqual(['A.pdf', 'B.pdf']);
    expect((await app.ok('meetings:get', { id: meetingId })).attachments.map((a) => a.position)).toEqual([0, 1]);
  });

  it('refuses every change to the bilagor of approved minutes, and keeps them readable', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const kept = await app.ok('attachments:add', { meetingId, itemId: budget, fileName: 'Budget.pdf', contentBase64: base64(await pdfFile('B')) });
    app.db.prepare("UPDATE meetings SET status = 'approved' WHERE id = ?").run(meetingId);
    const content = base64(await pdfFile('Ny'));
    expect(await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Ny.pdf', contentBase64: content })).toEqual(FROZEN);
    expect(await app.fails('attachments:remove', { meetingId, attachmentId: kept.id })).toEqual(FROZEN);
    expect(await app.fails('attachments:move', { meetingId, attachmentId: kept.id, direction: 'down' })).toEqual(FROZEN);
    expect((await app.ok('meetings:get', { id: meetingId })).attachments).toEqual([kept]);
    expect((await app.ok('attachments:get', { meetingId, attachmentId: kept.id })).fileName).toBe('Budget.pdf');
  });
});

describe('files that are refused as bilagor', () => {
  it('refuses a file whose content is not what its name says, naming both, and stores nothing', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    expect(await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Budget.pdf', contentBase64: base64(docxFile()) })).toEqual(
      refusedAt('contentBase64', 'Filen heter .pdf men är ett Word-dokument.'),
    );
    expect(
      await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Karta.png', contentBase64: base64(await pdfFile('x')) }),
    ).toEqual(refusedAt('contentBase64', 'Filen heter .png men är en PDF-fil.'));
    const text = base64(new TextEncoder().encode('bara text'));
    expect((await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Anteckning.txt', contentBase64: text })).message).toMatch(
      /^Filer som slutar på \.txt kan inte läggas till\. En bilaga kan vara en PDF/,
    );
    const meeting = await app.ok('meetings:get', { id: meetingId });
    expect(meeting.attachments).toEqual([]);
    expect(meeting.agenda.find((i) => i.id === budget)?.attachment).toBe(false);
    expect(blobCount(app)).toBe(0);
  });

  it('asks for an old Word file to be saved as .docx', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const doc = compoundFile([{ name: 'WordDocument', data: new Uint8Array(600) }]);
    expect(await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Remiss.doc', contentBase64: base64(doc) })).toEqual(
      refusedAt('contentBase64', 'Filen ”Remiss.doc” är ett äldre Word-dokument (.doc). Spara det som .docx i Word och försök igen.'),
    );
  });

  it('refuses a file one byte over 50 MB, naming the file and the limit', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(await app.fails('attachments:add', { meetingId, itemId: budget, fileName: 'Stor.pdf', contentBase64: base64(big) })).toEqual(
      refusedAt('contentBase64', 'Filen ”Stor.pdf” är större än 50 MB och kan inte läggas till som bilaga.'),
    );
    expect(blobCount(app)).toBe(0);
  });

  it('refuses a file too large for the limit by the length of the request, before decoding a byte of it', async () => {
    const app = openApp();
    const { meetingId, budget } = await meetingWithItems(app);
    const decode = vi.spyOn(Buffer, 'from');
    const contentBase64 = 'A'.repeat(MAX_ATTACHMENT_BASE64 + 4);
    const error = await app.fails('attachments:add', { meetingId, itemId: budget, fileName: '/tmp/Film från mötet.pdf', contentBase64 });
    expect(error).toEqual(refusedAt('contentBase64', 'Filen ”Film från mötet.pdf” är större än 50 MB och kan inte läggas till som bilaga.'));
    expect(decode.mock.calls.some(([value]) => value === contentBase64)).toBe(false);
    decode.mockRestore();
  });
});
