import { expect, type Locator, type Page } from '@playwright/test';

/** "Stavningskontroll": the whole meeting's unknown words before export, replace and add to the word list. */
export class SpellingCheckPage {
  readonly heading: Locator;
  readonly board: Locator;
  readonly count: Locator;
  readonly frozenReason: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Stavningskontroll/ });
    this.board = page.locator('.spelling-check');
    this.count = page.locator('.spelling-count');
    this.frozenReason = page.locator('[data-spelling-frozen]');
  }

  /** Opens the view by its address (the app's url carries the token) and waits for the check. */
  async open(url: string, meetingId: number): Promise<void> {
    await this.page.goto(`${url}#/meeting/${meetingId}/stavning`);
    await this.waitUntilChecked();
  }

  /** From the meeting's export menu ("Exportera" → "Stavningskontroll …"), by keyboard. */
  async openFromExportMenuByKeyboard(): Promise<void> {
    const bar = this.page.getByRole('region', { name: 'Export' });
    await bar.getByRole('button', { name: /Exportera/ }).focus();
    await this.page.keyboard.press('Enter');
    // The menu opens on its first format; the check stands before the formats.
    await expect(bar.getByRole('button', { name: /^Stavningskontroll …/ })).toBeVisible();
    await this.page.keyboard.press('ArrowUp');
    await expect(bar.getByRole('button', { name: /^Stavningskontroll …/ })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await this.waitUntilChecked();
  }

  async waitUntilChecked(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.board).toHaveAttribute('data-spelling-check-state', 'ready');
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** The words listed, in order. */
  async words(): Promise<string[]> {
    return this.page.locator('.spelling-word-heading').allInnerTexts();
  }

  /** One word's card. */
  word(word: string): Locator {
    return this.page.locator(`li.spelling-word[data-word="${word}"]`);
  }

  wordHeading(word: string): Locator {
    return this.word(word).getByRole('heading', { level: 2, name: word, exact: true });
  }

  replacement(word: string): Locator {
    return this.word(word).getByRole('textbox', { name: 'Ersätt med' });
  }

  button(word: string, name: 'Ersätt' | 'Ersätt alla' | 'Lägg till i ordlistan'): Locator {
    return this.word(word).getByRole('button', { name, exact: true });
  }

  /** The links to the items the word is in. */
  items(word: string): Locator {
    return this.word(word).getByRole('link');
  }
}
