import { expect, type Locator, type Page } from '@playwright/test';

/** The kallelse's parts of the app: its entries in "Exportera", the header's "Möteslänk", the body's "Kallelse" settings. */
export class KallelsePart {
  readonly exportBar: Locator;
  readonly exportButton: Locator;
  readonly menu: Locator;
  readonly warning: Locator;
  readonly word: Locator;
  readonly pdf: Locator;
  readonly handlingar: Locator;
  readonly done: Locator;
  readonly settings: Locator;

  constructor(readonly page: Page) {
    this.exportBar = page.getByRole('region', { name: 'Export' });
    this.exportButton = this.exportBar.getByRole('button', { name: /Exportera/ });
    this.menu = page.getByRole('list', { name: 'Exportera som' });
    this.warning = this.menu.locator('.export-kallelse-warning');
    this.word = this.menu.getByRole('button', { name: /^Kallelse \(Word\)/ });
    this.pdf = this.menu.getByRole('button', { name: /^Kallelse \(PDF\)/ });
    this.handlingar = this.menu.getByRole('button', { name: /^Handlingar \(PDF\)/ });
    this.done = this.exportBar.locator('.export-done');
    this.settings = page.getByRole('group', { name: 'Kallelse' });
  }

  /** "Exportera" opened from the keyboard: focus on it, Enter; the first format takes the focus. */
  async openMenuByKeyboard(): Promise<void> {
    await this.exportButton.focus();
    await this.page.keyboard.press('Enter');
    await expect(this.menu).toBeVisible();
  }

  /** The path of the file just written, once the export bar says it is saved. */
  async savedPath(name: string): Promise<string> {
    await expect(this.done).toContainText(`${name} är sparad`, { timeout: 30_000 });
    return (await this.done.getAttribute('data-export-path')) ?? '';
  }

  /** The header form's "Möteslänk" field. */
  linkField(form: Locator): Locator {
    return form.getByLabel(/^Möteslänk/);
  }

  settingsField(label: 'Rubrik' | 'Sekreterarens e-post' | 'Så anmäler man förhinder'): Locator {
    return this.settings.getByLabel(new RegExp(`^${label}`));
  }
}
