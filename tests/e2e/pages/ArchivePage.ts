import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { HTTP_API_PREFIX } from '../../../shared/ipc/api';
import { formatLongDate } from '../../../shared/format/date';
import type { StartPage } from './StartPage';

/** A body's archive (#/body/<id>/arkiv[/<år>]): its years, one year's meetings, and that year's log. */
export class ArchivePage {
  readonly view: Locator;
  readonly heading: Locator;
  readonly years: Locator;
  readonly meetings: Locator;

  constructor(readonly page: Page) {
    this.view = page.locator('[data-archive-state]');
    this.heading = page.getByRole('heading', { level: 1, name: /^Arkiv: / });
    this.years = page.getByRole('navigation', { name: 'År i arkivet' });
    this.meetings = page.locator('[data-archive-meeting]');
  }

  async open(appUrl: string, bodyId: number, year?: number): Promise<void> {
    await this.page.goto(`${appUrl}#/body/${bodyId}/arkiv${year ? `/${year}` : ''}`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.view).toHaveAttribute('data-archive-state', 'ready');
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
    await expect(this.heading).toBeVisible();
  }

  /** "Alla möten i arkivet (N)" on a body's card of the start page. */
  static archiveLink(start: StartPage, bodyName: string, total: number): Locator {
    return start.body(bodyName).getByRole('link', { name: new RegExp(`^Alla möten i arkivet \\(${total}\\)`) });
  }

  /** From the start page to the body's archive, by its link. */
  async openFromStart(start: StartPage, bodyName: string, total: number): Promise<void> {
    await ArchivePage.archiveLink(start, bodyName, total).click();
    await this.waitUntilReady();
  }

  yearLink(year: number): Locator {
    return this.years.getByRole('link', { name: new RegExp(`^${year} `) });
  }

  /** The year shown, as the year list marks it. */
  currentYear(): Locator {
    return this.years.locator('[aria-current="page"]');
  }

  async showYear(year: number): Promise<void> {
    await this.yearLink(year).click();
    await expect(this.page.getByRole('heading', { level: 2, name: `Möten ${year}` })).toBeVisible();
    await this.waitUntilReady();
  }

  /** A meeting's link in the year's list, by its date as the secretary reads it. */
  meetingLink(date: string): Locator {
    return this.page.locator('.archive-meeting-link').filter({ hasText: formatLongDate(date) });
  }

  meetingRow(date: string): Locator {
    return this.meetings.filter({ has: this.meetingLink(date) });
  }

  /** "Visa": the minutes as printed, in a dialog. */
  async showMeeting(date: string): Promise<Locator> {
    await this.meetingRow(date).getByRole('button', { name: 'Visa' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Förhandsgranska' });
    await expect(dialog.locator('iframe')).toBeVisible();
    return dialog;
  }

  yearLog(year: number): Locator {
    return this.page.getByRole('region', { name: `Beslutslogg ${year}` });
  }

  /** Exports the year log; returns the path the app says it saved. */
  async exportYearLog(year: number, label: 'Word (DOCX)' | 'PDF'): Promise<string> {
    const log = this.yearLog(year);
    await log.getByRole('button', { name: `Exportera ${label}` }).click();
    const done = log.locator('[data-year-log-export="done"] [data-export-path]');
    await expect(done).toContainText('är sparad', { timeout: 30_000 });
    return (await done.getAttribute('data-export-path')) ?? '';
  }
}

/** The answers of one channel the page receives from here on, read as JSON. */
export function answersOf(page: Page, channel: string): () => Promise<unknown[]> {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === `${HTTP_API_PREFIX}${channel}`) responses.push(response);
  });
  return async () => Promise.all(responses.map(async (r) => ((await r.json()) as { value: unknown }).value));
}
