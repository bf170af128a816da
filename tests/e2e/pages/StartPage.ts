import { expect, type Locator, type Page } from '@playwright/test';
import { formatLongDate } from '../../../shared/format/date';
import { MeetingPage } from './MeetingPage';

/** "Möten": every body with its meetings. */
export class StartPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Möten' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** A body's card, found by its full name. */
  body(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /**
   * A meeting's link in its body's card; its accessible name includes the
   * title, and the date as the secretary reads it ("3 december 2026") tells
   * meetings with the same title apart.
   */
  meetingLink(bodyName: string, meeting: { title: string; date?: string }): Locator {
    const links = this.body(bodyName).getByRole('link', { name: meeting.title });
    return meeting.date === undefined ? links : links.filter({ hasText: formatLongDate(meeting.date) });
  }

  settingsLink(bodyName: string): Locator {
    return this.body(bodyName).getByRole('link', { name: 'Inställningar' });
  }

  newMeetingButton(bodyName: string): Locator {
    return this.body(bodyName).getByRole('button', { name: 'Nytt möte', exact: true });
  }

  /** "Nytt möte" on a body's card, with a date, then on to the new meeting. */
  async createMeeting(bodyName: string, date: string): Promise<void> {
    await this.newMeetingButton(bodyName).click();
    const form = this.body(bodyName).getByRole('form', { name: /^Nytt möte/ });
    await form.getByLabel('Datum').fill(date);
    await form.getByRole('button', { name: 'Skapa möte' }).click();
  }

  async openMeeting(bodyName: string, meeting: { title: string; date: string }): Promise<MeetingPage> {
    await this.meetingLink(bodyName, meeting).click();
    const page = new MeetingPage(this.page);
    await page.waitUntilReady(meeting.title);
    return page;
  }

  /** "Nytt möte utifrån detta" beside a meeting: the dialog of what the new meeting brings. */
  async openNewMeetingFrom(bodyName: string, date: string): Promise<Locator> {
    await this.body(bodyName)
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: formatLongDate(date) }) })
      .getByRole('button', { name: 'Nytt möte utifrån detta' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Nytt möte utifrån ${formatLongDate(date)}` });
    await expect(dialog.getByRole('button', { name: 'Skapa möte' })).toBeVisible();
    return dialog;
  }
}
