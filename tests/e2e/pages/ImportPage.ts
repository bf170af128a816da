import { expect, type Locator, type Page } from '@playwright/test';

/** "Importera mötesanteckningar" (#/importera): choose files or paste, the list of files, the review of one document. */
export class ImportPage {
  readonly heading: Locator;
  readonly view: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Importera mötesanteckningar' });
    this.view = page.locator('[data-import-state]');
  }

  async open(appUrl: string, bodyId?: number): Promise<void> {
    await this.page.goto(`${appUrl}#/importera${bodyId ? `?organ=${bodyId}` : ''}`);
    await this.waitUntilChoosing();
  }

  async waitUntilChoosing(): Promise<void> {
    await expect(this.view).toHaveAttribute('data-import-state', 'choosing');
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.heading).toBeVisible();
  }

  get pasteField(): Locator {
    return this.page.getByRole('textbox', { name: 'Mötesanteckningar som text' });
  }

  get fileChoice(): Locator {
    return this.page.getByLabel('Filer med mötesanteckningar');
  }

  /** Pastes the text (as the clipboard would put it in), reads it by keyboard, and waits for the review. */
  async paste(text: string): Promise<void> {
    await this.pasteField.focus();
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: 'Läs in texten' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await this.waitUntilReviewing();
  }

  async waitUntilReviewing(): Promise<void> {
    await expect(this.view).toHaveAttribute('data-import-state', 'reviewing');
    await expect(this.page.getByRole('heading', { level: 1, name: /^Granska: / })).toBeFocused();
  }

  /** Chooses files (name, bytes) in the file choice; waits until every one is read or refused. */
  async chooseFiles(files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
    await this.fileChoice.setInputFiles(files);
    await expect(this.view).toHaveAttribute('data-import-state', 'summary');
  }

  /** A file's entry in the summary. */
  file(name: string): Locator {
    return this.page.locator(`[data-file-name="${name}"]`);
  }

  /** A line's row in the review, found by its text as read. */
  line(text: string): Locator {
    return this.page.locator('.import-line').filter({ has: this.page.locator('.import-line-text', { hasText: text }) });
  }

  kindSelect(text: string): Locator {
    return this.line(text).getByRole('combobox', { name: /lästes som$/ });
  }

  itemSelect(text: string): Locator {
    return this.line(text).getByRole('combobox', { name: /hör till punkt$/ });
  }

  /** "Mötet som sparas": the assembled meeting, once the last change is in it. */
  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Mötet som sparas' });
  }

  /** Every line drawn (a long document draws its first lines first) and the meeting assembled from the last change. */
  async waitForAssembly(): Promise<void> {
    await expect(this.page.locator('[data-lines]')).toHaveAttribute('data-lines', 'all');
    await expect(this.page.locator('[data-assembly]')).toHaveAttribute('data-assembly', 'done');
  }

  /** The titles of the items in the preview, in order. */
  previewItems(): Locator {
    return this.preview.locator('[data-preview-item]');
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Spara som möte' });
  }
}
