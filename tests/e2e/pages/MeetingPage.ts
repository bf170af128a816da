import { expect, type Locator, type Page } from '@playwright/test';

/** One meeting: header, agenda items and their notes editors. */
export class MeetingPage {
  readonly heading: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.saveStatus = page.getByRole('status', { name: 'Sparstatus' });
  }

  async waitUntilReady(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** An agenda item's section, labelled "<number>. <title>". */
  item(number: string, title: string): Locator {
    return this.page.getByRole('region', { name: `${number}. ${title}`, exact: true });
  }

  notes(number: string, title: string): Locator {
    return this.item(number, title).getByRole('textbox', { name: `Anteckningar för punkt ${number}. ${title}`, exact: true });
  }

  /**
   * Types at the end of an item's notes and returns once the app has saved
   * it: the save carrying the text has been answered and the indicator says
   * "saved".
   */
  async writeNotes(number: string, title: string, text: string): Promise<void> {
    const saved = this.page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === '/api/notes:save' && (response.request().postData() ?? '').includes(text),
    );
    const editor = this.notes(number, title);
    await editor.click();
    await this.page.keyboard.press('Control+End');
    await editor.pressSequentially(text);
    expect((await saved).ok()).toBe(true);
    await this.waitUntilSaved();
  }

  /** The header form ("Ändra mötesuppgifter"). */
  get headerForm(): Locator {
    return this.page.getByRole('form', { name: 'Mötesuppgifter' });
  }

  async editHeader(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Ändra mötesuppgifter' }).click();
    await expect(this.headerForm).toBeVisible();
    return this.headerForm;
  }

  /** A printed header value ("Tid", "Datum" …) as shown when not editing. */
  headerValue(field: 'date' | 'time' | 'meetingForm' | 'place' | 'calledText'): Locator {
    return this.page.locator(`.header-field[data-field="${field}"] dd`);
  }

  async waitUntilSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-state', 'saved');
  }
}
