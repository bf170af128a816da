import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ISSUE_ID_KEY, readIssueId, stampIssueId } from '../../electron/services/export/issue-id';

async function onePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Mötesanteckning SÄF');
  doc.addPage();
  return doc.save();
}

describe('the issue id in a PDF', () => {
  it('is read back from a stamped PDF, and pdfinfo sees it beside the title', async () => {
    const stamped = await stampIssueId(await onePagePdf(), 'arkiv-2027-01-21-v1');
    expect(await readIssueId(stamped)).toBe('arkiv-2027-01-21-v1');
    const dir = mkdtempSync(join(tmpdir(), 'anteckna-issue-id-'));
    try {
      const path = join(dir, 'stamped.pdf');
      writeFileSync(path, stamped);
      const info = execFileSync('pdfinfo', ['-custom', path], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`${ISSUE_ID_KEY}:\\s+arkiv-2027-01-21-v1`));
      expect(info).toMatch(/Title:\s+Mötesanteckning SÄF/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is null for a PDF without one and for bytes that are not a PDF', async () => {
    expect(await readIssueId(await onePagePdf())).toBeNull();
    expect(await readIssueId(new TextEncoder().encode('inte en pdf'))).toBeNull();
  });
});
