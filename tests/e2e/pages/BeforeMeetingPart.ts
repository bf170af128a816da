import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What is used before a meeting: the "Väntas … Förhinder … Ej svarat" line
 * on the attendance board, the day a förhinder was reported on a row, and
 * the year's dates under a body's planned dates.
 */
export class BeforeMeetingPart {
  readonly expectedSummary: Locator;
  readonly yearDates: Locator;
  readonly yearStatus: Locator;
  readonly replaceDialog: Locator;

  constructor(readonly page: Page) {
    this.expectedSummary = page.locator('[data-expected-summary]');
    this.yearDates = page.getByRole('region', { name: /^Mötesdatum \d{4} för kalendern och mötesanteckningen$/ });
    this.yearStatus = this.yearDates.getByRole('status');
    this.replaceDialog = page.getByRole('dialog', { name: 'Filen finns redan. Vill du ersätta den?' });
  }

  /** "Väntas: 22 av 23 · Förhinder: 1 · Ej svarat: 22", as read. */
  async expectExpected(expected: number, called: number, excused: number, unanswered: number): Promise<void> {
    await expect(this.expectedSummary).toHaveText(`Väntas: ${expected} av ${called} · Förhinder: ${excused} · Ej svarat: ${unanswered}`);
  }

  /** "förhinder anmält 6/12" on a person's row. */
  reported(row: Locator): Locator {
    return row.locator('.att-reported');
  }

  yearButton(name: string): Locator {
    return this.yearDates.getByRole('button', { name, exact: true });
  }
}
