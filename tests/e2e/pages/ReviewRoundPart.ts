import { expect, type Locator, type Page } from '@playwright/test';

/** The justering round in the meeting view: "Skicka för justering" with its dialog, and "Kommentarer från justerare" per item. */
export class ReviewRoundPart {
  readonly bar: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Justering' });
    this.dialog = page.getByRole('dialog', { name: 'Skicka för justering' });
  }

  get sendButton(): Locator {
    return this.bar.getByRole('button', { name: 'Skicka för justering' });
  }

  /** A reviewer's checkbox in the dialog, by name (a role may follow it in the label). */
  reviewer(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  /** Presses a control with the keyboard, as a secretary without a mouse does. */
  async press(control: Locator, key = 'Enter'): Promise<void> {
    await control.focus();
    await this.page.keyboard.press(key);
  }

  /** Opens the dialog from the bar by keyboard. */
  async openDialog(): Promise<void> {
    await this.press(this.sendButton);
    await expect(this.dialog).toBeVisible();
  }

  /** Ticks the named reviewers by keyboard (Space) and creates the e-mail; waits until the minutes are out for justering. */
  async send(reviewers: readonly string[]): Promise<void> {
    if (!(await this.dialog.isVisible())) await this.openDialog();
    for (const name of reviewers) {
      const box = this.reviewer(name);
      if (!(await box.isChecked())) await this.press(box, 'Space');
      await expect(box).toBeChecked();
    }
    await this.press(this.dialog.getByRole('button', { name: 'Skapa e-post' }));
    // The host prints the minutes as PDF first, which takes a while on a busy machine.
    await expect(this.dialog).toHaveCount(0, { timeout: 60_000 });
    await expect(this.bar).toHaveAttribute('data-review-status', 'review');
  }

  /** "Kommentarer från justerare" of the item whose full label (as the notes editor has it) starts with `label`. */
  comments(itemId: number): Locator {
    return this.page.locator(`[data-review-comments="${itemId}"]`);
  }

  comment(itemId: number, text: string): Locator {
    return this.comments(itemId).getByRole('listitem').filter({ hasText: text });
  }

  /** "+ Kommentar", the author and the text, "Lägg till kommentar": all by keyboard. */
  async addComment(itemId: number, author: string, text: string): Promise<void> {
    const section = this.comments(itemId);
    await this.press(section.getByRole('button', { name: /^\+ Kommentar/ }));
    const form = section.getByRole('form');
    await expect(form.getByLabel('Kommentar', { exact: true })).toBeFocused();
    await form.getByLabel('Från').selectOption(author);
    await form.getByLabel('Kommentar', { exact: true }).fill(text);
    await this.press(form.getByRole('button', { name: 'Lägg till kommentar' }));
    await expect(this.comment(itemId, text)).toBeVisible();
  }
}
