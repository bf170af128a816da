import { expect, type Locator, type Page } from '@playwright/test';

/** "Arkiv" on approved minutes (Arkivera, the archive copies) and "Kontrollera en PDF" on the archive page. */
export class ArchiveCopyPart {
  readonly bar: Locator;
  readonly status: Locator;
  readonly lines: Locator;
  readonly verifySection: Locator;
  readonly verifyResult: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Arkiv och publicering', exact: true });
    this.status = this.bar.getByRole('status');
    this.lines = this.bar.getByRole('listitem');
    this.verifySection = page.getByRole('region', { name: 'Kontrollera en PDF' });
    this.verifyResult = this.verifySection.locator('.verify-pdf-result');
  }

  get archiveButton(): Locator {
    return this.bar.getByRole('button', { name: 'Arkivera', exact: true });
  }

  get replaceDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Ersätta arkivmappen?' });
  }

  /** "Arkivera" by keyboard; waits until the folder is written (PDF/A through Chromium and Ghostscript). */
  async archive(): Promise<void> {
    await this.archiveButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.status).toContainText('Arkivexemplaret är sparat i mappen', { timeout: 90_000 });
  }

  /** Chooses a file for "Kontrollera en PDF…" and waits for the verdict. */
  async verify(path: string): Promise<void> {
    await this.verifySection.locator('input[type="file"]').setInputFiles(path);
    await expect(this.verifySection).toHaveAttribute('data-verify-state', 'done');
  }
}
