import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ArchivePage } from './pages/ArchivePage';
import { ArchiveCopyPart } from './pages/ArchiveCopyPart';
import { MeetingPage } from './pages/MeetingPage';

// "Arkivera" on the approved demo minutes, and "Kontrollera en PDF" with the archived file and a changed copy.

async function noSideways(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('Arkivera writes the archive copy, and Kontrollera en PDF tells the archived file from a changed copy', async ({ page, app }) => {
  // The PDF/A goes through the host's Chromium and Ghostscript.
  test.slow();
  const psn = app.bodies.find((b) => b.shortName === 'PSN')!;
  const summary = app.meetings.find((m) => m.bodyId === psn.id && m.status === 'approved')!;
  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);
  const part = new ArchiveCopyPart(page);
  await expect(part.bar).toContainText('Inget arkivexemplar än.');
  await expectNoAxeViolations(page, 'justerad mötesanteckning före Arkivera');

  await part.archive();
  await expect(part.status).toHaveText('Arkivexemplaret är sparat i mappen 2026-10-15 Mötesanteckning PSN arkiv v1.');
  await expect(part.lines).toHaveCount(1);
  await expect(part.lines.first()).toContainText(/^Arkiverad \d+ \w+ 2026 \(version 1\) – mappen 2026-10-15 Mötesanteckning PSN arkiv v1/);
  await expect(part.lines.first().getByRole('button', { name: 'Visa i mappen' })).toBeVisible();
  await expect(part.archiveButton).toBeFocused();
  await expectNoAxeViolations(page, 'justerad mötesanteckning efter Arkivera');

  // Again: the folder exists, so the secretary is asked before it is replaced; Escape leaves it.
  await part.archiveButton.press('Enter');
  await expect(part.replaceDialog).toBeVisible();
  await expectNoAxeViolations(page, 'frågan om arkivmappen ska ersättas');
  await page.keyboard.press('Escape');
  await expect(part.replaceDialog).toBeHidden();

  const pdf = (await app.api('archive:issued', { meetingId: summary.id })).find((f) => f.kind === 'archive-pdfa')!;
  expect(pdf.path).toBe(join(dirname(app.dbPath), 'Export', '2026-10-15 Mötesanteckning PSN arkiv v1', '2026-10-15 Mötesanteckning PSN (PDF-A).pdf'));
  const changed = join(dirname(app.dbPath), 'ändrad kopia.pdf');
  const bytes = readFileSync(pdf.path!);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = bytes[middle]! ^ 0x01;
  writeFileSync(changed, bytes);

  const archive = new ArchivePage(page);
  await archive.open(app.url, psn.id);
  await part.verify(pdf.path!);
  await expect(part.verifyResult).toHaveAttribute('data-verify-status', 'unchanged');
  await expect(part.verifyResult).toContainText(
    /Oförändrad: justerad version 1 av Mötesanteckning PSN 15 oktober 2026, justerad \d+ \w+ 2026 av .+, arkiverad \d+ \w+ 2026 \(arkivexemplaret, PDF\/A\)\./,
  );
  await expectNoAxeViolations(page, 'arkivet med en oförändrad PDF');

  await part.verify(changed);
  await expect(part.verifyResult).toHaveAttribute('data-verify-status', 'changed');
  await expect(part.verifyResult).toContainText('Ändrad: filen säger sig vara justerad version 1 av Mötesanteckning PSN 15 oktober 2026');

  for (const width of [440, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await noSideways(page);
    if (width === 440) await expectNoAxeViolations(page, `arkivet med en ändrad PDF i ${width} px`);
  }
  await page.setViewportSize({ width: 440, height: 900 });
  await meeting.open(app.url, summary);
  await expect(part.lines).toHaveCount(1);
  await noSideways(page);
  await expectNoAxeViolations(page, 'arkivexemplaret i 440 px');

  // Publishing sits beside archiving: the link leads to the publication check of the same minutes.
  await part.bar.getByRole('link', { name: 'Publicera …' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Publicera PSN 15 oktober 2026' })).toBeVisible();
});
