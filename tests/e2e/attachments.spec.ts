import { closeSync, mkdtempSync, openSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { upcomingPsn } from './demo-meetings';
import { AttachmentsPart } from './pages/AttachmentsPart';
import { MeetingPage } from './pages/MeetingPage';

async function pdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage();
  return Buffer.from(await doc.save());
}
const office = (part: string) => Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [part]: strToU8('<x/>') }));

test('the secretary attaches files to an item with the keyboard, moves, opens and removes them; wrong and huge files are refused at the button', async ({
  page,
  app,
}) => {
  test.slow();
  const { meeting } = await upcomingPsn(app);
  const view = new MeetingPage(page);
  await view.open(app.url, meeting);
  const top = meeting.agenda.filter((i) => i.parentId === null).sort((a, b) => a.position - b.position);
  const index = top.findIndex((i) => !i.attachment && i.title.trim() !== '');
  const target = top[index]!;
  const number = String(index + 1);
  const item = view.item(number, target.title);
  const bilagor = new AttachmentsPart(page, item, number);
  const adds: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('attachments:add')) adds.push(request.url());
  });

  await bilagor.add([
    { name: 'Budget 2027.pdf', mimeType: 'application/pdf', buffer: await pdf(2) },
    { name: 'Utfall.xlsx', mimeType: 'application/octet-stream', buffer: office('xl/workbook.xml') },
    { name: 'Remiss.pdf', mimeType: 'application/pdf', buffer: office('word/document.xml') },
  ]);
  const rows = await bilagor.rows();
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatch(/^Budget 2027\.pdf \| PDF, \d+(,\d)? (byte|kB)$/);
  expect(rows[1]).toMatch(/^Utfall\.xlsx \| Excel, \d+ byte$/);
  await expect(bilagor.addButton).toHaveAttribute('aria-invalid', 'true');
  expect(await bilagor.errorText()).toBe('Filen heter .pdf men är ett Word-dokument.');
  // The item now says it has a bilaga, as the agenda prints it.
  await expect(item).toContainText('bilaga');

  for (const width of [1280, 480]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `bilagor till en punkt, med fel, ${width} px`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // Move down with the keyboard: at the end, focus goes to the button that stays.
  await bilagor.button('Flytta ned Budget 2027.pdf').focus();
  await page.keyboard.press('Enter');
  await expect(bilagor.list.locator('.attachment-open')).toHaveText(['Utfall.xlsx', 'Budget 2027.pdf']);
  await expect(bilagor.button('Flytta upp Budget 2027.pdf')).toBeFocused();

  // The browser host cannot start a program: it says where the file is and offers it as a download.
  await bilagor.button('Öppna Budget 2027.pdf').focus();
  await page.keyboard.press('Enter');
  await expect(bilagor.status).toContainText('Filen kan inte öppnas härifrån. Den är sparad i ');
  await expect(bilagor.status).toContainText('Budget 2027.pdf');
  const download = page.waitForEvent('download');
  await bilagor.status.getByRole('link', { name: 'ladda ned Budget 2027.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Budget 2027.pdf');

  // Remove asks first; Enter on the question's button removes, focus moves to the next file.
  await bilagor.button('Ta bort Utfall.xlsx').focus();
  await page.keyboard.press('Enter');
  await expect(bilagor.button('Ta bort Utfall.xlsx')).toBeFocused();
  await expect(bilagor.group).toContainText('Ta bort bilagan?');
  await expectNoAxeViolations(page, 'frågan Ta bort bilagan?');
  await page.keyboard.press('Enter');
  await expect(bilagor.list.locator('.attachment-open')).toHaveText(['Budget 2027.pdf']);
  await expect(bilagor.button('Öppna Budget 2027.pdf')).toBeFocused();
  expect((await app.api('meetings:get', { id: meeting.id })).attachments.map((a) => a.fileName)).toEqual(['Budget 2027.pdf']);

  // A 2 GB file is refused by its size before the page reads it: nothing is sent.
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-stor-'));
  try {
    const big = join(dir, 'Inspelning av mötet.pdf');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 2 * 1024 * 1024 * 1024);
    closeSync(fd);
    const before = adds.length;
    await bilagor.add(big);
    expect(await bilagor.errorText()).toBe('Filen ”Inspelning av mötet.pdf” är större än 50 MB och kan inte läggas till som bilaga.');
    expect(adds.length).toBe(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect((await app.api('meetings:get', { id: meeting.id })).attachments.map((a) => a.fileName)).toEqual(['Budget 2027.pdf']);
});
