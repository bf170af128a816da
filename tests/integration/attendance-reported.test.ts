import { describe, expect, it } from 'vitest';
import { UNMARKED_ATTENDANCE, type Attendance } from '../../shared/model/called-person';
import { bodyWithRoster, openApp } from './app-support';

// Förhinder before the meeting: the day it was reported is kept by main, shown on the board, never printed.

const excused = (over: Partial<Attendance> = {}): Attendance => ({ ...UNMARKED_ATTENDANCE, status: 'excused', ...over });

/** A meeting on 3 December 2026; the clock on 12 November, while the replies to the kallelse come in. */
async function meetingAhead() {
  const app = openApp(new Date(2026, 10, 12, 9, 30));
  const bodyId = await bodyWithRoster(app);
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
  const meeting = await app.ok('meetings:get', { id });
  const personId = (name: string) => meeting.calledPersons.find((p) => p.name === name)!.id;
  return { app, meetingId: id, personId };
}

describe('förhinder reported before the meeting', () => {
  it('is dated with the day it was marked, keeps the day through later edits, and loses it with another status', async () => {
    const { app, meetingId, personId } = await meetingAhead();
    const tilda = personId('Tilda Ås');
    const set = await app.ok('attendance:set', { meetingId, personId: tilda, attendance: excused() });
    expect(set.person.attendance.reportedOn).toBe('2026-11-12');

    // A substitute named a week later: the förhinder is still the one reported on the 12th.
    app.now.value = new Date(2026, 10, 19, 10, 0);
    const later = await app.ok('attendance:set', { meetingId, personId: tilda, attendance: excused({ substituteName: 'Per Lund' }) });
    expect(later.person.attendance).toMatchObject({ reportedOn: '2026-11-12', substituteName: 'Per Lund' });

    const coming = await app.ok('attendance:set', { meetingId, personId: tilda, attendance: { ...later.person.attendance, status: 'present', substituteName: '' } });
    expect(coming.person.attendance.reportedOn).toBeNull();

    const stored = await app.ok('meetings:get', { id: meetingId });
    expect(stored.calledPersons.find((p) => p.id === tilda)!.attendance.reportedOn).toBeNull();
  });

  it('comes back with Undo as it was, and goes with the förhinder Undo takes back', async () => {
    const { app, meetingId, personId } = await meetingAhead();
    const karl = personId('Karl Öst');
    await app.ok('attendance:set', { meetingId, personId: karl, attendance: excused() });
    app.now.value = new Date(2026, 10, 14, 8, 0);
    await app.ok('attendance:set', { meetingId, personId: karl, attendance: { ...UNMARKED_ATTENDANCE, status: 'present' } });

    const back = await app.ok('attendance:undo', { meetingId });
    expect(back.person?.attendance).toMatchObject({ status: 'excused', reportedOn: '2026-11-12' });
    const none = await app.ok('attendance:undo', { meetingId });
    expect(none.person?.attendance).toEqual(UNMARKED_ATTENDANCE);
  });

  it('is not dated once the meeting is opened, or from its day on; a day reported earlier stays', async () => {
    const { app, meetingId, personId } = await meetingAhead();
    await app.ok('attendance:set', { meetingId, personId: personId('Tilda Ås'), attendance: excused() });

    // Opened the day before (a test run of live mode counts too).
    app.now.value = new Date(2026, 11, 2, 13, 5);
    await app.ok('meetings:open', { meetingId });
    const live = await app.ok('attendance:set', { meetingId, personId: personId('Ove Ek'), attendance: excused() });
    expect(live.person.attendance.reportedOn).toBeNull();
    const edited = await app.ok('attendance:set', { meetingId, personId: personId('Tilda Ås'), attendance: excused({ note: 'sjuk' }) });
    expect(edited.person.attendance).toMatchObject({ reportedOn: '2026-11-12', note: 'sjuk' });

    // On the meeting's day without live mode the board is the live one: not a reply to the kallelse.
    const other = await meetingAhead();
    other.app.now.value = new Date(2026, 11, 3, 9, 0);
    const after = await other.app.ok('attendance:set', { meetingId: other.meetingId, personId: other.personId('Ove Ek'), attendance: excused() });
    expect(after.person.attendance.reportedOn).toBeNull();
  });

  it('needs no day from the caller: main dates it', async () => {
    const { app, meetingId, personId } = await meetingAhead();
    const { reportedOn: _none, ...withoutDay } = excused();
    const set = await app.ok('attendance:set', { meetingId, personId: personId('Ove Ek'), attendance: withoutDay });
    expect(set.person.attendance.reportedOn).toBe('2026-11-12');
  });

  it('dates the förhinder of a pasted list of replies too', async () => {
    const { app, meetingId } = await meetingAhead();
    const applied = await app.ok('attendance:applyPasted', {
      meetingId,
      persons: [{ name: 'Ove Ek', party: '', organisation: 'Strandby kommun', title: 'socialchef', role: 'ledamot', sideName: 'Kommun', categoryName: 'Tjänstepersoner', status: 'excused', email: '' }],
    });
    expect(applied.persons.map((p) => [p.name, p.attendance.reportedOn])).toEqual([['Ove Ek', '2026-11-12']]);
  });

  it('is not printed: the minutes read the same with and without the day', async () => {
    const { app, meetingId, personId } = await meetingAhead();
    await app.ok('attendance:set', { meetingId, personId: personId('Tilda Ås'), attendance: excused({ substituteName: 'Per Lund' }) });
    const withDay = await app.ok('export:preview', { meetingId });
    expect(withDay.html).toContain('Tilda Ås');
    app.db.prepare('UPDATE called_persons SET absence_reported_on = NULL WHERE meeting_id = ?').run(meetingId);
    const withoutDay = await app.ok('export:preview', { meetingId });
    expect(withoutDay.html).toBe(withDay.html);
    expect(withDay.html).not.toMatch(/anmält|12\/11|2026-11-12/);
  });
});
