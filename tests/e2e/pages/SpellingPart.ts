import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Live spelling in one notes editor: the words it underlines (the editor's
 * `data-spelling-*` signals), the spelling menu and the toolbar's
 * "Stavning" button.
 */
export class SpellingPart {
  readonly menu: Locator;
  readonly toggle: Locator;

  constructor(
    readonly page: Page,
    /** The editor's content element ([data-lexical-editor]). */
    readonly editor: Locator,
    /** What holds the editor and its toolbar. */
    scope: Locator,
  ) {
    this.menu = page.getByRole('menu', { name: /^Stavning: / });
    this.toggle = scope.getByRole('toolbar', { name: /^Formatering för punkt / }).getByRole('button', { name: 'Stavning', exact: true });
  }

  /** Waits until the editor's words are checked and exactly these are underlined, in this order. */
  async expectUnderlined(words: readonly string[]): Promise<void> {
    await expect(this.editor).toHaveAttribute('data-spelling-unknown', words.join(' '), { timeout: 20_000 });
    await expect(this.editor).toHaveAttribute('data-spelling-state', 'ready');
  }

  async expectState(state: 'ready' | 'checking' | 'off' | 'unavailable'): Promise<void> {
    await expect(this.editor).toHaveAttribute('data-spelling-state', state, { timeout: 20_000 });
  }

  /** Alt+F7 in the notes: the next underlined word, and its menu open with focus on its first item. */
  async openNext(word: string): Promise<void> {
    await this.page.keyboard.press('Alt+F7');
    const menu = this.page.getByRole('menu', { name: `Stavning: ${word}` });
    await expect(menu).toBeVisible();
    await this.expectOnTop(menu);
  }

  /** The menu is painted where she sees it, on top of the page and not cut off by the notes around it. */
  async expectOnTop(menu: Locator): Promise<void> {
    const hits = await menu.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const corners = [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.bottom - 4],
      ] as const;
      return corners.map(([x, y]) => element.contains(document.elementFromPoint(x, y)));
    });
    expect(hits, 'the spelling menu is painted on top, whole').toEqual([true, true]);
  }

  /** The words the window's underline is painted on now (the CSS highlight's ranges still in the page), sorted. */
  async paintedWords(): Promise<string[]> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights.get('anteckna-stavning');
      return [...(highlight ?? [])]
        .filter((range) => range.startContainer.isConnected)
        .map((range) => (range instanceof Range ? range.toString() : ''))
        .sort();
    });
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  /** The menu's items as a screen reader lists them. */
  async items(): Promise<string[]> {
    return this.menu.getByRole('menuitem').allTextContents();
  }
}
