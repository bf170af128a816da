import { expect, type Locator, type Page } from '@playwright/test';

/** "Ordlista" in a body's settings (#/body/<id>): the body's own words for the spelling check. */
export class WordListPart {
  readonly section: Locator;
  readonly field: Locator;
  readonly addButton: Locator;
  readonly error: Locator;
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Ordlista', exact: true });
    this.field = this.section.getByRole('textbox', { name: 'Nytt ord', exact: true });
    this.addButton = this.section.getByRole('button', { name: 'Lägg till', exact: true });
    this.error = this.section.locator('.field-error');
    this.entries = this.section.getByRole('listitem');
  }

  async open(appUrl: string, bodyId: number): Promise<void> {
    await this.page.goto(`${appUrl}#/body/${bodyId}`);
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await this.waitUntilReady();
  }

  /** Loaded, nothing being saved. */
  async waitUntilReady(): Promise<void> {
    await expect(this.section).toHaveAttribute('data-word-list-state', 'ready');
  }

  /** The words as shown, in order. */
  async words(): Promise<string[]> {
    return this.entries.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.word ?? ''));
  }

  /** Types the word in the field (already focused, or focused by keyboard before) and presses Enter. */
  async addByKeyboard(word: string): Promise<void> {
    await expect(this.field).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(word);
    await this.page.keyboard.press('Enter');
    await this.waitUntilReady();
  }

  removeButton(word: string): Locator {
    return this.section.getByRole('button', { name: `Ta bort ${word}`, exact: true });
  }
}
