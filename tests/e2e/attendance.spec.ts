import { numberAgenda } from '../../shared/model/agenda';
import { countAttendance } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance, type AttendanceStatus, type CalledPerson } from '../../shared/model/domain';
import { expect, test, type RunningApp } from './fixtures';
import { AttendancePage, type StatusName } from './pages/AttendancePage';
import { MeetingPage } from './pages/MeetingPage';

/** The PSN meeting that is coming up: an agenda, a called list, and only two apologies so far. */
async function upcomingPsn(app: RunningApp) {
  const body = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === body?.id && m.status === 'draft');
  if (!body || !summary) throw new Error('Demodatan saknar PSN:s kommande möte.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const members = meeting.calledPersons
    .filter((p) => p.kind === 'member' && !p.vacant)
    .sort((a, b) => a.position - b.position || a.id - b.id);
  return { body, summary, meeting, members };
}

const LABELS: Record<Exclude<AttendanceStatus, 'unmarked'>, StatusName> = {
  present: 'Närvarande',
  remote: 'Med på länk',
  excused: 'Förhinder',
  absent: 'Frånvarande',
};

type Planned = Exclude<AttendanceStatus, 'unmarked'> | 'late' | 'substituted';

const KEYS: Record<Planned, string> = {
  present: 'n',
  remote: 'l',
  excused: 'f',
  absent: 'x',
  late: 'd',
  substituted: 'e',
};

/** What the board shows for a plan: late arrivals are present, a replaced member is away with a substitute. */
function shownStatus(plan: Planned): Exclude<AttendanceStatus, 'unmarked'> {
  return plan === 'late' ? 'present' : plan === 'substituted' ? 'excused' : plan;
}

const LATE = 'Per-Erik Holm';
const SUBSTITUTED = 'Ulla Bergkvist';
const SUBSTITUTE = 'Mikael Strömberg (L)';

function plannedStatus(name: string, index: number): Planned {
  if (name === LATE) return 'late';
  if (name === SUBSTITUTED) return 'substituted';
  if (name === 'Rolf Nyström' || name === 'Henrik Dahl') return 'excused';
  if (name === 'Göran Fält') return 'absent';
  // Every fifth of the rest joins on Teams; with numbers for some, letters for others.
  return index % 5 === 2 ? 'remote' : 'present';
}

test('attendance for a whole meeting by keyboard alone: late arrival and substitute survive a reload', async ({ page, app }) => {
  test.setTimeout(60_000);
  const { summary, members } = await upcomingPsn(app);
  expect(members.map((m) => m.name)).toEqual(expect.arrayContaining([LATE, SUBSTITUTED]));

  const meeting = new MeetingPage(page);
  await page.goto(`${app.url}#/meeting/${summary.id}`);
  await meeting.waitUntilReady(summary.title);

  // Alt+N from the meeting opens the board; Tab reaches the search, ↓ the first person.
  await page.keyboard.press('Alt+n');
  const board = new AttendancePage(page);
  await board.waitUntilReady();
  await expect(page).toHaveURL(new RegExp(`#/meeting/${summary.id}/narvaro$`));
  await page.keyboard.press('Tab');
  await expect(board.search).toBeFocused();
  await page.keyboard.press('ArrowDown');

  const planned = members.map((m, i) => ({ person: m, status: plannedStatus(m.name, i) }));
  for (const [i, { person, status }] of planned.entries()) {
    await expect(board.row(person.name)).toBeFocused();
    // Numbers 1–6 work as well as the letters; use them for every third person.
    const key = i % 3 === 1 ? String(Object.keys(KEYS).indexOf(status) + 1) : KEYS[status];
    await page.keyboard.press(key);
    if (status === 'late') {
      // "Från" opens with the time now, selected: typing replaces it; Enter goes back to the row.
      await expect(board.row(person.name).getByLabel('Från')).toBeFocused();
      await page.keyboard.type('13.30');
      await page.keyboard.press('Enter');
    }
    if (status === 'substituted') {
      await expect(board.row(person.name).getByLabel('Ersätts av')).toBeFocused();
      await page.keyboard.type(SUBSTITUTE);
      await page.keyboard.press('Enter');
    }
    await expect(board.row(person.name)).toBeFocused();
    await board.expectStatus(person.name, LABELS[shownStatus(status)]);
    if (i < planned.length - 1) await page.keyboard.press('ArrowDown');
  }
  await board.waitUntilSaved();

  const attendanceOf = (plan: Planned): Attendance =>
    plan === 'late'
      ? { ...UNMARKED_ATTENDANCE, status: 'present', arrivedAt: '13.30' }
      : plan === 'substituted'
        ? { ...UNMARKED_ATTENDANCE, status: 'excused', substituteName: SUBSTITUTE }
        : { ...UNMARKED_ATTENDANCE, status: plan };
  const expected = countAttendance([
    ...planned.map(({ status }) => ({ vacant: false, attendance: attendanceOf(status) })),
    { vacant: true, attendance: UNMARKED_ATTENDANCE },
  ]);
  expect(expected.unmarked).toBe(0);
  const expectCounts = async () => {
    await expect(board.count('inRoom')).toHaveText(String(expected.inRoom));
    await expect(board.count('remote')).toHaveText(String(expected.remote));
    await expect(board.count('excused')).toHaveText(String(expected.excused));
    await expect(board.count('absent')).toHaveText(String(expected.absent));
    await expect(board.count('unmarked')).toHaveText('0');
  };
  await expectCounts();
  await expect(board.history).toContainText(`${LATE}: Närvarande (från 13.30)`);
  await expect(board.history).toContainText(`${SUBSTITUTED}: Förhinder (${SUBSTITUTE} ersätter)`);

  await page.reload();
  await board.waitUntilReady();
  for (const { person, status } of planned) await board.expectStatus(person.name, LABELS[shownStatus(status)]);
  await expect(board.row(LATE).getByLabel('Från')).toHaveValue('13.30');
  await expect(board.row(SUBSTITUTED).getByLabel('Ersätts av')).toHaveValue(SUBSTITUTE);
  await expectCounts();

  // Stored by the host, and the meeting's own summary agrees.
  const stored = await app.api('meetings:get', { id: summary.id });
  const byName = new Map(stored.calledPersons.map((p) => [p.name, p] as [string, CalledPerson]));
  for (const { person, status } of planned) expect(byName.get(person.name)?.attendance, person.name).toEqual(attendanceOf(status));
  expect(byName.get(LATE)?.attendance.arrivedAt).toBe('13.30');
  expect(byName.get(SUBSTITUTED)?.attendance.substituteName).toBe(SUBSTITUTE);

  await page.keyboard.press('Alt+n');
  await meeting.waitUntilReady(summary.title);
  const summaryCounts = page.getByRole('list', { name: 'Närvaro i siffror' });
  await expect(summaryCounts.locator('[data-status="unmarked"]')).toHaveCount(0);
  await expect(summaryCounts.locator('[data-status="excused"] .count-value')).toHaveText(String(expected.excused));
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

  await page.route('**/api/attendance:set', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'storage', message: 'Databasen är låst.' } }),
    }),
  );
  await board.option(person.name, 'Med på länk').click();
  await expect(board.board).toHaveAttribute('data-attendance-state', 'error');
  await expect(page.getByRole('alert').filter({ hasText: `Närvaron för ${person.name} kunde inte sparas: Databasen är låst.` })).toBeVisible();
  await board.expectStatus(person.name, null);
  await expect(page.getByRole('status', { name: 'Sparstatus' })).toHaveAttribute('data-save-state', 'error');

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
