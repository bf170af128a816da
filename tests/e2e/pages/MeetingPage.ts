import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** One meeting: header, agenda items and their notes editors. */
export class MeetingPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  /** The top bar's quiet save state ("Sparat", "Sparar …", the error). */
  get saveStatus(): Locator {
    return this.page.locator('[data-save-state]');
  }

  /** The one live announcement of saving: empty until a save of the notes fails. */
  get saveAlert(): Locator {
    return this.page.locator('[data-save-alert]');
  }

  /** Opens a meeting by address and waits until it is shown. */
  async open(appUrl: string, meeting: { id: number; title: string }): Promise<void> {
    await this.page.goto(`${appUrl}#/meeting/${meeting.id}`);
    await this.waitUntilReady(meeting.title);
  }

  /** The way into live mode in plain sight ("Starta mötet i liveläge", later "Tillbaka till liveläget"). */
  get liveStart(): Locator {
    return this.page.locator('a[data-live-start]');
  }

  async waitUntilReady(title: string): Promise<void> {
    await expect(this.heading).toHaveText(title);
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** An agenda item's section, labelled "<number>. <title>". */
  item(number: string, title: string): Locator {
    return this.page.getByRole('region', { name: `${number}. ${title}`, exact: true });
  }

  /** An agenda item's section in a body that prints no numbers: labelled by its title alone. */
  itemByTitle(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The agenda beside the document ("Punkter på dagordningen"), one button per item. */
  get outline(): Locator {
    return this.page.getByRole('navigation', { name: 'Punkter på dagordningen' });
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

  /** "Radera mötet …" below the minutes, the date typed to confirm, then "Radera för gott". */
  async removeMeeting(typedDate: string): Promise<Locator> {
    await this.page.getByRole('region', { name: 'Radera mötet' }).getByRole('button', { name: 'Radera mötet …' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Radera mötet för gott?' });
    await dialog.getByLabel(/Skriv mötets datum/).fill(typedDate);
    await dialog.getByRole('button', { name: 'Radera för gott' }).click();
    return dialog;
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

  // --- agenda editor -------------------------------------------------------

  /** The agenda section; `data-agenda-state` is saved | saving | error. */
  get agenda(): Locator {
    return this.page.locator('section.agenda');
  }

  /** Waits until every agenda, task, header and justering change has been answered. */
  async waitUntilAgendaSaved(): Promise<void> {
    await expect(this.agenda).toHaveAttribute('data-agenda-state', 'saved');
    await this.waitUntilSaved();
  }

  /** An item's inline title field ("Rubrik för punkt 4."). */
  titleField(item: Locator): Locator {
    return item.getByRole('textbox', { name: /^Rubrik för punkt/ });
  }

  /** Opens an item's fields (typ, minuter, bilaga, underrubriker, föredragande, länkar). */
  async openItemFields(item: Locator): Promise<Locator> {
    const details = item.locator('details.item-editor');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    return details;
  }

  /** "+ Ny punkt": a new item last on the agenda; returns once its title field has focus. */
  async addItem(): Promise<void> {
    const added = this.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/agenda:add');
    await this.agenda.getByRole('button', { name: '+ Ny punkt' }).click();
    expect((await added).ok()).toBe(true);
    // The item's own title field (not the one that stands in for it while the host adds it).
    await expect(this.page.locator('[data-item-id] .item-title-input:focus')).toHaveCount(1);
  }

  /** "Planerad tid … slutar …" and the over-time warning. */
  get timing(): Locator {
    return this.agenda.locator('.agenda-timing');
  }

  // --- justering -----------------------------------------------------------

  get reviewBar(): Locator {
    return this.page.getByRole('region', { name: 'Justering' });
  }

  async expectStatus(status: 'draft' | 'review' | 'approved'): Promise<void> {
    await expect(this.reviewBar).toHaveAttribute('data-review-status', status);
  }

  /** "Markera som justerad" with one or more reviewers (name, role) and the day (default: left at today). */
  async approve(reviewers: { name: string; role: string }[], date?: string): Promise<void> {
    await this.reviewBar.getByRole('button', { name: 'Markera som justerad' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Markera som justerad' });
    for (const [i, r] of reviewers.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: '+ Lägg till justerare' }).click();
      await dialog.getByLabel(i === 0 ? 'Namn' : `Namn (justerare ${i + 1})`, { exact: true }).fill(r.name);
      await dialog.getByLabel(i === 0 ? 'Roll' : `Roll (justerare ${i + 1})`, { exact: true }).fill(r.role);
    }
    if (date) await dialog.getByLabel('Datum för justering').fill(date);
    await dialog.getByRole('button', { name: 'Markera som justerad' }).click();
    await expect(dialog).toHaveCount(0);
    await this.expectStatus('approved');
  }

  /** "Förhandsgranska" in the export bar: the print HTML in its sandboxed frame, once its title is shown. */
  async openPreview(title: string): Promise<FrameLocator> {
    await this.page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Förhandsgranska' })).toBeVisible();
    const frame = this.page.frameLocator('iframe.export-preview-frame');
    await expect(frame.locator('h1').first()).toHaveText(title);
    return frame;
  }

  /** Every field in the document that could still take text or a choice. */
  editableFields(): Locator {
    return this.page.locator(
      'article.meeting-doc :is(input:not([disabled]), textarea:not([disabled]):not([readonly]), select:not([disabled]), [contenteditable="true"])',
    );
  }
}
