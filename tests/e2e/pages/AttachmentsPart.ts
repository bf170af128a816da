import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

/** "Bilagor" on an agenda item: the files, their buttons, and "Lägg till bilaga". */
export class AttachmentsPart {
  readonly group: Locator;

  constructor(
    readonly page: Page,
    item: Locator,
    readonly number: string,
  ) {
    this.group = item.getByRole('group', { name: `Bilagor till punkt ${number}` });
  }

  get addButton(): Locator {
    return this.group.getByRole('button', { name: `Lägg till bilaga till punkt ${this.number}` });
  }

  get list(): Locator {
    return this.group.getByRole('list', { name: `Bilagor till punkt ${this.number}` });
  }

  /** The list as the secretary reads it: "Budget 2027.pdf PDF, 1,2 kB" per file. */
  async rows(): Promise<string[]> {
    return (await this.list.getByRole('listitem').all()).length === 0
      ? []
      : this.list.locator('.attachment').evaluateAll((rows) =>
          rows.map((row) => `${row.querySelector('.attachment-open')?.textContent ?? ''} | ${row.querySelector('.attachment-meta')?.textContent ?? ''}`),
        );
  }

  button(name: string): Locator {
    return this.group.getByRole('button', { name, exact: true });
  }

  /** The messages under "Lägg till bilaga", as the button's description points at them. */
  async errorText(): Promise<string> {
    const describedBy = (await this.addButton.getAttribute('aria-describedby')) ?? '';
    return (await this.page.locator(`[id="${describedBy}"]`).innerText()).trim();
  }

  get status(): Locator {
    return this.group.getByRole('status');
  }

  /** Chooses files with the keyboard: Enter on "Lägg till bilaga", then the files in the chooser; waits until they are saved. */
  async add(files: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
    await this.addButton.focus();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.keyboard.press('Enter');
    await (await chooser).setFiles(files);
    await expect(this.group.locator('xpath=..').locator('[data-attachments-state="idle"]')).toHaveCount(1);
    await expect(this.addButton).toBeFocused();
  }
}
