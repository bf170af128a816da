import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../electron/services/export/pdf-printer';
import { buildMinutesDocument } from '../../shared/document/build';
import { renderMinutesHtml } from '../../shared/document/html';
import { demoMeetings } from '../unit/document-support';

// "Skriv ut" prints the print HTML through the print dialog, where Chromium's
// header and footer templates (which give the PDF export its draft marker
// and "Sida X av Y") do not apply: the page's own margin boxes carry them.
// Printed here by the same engine, without templates, and read back with pdftotext.

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  dir = await mkdtemp(join(tmpdir(), 'anteckna-print-'));
}, 60_000);
afterAll(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

async function printed(html: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false, printBackground: true }));
  await page.close();
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}

describe('the print dialog copy', () => {
  it('has the draft marker and "Sida X av Y" on every page, like the PDF', async () => {
    const draft = demoMeetings().find((d) => d.meeting.status === 'draft')!;
    const doc = buildMinutesDocument(draft.meeting, draft.body);
    const pages = await printed(renderMinutesHtml(doc, { forPrint: true, pageBoxes: true }));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page, `sidan ${i + 1}`).toContain('UTKAST – ej justerad');
      expect(page, `sidan ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    // Without the page boxes (the PDF export adds them itself), the pages carry neither.
    const plain = await printed(renderMinutesHtml(doc, { forPrint: true }));
    expect(plain.join('')).not.toContain('Sida 1 av');
  }, 60_000);

  it('writes a marker with quotes and backslashes as text, not as CSS', async () => {
    const approved = demoMeetings().find((d) => d.meeting.status === 'approved')!;
    const doc = { ...buildMinutesDocument(approved.meeting, approved.body), draftMarker: 'Utkast "A" \\ } @bottom-left { content: "X' };
    const pages = await printed(renderMinutesHtml(doc, { forPrint: true, pageBoxes: true }));
    expect(pages[0]).toContain('Utkast "A" \\ } @bottom-left { content: "X');
    expect(pages[0]).toContain('Sida 1 av');
  }, 60_000);
});
