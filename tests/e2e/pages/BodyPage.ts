import { expect, type Locator, type Page } from '@playwright/test';

/** A body's settings view (#/body/<id>): settings, planned dates and the roster editor. */
export class BodyPage {
  readonly heading: Locator;
  readonly view: Locator;
  readonly pasteDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.view = page.locator('[data-body-state]');
    this.pasteDialog = page.getByRole('dialog', { name: 'Klistra in från Excel eller Word' });
  }

  async open(appUrl: string, bodyId: number, name: string): Promise<void> {
    await this.page.goto(`${appUrl}#/body/${bodyId}`);
    await this.waitUntilReady(name);
  }

  async waitUntilReady(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name);
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** Everything on the view (settings, dates, roster) is stored. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.view).toHaveAttribute('data-body-state', 'saved');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** "Så skrivs anteckningen": numbering, headings, details, markers and the name's form. */
  get layoutSettings(): Locator {
    return this.page.getByRole('group', { name: 'Så skrivs anteckningen' });
  }

  category(name: string): Locator {
    return this.page.getByRole('region', { name: `Kategori: ${name}`, exact: true });
  }

  /** The member rows' names in printed order ('' for a vacant seat). */
  async memberNames(category: string): Promise<string[]> {
    return this.category(category)
      .locator('[data-member-row]')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.memberName ?? ''));
  }

  member(category: string, name: string): Locator {
    return this.category(category).locator(`[data-member-row][data-member-name="${name}"]`);
  }

  async openPasteDialog(): Promise<void> {
    await this.page.getByRole('button', { name: 'Klistra in från Excel eller Word' }).click();
    await expect(this.pasteDialog).toBeVisible();
  }

  previewRow(line: number): Locator {
    return this.pasteDialog.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }

  // --- standing items ------------------------------------------------------

  /** "Stående punkter": what every new meeting of the body starts with. */
  get standingItems(): Locator {
    return this.page.getByRole('region', { name: 'Stående punkter', exact: true });
  }

  /** A standing item's title field by its place in the whole list (1 = first). */
  standingTitle(place: number): Locator {
    return this.standingItems.getByRole('textbox', { name: `Rubrik, stående punkt ${place}`, exact: true });
  }

  /** The standing-items list has been stored (`data-standing-state`). */
  async waitUntilStandingSaved(): Promise<void> {
    await expect(this.standingItems).toHaveAttribute('data-standing-state', 'saved');
  }

  /** "Lägg till punkt" with a title and a placement. */
  async addStandingItem(title: string, placement: 'Före mötets ärenden' | 'Efter mötets ärenden'): Promise<void> {
    const form = this.standingItems.getByRole('form', { name: 'Lägg till stående punkt' });
    await form.getByLabel('Ny stående punkt').fill(title);
    await form.getByLabel('Placering').selectOption({ label: placement });
    await form.getByRole('button', { name: 'Lägg till punkt' }).click();
  }

  /** The standing items as the list shows them: "Titel" per item, "  a) underpunkt" per sub-item, groups in order. */
  async standingOutline(): Promise<string[]> {
    return this.standingItems.locator('.standing-list').evaluateAll((lists) =>
      lists.flatMap((list) => {
        const group = list.getAttribute('aria-label') ?? '';
        return [...list.querySelectorAll<HTMLElement>(':scope > [data-standing-row]')].flatMap((row) => [
          `${group}: ${row.querySelector<HTMLInputElement>('input')!.value}`,
          ...[...row.querySelectorAll<HTMLElement>('[data-standing-sub]')].map(
            (sub) => `  ${sub.querySelector('.standing-letter')!.textContent} ${sub.querySelector<HTMLInputElement>('input')!.value}`,
          ),
        ]);
      }),
    );
  }
}
