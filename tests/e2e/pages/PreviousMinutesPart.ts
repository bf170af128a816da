import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Föregående mötesanteckning": where the body publishes its minutes (in the
 * body's settings) and the dialog that adds links to earlier minutes under an
 * agenda item.
 */
export class PreviousMinutesPart {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Lägg till tidigare mötesanteckningar' });
  }

  /** The settings group "Var mötesanteckningarna publiceras" on the body's page. */
  get settings(): Locator {
    return this.page.getByRole('group', { name: 'Var mötesanteckningarna publiceras' });
  }

  get pageField(): Locator {
    return this.settings.getByRole('textbox', { name: 'Webbsida med alla mötesanteckningar' });
  }

  get patternField(): Locator {
    return this.settings.getByRole('textbox', { name: 'Adress till ett mötes anteckning' });
  }

  /** The line under a field that shows the link it makes ("Länken blir: …"). */
  example(kind: 'page' | 'file'): Locator {
    return this.settings.locator(`[data-minutes-example="${kind}"]`);
  }

  /** Types the page and the pattern as a secretary would, leaving each field. */
  async fillSettings(pageUrl: string, pattern: string): Promise<void> {
    for (const [field, value] of [
      [this.pageField, pageUrl],
      [this.patternField, pattern],
    ] as const) {
      await field.fill('');
      await field.focus();
      await this.page.keyboard.type(value);
      await field.blur();
    }
  }

  /** The item's button "Lägg till tidigare mötesanteckningar…"; opens the dialog once its choices are shown. */
  async open(item: Locator): Promise<void> {
    await item.getByRole('button', { name: /^Lägg till tidigare mötesanteckningar/ }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.locator('form, [data-previous-minutes]').first()).toBeVisible();
  }

  /** A choice in the dialog by the link title it adds (an earlier meeting), or "Länk till alla mötesanteckningar". */
  choice(name: string | RegExp): Locator {
    return this.dialog.getByRole('checkbox', { name });
  }

  /** The checked earlier meetings' titles, in the order offered. */
  async checkedMeetings(): Promise<string[]> {
    return this.dialog
      .locator('.previous-minutes-list input:checked')
      .evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.querySelector('span')?.firstChild?.textContent?.trim() ?? ''));
  }

  /** "Lägg till …": the dialog closes. */
  async add(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Lägg till/ }).click();
    await expect(this.dialog).toHaveCount(0);
  }

  /** The item's links as printed in the meeting ("Länkar för punkt 3."). */
  links(item: Locator): Locator {
    return item.locator('ul.item-links a');
  }
}
