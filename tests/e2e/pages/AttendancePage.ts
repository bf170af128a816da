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
  /** "Markera övriga som närvarande" in the board's bar. */
  readonly markRest: Locator;
  /** "Gå till nästa person efter en närvarotangent". */
  readonly advanceOption: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Närvaro' });
    this.board = page.locator('[data-attendance-state]');
    this.search = page.getByRole('searchbox', { name: 'Sök person' });
    this.undoButton = page.getByRole('button', { name: 'Ångra', exact: true });
    this.history = page.getByRole('region', { name: 'Händelser' });
    this.markRest = page.locator('.board-bar').getByRole('button', { name: 'Markera övriga som närvarande' });
    this.advanceOption = page.getByRole('checkbox', { name: 'Gå till nästa person efter en närvarotangent' });
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

  /** "Från" and "Till" of a row (shown once opened with D or when stored). */
  from(name: string): Locator {
    return this.row(name).getByRole('group', { name: `Tider för ${name}` }).getByLabel('Från', { exact: true });
  }

  until(name: string): Locator {
    return this.row(name).getByRole('group', { name: `Tider för ${name}` }).getByLabel('Till', { exact: true });
  }

  /** "Ersätts av" and its "på länk" (opened with E or when stored). */
  substitute(name: string): Locator {
    return this.row(name).getByRole('group', { name: `Ersättare för ${name}` }).getByLabel('Ersätts av', { exact: true });
  }

  substituteRemote(name: string): Locator {
    return this.row(name).getByRole('group', { name: `Ersättare för ${name}` }).getByRole('checkbox', { name: 'på länk' });
  }

  /**
   * On a focused row: D opens the row's "Från" or "Till" (the board picks
   * which), the time is typed, and Enter stores it with focus back on the row.
   */
  async enterTimeByKeyboard(name: string, field: 'from' | 'until', time: string): Promise<void> {
    await this.page.keyboard.press('d');
    await expect(field === 'from' ? this.from(name) : this.until(name)).toBeFocused();
    await this.page.keyboard.type(time);
    await this.page.keyboard.press('Enter');
    await expect(this.row(name)).toBeFocused();
  }

  /** On a focused row: E opens "Ersätts av", the substitute is typed (ticked "på länk" if remote), Enter returns to the row. */
  async enterSubstituteByKeyboard(name: string, substitute: string, { remote = false }: { remote?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press('e');
    await expect(this.substitute(name)).toBeFocused();
    await this.page.keyboard.type(substitute);
    if (remote) {
      await this.page.keyboard.press('Tab');
      await expect(this.substituteRemote(name)).toBeFocused();
      await this.page.keyboard.press(' ');
    }
    await this.page.keyboard.press('Enter');
    await expect(this.row(name)).toBeFocused();
  }

  /**
   * What a screen reader says for the row after the name: the whole state,
   * "Närvarande, från 13.30, Nils Bark ersätter dessförinnan".
   */
  async expectState(name: string, state: string): Promise<void> {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "Per-Erik Holm (KD), Med på länk, från 13.50": the name, the party, then the state.
    await expect(this.row(name)).toHaveAccessibleName(new RegExp(`^${escape(name)}(?: \\(\\w+\\))?, ${escape(state)}$`));
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
