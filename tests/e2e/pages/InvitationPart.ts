import { expect, type Locator, type Page } from '@playwright/test';

/** The meeting view's "Kallelse och inbjudan": Skicka kallelse, Ställ in mötet …, the Inställt banner. */
export class InvitationPart {
  readonly bar: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Kallelse och inbjudan' });
    this.status = this.bar.getByRole('status');
  }

  sendButton(label: 'Skicka kallelse' | 'Skicka ändrad kallelse' = 'Skicka kallelse'): Locator {
    return this.bar.getByRole('button', { name: label, exact: true });
  }

  get cancelButton(): Locator {
    return this.bar.getByRole('button', { name: 'Ställ in mötet …' });
  }

  get resumeButton(): Locator {
    return this.bar.getByRole('button', { name: 'Återuppta mötet' });
  }

  get cancelDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Ställ in mötet?' });
  }

  /** Presses a button with the keyboard, as a secretary without a mouse does. */
  async press(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** "Skicka kallelse" (or the changed one) by keyboard; waits for where the draft is. */
  async send(label: 'Skicka kallelse' | 'Skicka ändrad kallelse' = 'Skicka kallelse'): Promise<void> {
    await this.press(this.sendButton(label));
    // The host prints the kallelse PDF first, which takes a while on a busy machine.
    await expect(this.status).toContainText('E-postutkastet är sparat i', { timeout: 60_000 });
  }
}
