import { expect, type Locator, type Page } from '@playwright/test';

/** The app's date field (text and a calendar button), found by its label inside `scope`. */
export class DateFieldPart {
  readonly input: Locator;
  readonly calendarButton: Locator;
  /** The calendar dialog; labelled by the month it shows ("december 2026"). */
  readonly calendar: Locator;

  constructor(
    readonly page: Page,
    scope: Locator,
    label: string,
  ) {
    this.input = scope.getByLabel(label, { exact: true });
    // `has` is looked for inside each .date-field, so it starts from the page, not from `scope`.
    this.calendarButton = scope
      .locator('.date-field', { has: page.getByLabel(label, { exact: true }) })
      .getByRole('button', { name: 'Välj i kalendern' });
    this.calendar = page.getByRole('dialog', { name: /^[a-zé]+ \d{4}$/ });
  }

  /** Replaces the text the way she would: select all, type at full speed, leave the field with Tab. */
  async type(text: string): Promise<void> {
    await this.input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** The message tied to the field by aria-describedby. */
  async expectError(message: string): Promise<void> {
    await expect(this.input).toHaveAttribute('aria-invalid', 'true');
    const describedBy = await this.input.getAttribute('aria-describedby');
    await expect(this.page.locator(`[id="${describedBy}"]`)).toHaveText(message);
  }

  async expectNoError(): Promise<void> {
    await expect(this.input).not.toHaveAttribute('aria-invalid', 'true');
  }

  /** A day cell of the open calendar, by its Swedish name ("fredag 11 december 2026"). */
  day(name: string): Locator {
    return this.calendar.getByRole('gridcell', { name, exact: true });
  }
}
