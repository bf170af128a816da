import { numberAgenda } from '../../shared/model/agenda';
import { countAttendance } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance, type AttendanceStatus, type CalledPerson } from '../../shared/model/domain';
import { refuseCalls } from './refuse';
import { expect, test } from './fixtures';
import { upcomingPsn } from './demo-meetings';
import { AttendancePage, type CountKey, type StatusName } from './pages/AttendancePage';
import { MeetingPage } from './pages/MeetingPage';

const LABELS: Record<Exclude<AttendanceStatus, 'unmarked'>, StatusName> = {
  present: 'Närvarande',
  remote: 'Med på länk',
  excused: 'Förhinder',
  absent: 'Frånvarande',
};

const present: Attendance = { ...UNMARKED_ATTENDANCE, status: 'present' };

/**
 * How real meetings combine a status with times and a substitute, each
 * marked by keyboard alone: the keys pressed on the person's row (focus
 * comes back to the row after Enter), what is stored, and what a screen
 * reader says for the row.
 */
interface Combination {
  keys: (board: AttendancePage, name: string) => Promise<void>;
  attendance: Attendance;
  state: string;
}

const COMBINATIONS: Record<string, Combination> = {
  // Late and on Teams: D (the time now, selected) is typed over, Enter, then L.
  'Per-Erik Holm': {
    keys: async (board, name) => {
      await board.enterTimeByKeyboard(name, 'from', '13.50');
      await board.page.keyboard.press('l');
    },
    attendance: { ...present, status: 'remote', arrivedAt: '13.50' },
    state: 'Med på länk, från 13.50',
  },
  // Late, and replaced until then.
  'Leila Haddad': {
    keys: async (board, name) => {
      await board.enterTimeByKeyboard(name, 'from', '13.30');
      await board.enterSubstituteByKeyboard(name, 'Nils Bark (S)');
      await board.page.keyboard.press('ArrowDown');
    },
    attendance: { ...present, arrivedAt: '13.30', substituteName: 'Nils Bark (S)' },
    state: 'Närvarande, från 13.30, Nils Bark (S) ersätter dessförinnan',
  },
  // There from the start, left at 14.10 and replaced by someone on the link: back up to the row, D opens "Till".
  'Ulla Bergkvist': {
    keys: async (board, name) => {
      await board.page.keyboard.press('n');
      await board.page.keyboard.press('ArrowUp');
      await expect(board.row(name)).toBeFocused();
      await board.enterTimeByKeyboard(name, 'until', '14.10');
      await board.enterSubstituteByKeyboard(name, 'Mikael Strömberg (L)', { remote: true });
      await board.page.keyboard.press('ArrowDown');
    },
    attendance: { ...present, leftAt: '14.10', substituteName: 'Mikael Strömberg (L)', substituteRemote: true },
    state: 'Närvarande, till 14.10, Mikael Strömberg (L) ersätter på länk',
  },
  // Away (apologies came before the meeting), replaced in the room.
  'Rolf Nyström': {
    keys: async (board, name) => {
      await board.enterSubstituteByKeyboard(name, 'Karin Ek (S)');
      await board.page.keyboard.press('ArrowDown');
    },
    // The demo noted his förhinder on 26 November; the day stays with it.
    attendance: { ...present, status: 'excused', substituteName: 'Karin Ek (S)', reportedOn: '2026-11-26' },
    state: 'Förhinder, anmält 26/11, Karin Ek (S) ersätter',
  },
};

/** Everyone else: one status key, and the board moves on by itself. */
function plainStatus(name: string, index: number): Exclude<AttendanceStatus, 'unmarked'> {
  if (name === 'Henrik Dahl') return 'excused';
  if (name === 'Göran Fält') return 'absent';
  // Every fifth joins on Teams.
  return index % 5 === 2 ? 'remote' : 'present';
}

const KEYS: Record<Exclude<AttendanceStatus, 'unmarked'>, [letter: string, digit: string]> = {
  present: ['n', '1'],
  remote: ['l', '2'],
  excused: ['f', '3'],
  absent: ['x', '4'],
};

test('a whole meeting by keyboard alone, one key per person: late on Teams, late and replaced, left early and replaced on the link survive a reload and print right', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const { summary, members } = await upcomingPsn(app);
  expect(members.map((m) => m.name)).toEqual(expect.arrayContaining(Object.keys(COMBINATIONS)));

  const meeting = new MeetingPage(page);
  await meeting.open(app.url, summary);

  // Alt+N from the meeting opens the board; Tab reaches the search, ↓ the first person.
  await page.keyboard.press('Alt+n');
  const board = new AttendancePage(page);
  await board.waitUntilReady();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}/narvaro$`));
  await expect(board.advanceOption).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(board.search).toBeFocused();
  await page.keyboard.press('ArrowDown');

  const expected = new Map<string, Attendance>();
  for (const [i, person] of members.entries()) {
    await expect(board.row(person.name)).toBeFocused();
    const combination = COMBINATIONS[person.name];
    if (combination) {
      await combination.keys(board, person.name);
      expected.set(person.name, combination.attendance);
    } else {
      const status = plainStatus(person.name, i);
      // Numbers work as well as letters; use them for every third person.
      await page.keyboard.press(KEYS[status][i % 3 === 1 ? 1 : 0]);
      // A förhinder already reported before the meeting keeps the day it came in.
      const reportedOn = status === 'excused' ? person.attendance.reportedOn : null;
      expected.set(person.name, { ...present, status, reportedOn });
    }
  }
  // The last person stays focused: there is nobody after.
  await expect(board.row(members.at(-1)!.name)).toBeFocused();
  await board.waitUntilSaved();

  const counts = countAttendance([
    ...[...expected.values()].map((attendance) => ({ vacant: false, attendance })),
    { vacant: true, attendance: UNMARKED_ATTENDANCE },
  ]);
  expect(counts.unmarked).toBe(0);
  const expectBoard = async () => {
    for (const [key, value] of Object.entries(counts)) await expect(board.count(key as CountKey)).toHaveText(String(value));
    for (const [name, { state }] of Object.entries(COMBINATIONS)) await board.expectState(name, state);
    for (const [name, attendance] of expected) await board.expectStatus(name, LABELS[attendance.status as keyof typeof LABELS]);
  };
  await expectBoard();
  await expect(board.history).toContainText('Per-Erik Holm: Med på länk (från 13.50)');
  await expect(board.history).toContainText('Ulla Bergkvist: Närvarande (till 14.10, Mikael Strömberg (L) ersätter på länk)');

  await page.reload();
  await board.waitUntilReady();
  await expectBoard();
  await expect(board.from('Per-Erik Holm')).toHaveValue('13.50');
  await expect(board.until('Ulla Bergkvist')).toHaveValue('14.10');
  await expect(board.substitute('Leila Haddad')).toHaveValue('Nils Bark (S)');
  await expect(board.substituteRemote('Ulla Bergkvist')).toBeChecked();
  await expect(board.substituteRemote('Rolf Nyström')).not.toBeChecked();

  // Stored by the host as marked.
  const stored = await app.api('meetings:get', { id: summary.id });
  const byName = new Map(stored.calledPersons.map((p) => [p.name, p] as [string, CalledPerson]));
  for (const [name, attendance] of expected) expect(byName.get(name)?.attendance, name).toEqual(attendance);

  // And printed without a word that could mean either ("efter"): the PSN minutes list attendance under item 1.
  await page.keyboard.press('Alt+n');
  await meeting.waitUntilReady(summary.title);
  await page.getByRole('region', { name: 'Export' }).getByRole('button', { name: 'Förhandsgranska' }).click();
  const printed = page.frameLocator('iframe.export-preview-frame');
  await expect(printed.locator('p', { hasText: /^Med på länk:/ })).toContainText('Per-Erik Holm (från 13.50)');
  await expect(printed.locator('p', { hasText: /^Del av mötet:/ })).toHaveText(
    'Del av mötet: Leila Haddad (från 13.30, Nils Bark (S) ersätter dessförinnan), Ulla Bergkvist (till 14.10, Mikael Strömberg (L) ersätter på länk).',
  );
  await expect(printed.locator('p', { hasText: /^Förhinder:/ })).toHaveText('Förhinder: Rolf Nyström (Karin Ek (S) ersätter), Henrik Dahl.');
});

test('a mistaken click is undone with Ctrl+Z and with the Ångra button', async ({ page, app }) => {
  const { summary, members } = await upcomingPsn(app);
  const [first, second] = members;
  if (!first || !second) throw new Error('För få ledamöter.');
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);

  await board.option(first.name, 'Närvarande').click();
  await board.waitUntilSaved();
  await board.option(first.name, 'Frånvarande').click();
  await board.expectStatus(first.name, 'Frånvarande');
  await board.waitUntilSaved();
  await expect(board.history).toContainText(`${first.name}: Frånvarande`);

  // Focus is on the radio just clicked, not in a text field: Ctrl+Z takes the change back.
  await page.keyboard.press('Control+z');
  await board.expectStatus(first.name, 'Närvarande');
  await board.waitUntilSaved();
  await expect(board.history).not.toContainText(`${first.name}: Frånvarande`);
  await expect(board.history).toContainText(`${first.name}: Närvarande`);

  // Ctrl+Z inside a text field is the field's own undo, not the board's.
  await board.row(second.name).getByRole('button', { name: '+ Anteckning' }).click();
  const note = board.row(second.name).getByLabel('Anteckning');
  await expect(note).toBeFocused();
  await note.pressSequentially('hade ej fått kallelsen');
  await page.keyboard.press('Control+z');
  await board.expectStatus(first.name, 'Närvarande');
  await note.fill('hade ej fått kallelsen');
  await page.keyboard.press('Enter');
  await board.waitUntilSaved();

  await board.option(second.name, 'Förhinder').click();
  await board.expectStatus(second.name, 'Förhinder');
  await board.waitUntilSaved();
  await board.undoButton.click();
  await board.expectStatus(second.name, null);
  await board.waitUntilSaved();
  await expect(board.count('excused')).toHaveText(String(members.filter((m) => m.attendance.status === 'excused').length));

  await page.reload();
  await board.waitUntilReady();
  await board.expectStatus(first.name, 'Närvarande');
  await board.expectStatus(second.name, null);
  await expect(board.row(second.name).getByLabel('Anteckning')).toHaveValue('hade ej fått kallelsen');
  const stored = await app.api('meetings:get', { id: summary.id });
  expect(stored.calledPersons.find((p) => p.id === first.id)?.attendance.status).toBe('present');
  expect(stored.calledPersons.find((p) => p.id === second.id)?.attendance).toMatchObject({
    status: 'unmarked',
    note: 'hade ej fått kallelsen',
  });
});

test('a failed save shows a Swedish message and the row goes back to what is stored', async ({ page, app }) => {
  const { summary, members } = await upcomingPsn(app);
  const person = members[0];
  if (!person) throw new Error('Inga ledamöter.');
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);

  await refuseCalls(page, 'attendance:set');
  await board.option(person.name, 'Med på länk').click();
  await expect(board.board).toHaveAttribute('data-attendance-state', 'error');
  await expect(page.getByRole('alert').filter({ hasText: `Närvaron för ${person.name} kunde inte sparas: Databasen är låst.` })).toBeVisible();
  await board.expectStatus(person.name, null);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'error');

  await page.unroute('**/api/attendance:set');
  await board.option(person.name, 'Med på länk').click();
  await board.waitUntilSaved();
  await board.expectStatus(person.name, 'Med på länk');
});

test('an invitee and a guest for one item are added from the board and can be marked', async ({ page, app }) => {
  const { summary, meeting } = await upcomingPsn(app);
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);

  await page.getByRole('button', { name: 'Lägg till inbjuden' }).click();
  const invite = page.getByRole('form', { name: 'Lägg till inbjuden' });
  await invite.getByLabel('Namn').fill('Sofia Rask');
  await invite.getByLabel('Titel').fill('utvecklingsledare');
  await invite.getByLabel('Organisation').fill('Region Norrvik');
  await invite.getByRole('button', { name: 'Lägg till inbjuden' }).click();
  await expect(board.row('Sofia Rask')).toBeFocused();
  await page.keyboard.press('n');
  await board.waitUntilSaved();

  const entry = numberAgenda(meeting.agenda).find((e) => e.depth === 0 && e.item.kind === 'decision');
  if (!entry) throw new Error('Mötet saknar en beslutspunkt.');
  const item = entry.item;
  await page.getByRole('button', { name: 'Lägg till gäst' }).click();
  const guest = page.getByRole('form', { name: 'Lägg till gäst' });
  await guest.getByRole('button', { name: 'Lägg till gäst' }).click();
  await expect(guest.getByLabel('Namn')).toHaveAttribute('aria-invalid', 'true');
  await guest.getByLabel('Namn').fill('Olle Sten');
  await guest.getByLabel('Titel').fill('controller');
  await guest.getByLabel('Punkt').selectOption({ label: `${entry.label}. ${item.title}` });
  await guest.getByRole('button', { name: 'Lägg till gäst' }).click();
  await expect(board.row('Olle Sten')).toContainText(item.title);
  await board.option('Olle Sten', 'Med på länk').click();
  await board.waitUntilSaved();

  await page.reload();
  await board.waitUntilReady();
  await board.expectStatus('Sofia Rask', 'Närvarande');
  await board.expectStatus('Olle Sten', 'Med på länk');
  const stored = await app.api('meetings:get', { id: summary.id });
  expect(stored.calledPersons.find((p) => p.name === 'Olle Sten')).toMatchObject({ kind: 'guest', itemId: item.id });
  expect(stored.calledPersons.find((p) => p.name === 'Sofia Rask')).toMatchObject({ kind: 'invitee', title: 'utvecklingsledare' });
});

test('Escape puts a field back and returns to the row; a wrong time is explained at the field and nothing is saved', async ({ page, app }) => {
  const { summary, members } = await upcomingPsn(app);
  const name = members[0]!.name;
  const board = new AttendancePage(page);
  await board.open(app.url, summary.id);
  await board.row(name).focus();

  await page.keyboard.press('e');
  await expect(board.substitute(name)).toBeFocused();
  await page.keyboard.type('Fel Namn');
  await page.keyboard.press('Escape');
  await expect(board.row(name)).toBeFocused();
  await expect(board.substitute(name)).toHaveCount(0);

  await page.keyboard.press('d');
  await expect(board.from(name)).toBeFocused();
  await page.keyboard.type('25.99');
  await page.keyboard.press('Enter');
  await expect(board.from(name)).toBeFocused();
  await expect(board.from(name)).toHaveAttribute('aria-invalid', 'true');
  await expect(board.from(name)).toHaveAccessibleDescription('Skriv tiden som TT.MM, till exempel 13.30.');
  await page.keyboard.press('Escape');
  await expect(board.row(name)).toBeFocused();
  await expect(board.from(name)).toHaveCount(0);
  await board.expectState(name, 'Ej markerad');

  await board.waitUntilSaved();
  await expect(board.history).toContainText('Inga ändringar ännu.');
  expect((await app.api('meetings:get', { id: summary.id })).calledPersons.find((p) => p.name === name)?.attendance).toEqual(
    UNMARKED_ATTENDANCE,
  );
});
