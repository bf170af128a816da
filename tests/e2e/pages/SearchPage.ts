import { expect, type Locator, type Page } from '@playwright/test';

/** "Sök": the top bar's field, the results page with its filters, and the marks in an opened hit. */
export class SearchPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sök' });
  }

  /** The field in the top bar, on every screen. */
  get topBarField(): Locator {
    return this.page.getByRole('banner').getByRole('searchbox', { name: 'Sök i alla möten' });
  }

  /** The results page's own form: the question and "Begränsa sökningen". */
  get form(): Locator {
    return this.page.getByRole('search', { name: 'Sök i mötena' });
  }

  get results(): Locator {
    return this.page.locator('.search-results');
  }

  /** "8 träffar i 3 möten för ”avtal”" (also "Inga träffar för …"). */
  get count(): Locator {
    return this.page.locator('[data-search-count]');
  }

  /** The engine's calm hint when the question cannot be searched as written. */
  get hint(): Locator {
    return this.page.getByRole('status').and(this.page.locator('[data-search-hint]'));
  }

  /** The advice under "Inga träffar för …". */
  get emptyAdvice(): Locator {
    return this.page.locator('[data-search-empty]');
  }

  /** A meeting's group of hits, by its heading ("PSN 15 oktober 2026 Mötesanteckning PSN Justerad"). */
  get meetingGroups(): Locator {
    return this.results.getByRole('region');
  }

  /** Every hit's link, in order ("Punkt 3 – …", "Mötet"). */
  get hitLinks(): Locator {
    return this.results.locator('.search-hit-link');
  }

  /** The marked words of the snippets shown. */
  get snippetMarks(): Locator {
    return this.results.locator('.search-snippet mark');
  }

  async open(appUrl: string, query: string): Promise<void> {
    await this.page.goto(`${appUrl}#/sok?${query}`);
    await this.waitUntilReady();
  }

  /** The page is shown and the results of the question in the address are in. */
  async waitUntilReady(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.results).toHaveAttribute('data-search-state', /^(ready|idle)$/);
  }

  /** Ctrl+K, the words typed, Enter: as she searches from any screen. */
  async searchFromTopBar(text: string): Promise<void> {
    await this.page.keyboard.press('Control+K');
    await expect(this.topBarField).toBeFocused();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.waitUntilReady();
  }

  /** Opens "Begränsa sökningen" (when closed), sets the filters and sends the form; `organ` is the body's short name. */
  async filter(filters: { organ?: string; year?: string; status?: string; kind?: string; person?: string }): Promise<void> {
    const details = this.form.locator('details');
    if ((await details.getAttribute('open')) === null) await this.form.getByText('Begränsa sökningen').click();
    if (filters.organ !== undefined) {
      // The body by its short name, as the secretary knows it ("PSN"); the option reads "PSN – Politiskt …".
      const select = this.form.getByLabel('Organ');
      const value = await select.locator('option').filter({ hasText: new RegExp(`^${filters.organ} – `) }).getAttribute('value');
      await select.selectOption(value ?? '');
    }
    if (filters.year !== undefined) await this.form.getByLabel('År', { exact: true }).fill(filters.year);
    if (filters.status !== undefined) await this.form.getByLabel('Status').selectOption({ label: filters.status });
    if (filters.kind !== undefined) await this.form.getByLabel('Typ av punkt').selectOption({ label: filters.kind });
    if (filters.person !== undefined) await this.form.getByLabel(/^Person/).fill(filters.person);
    await this.form.getByRole('button', { name: 'Sök', exact: true }).click();
  }

  /** The texts of the found-word highlights painted in the opened meeting (CSS Custom Highlight API). */
  async highlightedTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('sok-traff');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
  }

  /** "Markerar: avtal ×" in the opened meeting. */
  get foundBar(): Locator {
    return this.page.locator('.found-bar');
  }
}
