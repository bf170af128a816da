import { expect, type Locator, type Page } from '@playwright/test';

/** "Uppdrag": every task of every body, with its filters and "Markera klar". */
export class TaskListPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly bodyFilter: Locator;
  readonly ownerFilter: Locator;
  readonly overdueOnly: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Uppdrag' });
    this.list = page.locator('section.tasklist');
    const filters = page.getByRole('form', { name: 'Filtrera uppdrag' });
    this.bodyFilter = filters.getByLabel('Organ');
    this.ownerFilter = filters.getByLabel(/^Ansvarig/);
    this.overdueOnly = filters.getByRole('checkbox', { name: 'Bara försenade' });
  }

  /** Opens the view by its address (the app's url carries the token). */
  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/uppdrag`);
    await this.waitUntilReady();
  }

  /** Through the top bar's link, as she gets there. */
  async openFromTopBar(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppdrag' }).click();
    await this.waitUntilReady();
  }

  /** The list shows what the current filter asks for. */
  async waitUntilReady(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.list).toHaveAttribute('data-task-list-state', 'ready');
  }

  status(label: 'Öppna' | 'Klara' | 'Alla'): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  async showStatus(label: 'Öppna' | 'Klara' | 'Alla'): Promise<void> {
    await this.status(label).check();
    await this.waitUntilReady();
  }

  async chooseBody(shortName: string): Promise<void> {
    await this.bodyFilter.selectOption({ label: shortName });
    await this.waitUntilReady();
  }

  async filterOwner(text: string): Promise<void> {
    await this.ownerFilter.fill(text);
    await this.waitUntilReady();
  }

  async setOverdueOnly(on: boolean): Promise<void> {
    await this.overdueOnly.setChecked(on);
    await this.waitUntilReady();
  }

  /** The texts of the tasks listed, in order. */
  whats(): Promise<string[]> {
    return this.list.locator('.tasklist-what').allTextContents();
  }

  /** A task's row, by its text. */
  row(what: string): Locator {
    return this.list.locator('li.tasklist-row').filter({ has: this.page.locator('.tasklist-what', { hasText: what }) });
  }

  /** One fact of a row ("Ansvarig", "Gavs", "Följdes upp", "Status" …). */
  fact(what: string, label: string): Locator {
    return this.row(what).locator('dl > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
  }

  doneButton(what: string): Locator {
    return this.row(what).getByRole('button', { name: /^(Markera klar|Öppna igen)$/ });
  }
}
