import { expect, type Locator, type Page } from '@playwright/test';

export const STATUS_NAMES = ['Närvarande', 'Med på länk', 'Förhinder', 'Frånvarande'] as const;
export type StatusName = (typeof STATUS_NAMES)[number];

export type CountKey = 'inRoom' | 'remote' | 'excused' | 'absent' | 'unmarked';

/** The live attendance board (#/meeting/<id>/narvaro). */
export class AttendancePage {
  readonly heading: Locator;
  readonly board: Locator;
  readonly search: Locator;
  readonly undoButton: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Närvaro' });
    this.board = page.locator('[data-attendance-state]');
    this.search = page.getByRole('searchbox', { name: 'Sök person' });
    this.undoButton = page.getByRole('button', { name: 'Ångra', exact: true });
    this.history = page.getByRole('region', { name: 'Händelser' });
  }

  async open(appUrl: string, meetingId: number): Promise<void> {
    await this.page.goto(`${appUrl}#/meeting/${meetingId}/narvaro`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.page.locator('#app')).toHaveAttribute('data-app-state', 'ready');
  }

  /** Every change made on the board has been answered by the host. */
  async waitUntilSaved(): Promise<void> {
    await expect(this.board).toHaveAttribute('data-attendance-state', 'saved');
  }

  group(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: `Närvaro för ${name}`, exact: true });
  }

  option(name: string, status: StatusName): Locator {
    return this.group(name).getByRole('radio', { name: status, exact: true });
  }

  row(name: string): Locator {
    return this.page.locator('[data-att-row]').filter({ has: this.group(name) });
  }

  async expectStatus(name: string, status: StatusName | null): Promise<void> {
    if (status === null) {
      await expect(this.group(name).getByRole('radio', { checked: true })).toHaveCount(0);
    } else {
      await expect(this.option(name, status)).toHaveAttribute('aria-checked', 'true');
    }
  }

  count(key: CountKey): Locator {
    return this.page.locator(`[data-count="${key}"] .count-value`);
  }

  /** The names on the board, in the order they are shown (vacant seats left out). */
  async names(): Promise<string[]> {
    return this.page
      .getByRole('radiogroup')
      .evaluateAll((groups) => groups.map((g) => (g.getAttribute('aria-label') ?? '').replace(/^Närvaro för /, '')));
  }
}
