import { expect, type Locator, type Page } from '@playwright/test';

/** "Läs in närvarorapport från Teams …" on the attendance board, and its dialog. */
export class TeamsReportPart {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly apply: Locator;
  readonly result: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Läs in närvarorapport från Teams …' });
    this.dialog = page.getByRole('dialog', { name: 'Närvarorapport från Teams' });
    this.apply = this.dialog.getByRole('button', { name: 'Markera med på länk' });
    this.result = page.locator('.teams-result');
    this.error = page.locator('.teams-error');
  }

  /** Tab to the button, Enter, and the file in the browser's file choice. */
  async chooseFileByKeyboard(fileName: string, bytes: Buffer): Promise<void> {
    await this.tabTo(this.button, 'knappen för Teams-rapporten');
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: fileName, mimeType: 'text/csv', buffer: bytes });
    await expect(this.page.locator('[data-teams-state]')).not.toHaveAttribute('data-teams-state', 'reading');
  }

  /** Presses Tab until `target` has focus (at most `max` presses). */
  async tabTo(target: Locator, what: string, max = 200): Promise<void> {
    await expect(target).toBeVisible();
    for (let i = 0; i <= max; i += 1) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${what} nås inte med Tabb.`);
  }

  person(reportName: string): Locator {
    return this.dialog.locator(`[data-teams-person="${reportName}"]`);
  }

  select(reportName: string): Locator {
    return this.dialog.getByLabel(`Kallad person för ${reportName}`, { exact: true });
  }

  guest(reportName: string): Locator {
    return this.person(reportName).getByRole('checkbox', { name: 'Lägg till som gäst' });
  }

  /** The chosen called person's text in the select ("Ingen" when none). */
  async chosen(reportName: string): Promise<string> {
    return this.select(reportName).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }
}
