import { expect, type Locator, type Page } from '@playwright/test';

/** The meeting view's "Ändringar sedan utskick": the comparison with the minutes sent for justering. */
export class ChangesPart {
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: /^Ändringar sedan utskick/ });
    this.toggle = this.panel.getByRole('button', { name: /^Ändringar sedan utskick/ });
    this.status = this.panel.getByRole('status');
  }

  /** Opens the panel by keyboard; it fetches the comparison again as it opens. */
  async open(): Promise<void> {
    await this.toggle.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** One changed item (or "Mötet") by its label as the minutes number it. */
  item(label: string | RegExp): Locator {
    return this.panel.locator('.changes-item').filter({ has: this.page.getByRole('heading', { name: label }) });
  }

  /** The text of one part of an item ("Ställningstagande", "Anteckningar") as a sighted reader sees it added or removed. */
  added(item: Locator): Locator {
    return item.locator('ins');
  }

  removed(item: Locator): Locator {
    return item.locator('del');
  }

  saveButton(format: 'Word' | 'PDF'): Locator {
    return this.panel.getByRole('button', { name: `Spara ändringar (${format})` });
  }

  /** "Spara ändringar (…)" by keyboard; waits for where the file went. */
  async save(format: 'Word' | 'PDF'): Promise<void> {
    await this.saveButton(format).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.status).toContainText('Ändringarna är sparade i', { timeout: 60_000 });
  }
}
