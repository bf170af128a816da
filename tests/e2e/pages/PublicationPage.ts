import { expect, type Locator, type Page } from '@playwright/test';

/** "Publicera": the publication check of approved minutes and saving the public version. */
export class PublicationPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly removeRemaining: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Publicera/ });
    this.count = page.locator('.publication-count');
    this.removeRemaining = page.getByRole('button', { name: 'Ta bort alla återstående' });
    this.status = page.locator('.publication-status');
  }

  /** Opens the view by its address (the app's url carries the token). */
  async open(url: string, meetingId: number): Promise<void> {
    await this.page.goto(`${url}#/meeting/${meetingId}/publicera`);
    await this.waitUntilReady();
  }

  /** From the meeting's export menu ("Exportera" → "Publicera …"). */
  async openFromExportMenu(): Promise<void> {
    const bar = this.page.getByRole('region', { name: 'Export' });
    await bar.getByRole('button', { name: /Exportera/ }).click();
    await bar.getByRole('button', { name: /^Publicera …/ }).click();
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** Every decision asked for has been answered by the host. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.page.locator('.publication')).toHaveAttribute('data-publication-state', 'saved');
  }

  /** The findings, one group (an item or the meeting's own parts) at a time. */
  group(where: string): Locator {
    return this.page.getByRole('region', { name: where, exact: true });
  }

  /** One finding, by the text found (its legend reads "<kind>: <text>"). */
  finding(text: string): Locator {
    return this.page.locator('li.finding').filter({ has: this.page.locator('.finding-text', { hasText: text }) });
  }

  choice(text: string, label: 'Behåll' | 'Ta bort' | 'Skriv om'): Locator {
    return this.finding(text).getByRole('radio', { name: label, exact: true });
  }

  /** "Spara som webbsida (HTML)" / "Spara som PDF". */
  saveButton(format: 'html' | 'pdf'): Locator {
    return this.page.locator(`button[data-public-format="${format}"]`);
  }

  /** Saves the public version and returns the path the view says. */
  async save(format: 'html' | 'pdf'): Promise<string> {
    await this.saveButton(format).click();
    const saved = this.status.locator('.publication-saved');
    await expect(saved).toBeVisible({ timeout: 30_000 });
    const path = await saved.getAttribute('data-public-path');
    if (!path) throw new Error('Vyn säger inte var filen sparades.');
    return path;
  }
}
