import { expect, type Locator, type Page } from '@playwright/test';

/** Live mode (#/meeting/<id>/live[/<itemId>]): one item at a time. */
export class LivePage {
  readonly root: Locator;
  readonly itemTitle: Locator;
  readonly clock: Locator;
  readonly startButton: Locator;
  readonly opened: Locator;
  readonly closeButton: Locator;
  readonly closed: Locator;
  readonly timer: Locator;
  readonly picker: Locator;
  readonly standingButton: Locator;
  readonly shortcutsButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.live');
    this.itemTitle = page.locator('#live-item-title');
    this.clock = page.locator('[data-live-clock]');
    this.startButton = page.getByRole('button', { name: 'Starta mötet' });
    this.opened = page.locator('[data-opened-at]');
    this.closeButton = page.getByRole('button', { name: 'Avsluta mötet' });
    this.closed = page.locator('[data-closed-at]');
    this.timer = page.locator('[data-live-timer]');
    this.picker = page.getByRole('dialog', { name: 'Infoga standardfras' });
    this.standingButton = page.getByRole('button', { name: 'Fyll i standardfraser' });
    this.shortcutsButton = page.getByRole('button', { name: 'Kortkommandon' });
  }

  async open(appUrl: string, meetingId: number, itemId?: number): Promise<void> {
    await this.page.goto(`${appUrl}#/meeting/${meetingId}/live${itemId ? `/${itemId}` : ''}`);
    await this.waitUntilReady();
  }

  /** Opens an item in live mode, the caret on a new empty paragraph after its notes. */
  async openOnNewParagraph(appUrl: string, meetingId: number, itemId: number): Promise<void> {
    await this.open(appUrl, meetingId, itemId);
    await expect(this.notes).toBeFocused();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.root).toBeVisible();
  }

  /** Waits until the item in progress is this one ("4." / "1 a)" and title). */
  async expectItem(itemId: number, title: string): Promise<void> {
    await expect(this.root).toHaveAttribute('data-live-item', String(itemId));
    await expect(this.itemTitle).toContainText(title);
  }

  /** The notes editor of the item in progress. */
  get notes(): Locator {
    return this.page.locator('.live-item [data-lexical-editor="true"]');
  }

  /** The standpoint textarea of the item in progress. */
  get standpoint(): Locator {
    return this.page.locator('.live-item').getByRole('textbox', { name: /^Ställningstagande för / });
  }

  get standpointField(): Locator {
    return this.page.locator('.live-item [data-standpoint-state]');
  }

  async waitStandpointSaved(): Promise<void> {
    await expect(this.standpointField).toHaveAttribute('data-standpoint-state', 'saved');
  }

  /** The choice shown when another window saved the item after this one's text started. */
  get conflictBar(): Locator {
    return this.page.locator('.live-item [data-notes-conflict]');
  }

  /** "Punkten är öppen för skrivning i ett annat fönster …" above notes another tab writes to. */
  get lockNote(): Locator {
    return this.page.locator('.live-item [data-notes-locked]');
  }

  /** "Tidigare text (n)": the texts not chosen, under the item. */
  get earlierTexts(): Locator {
    return this.page.locator('.live-item').getByRole('button', { name: /^Tidigare text \(\d+\)$/ });
  }

  /** Pastes into the notes as the browser does: a ClipboardEvent carrying only the given types (text/plain, text/html, …). */
  async paste(data: Record<string, string>): Promise<void> {
    await this.notes.evaluate((el, entries) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, data);
  }

  /** Types at the end of the notes of the item in progress. */
  async typeAtEnd(text: string): Promise<void> {
    await this.notes.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Every notes save of the page has been answered (the quiet indicator says so). */
  async waitNotesSaved(): Promise<void> {
    await expect(this.page.locator('[data-save-state]').first()).toHaveAttribute('data-save-state', 'saved');
  }
}
