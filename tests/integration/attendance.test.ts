import { describe, expect, it } from 'vitest';
import { countAttendance } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance } from '../../shared/model/called-person';
import { refusedAt } from './app-support';
import { liveMeeting } from './attendance-support';

const unmarked: Attendance = UNMARKED_ATTENDANCE;
const present: Attendance = { ...unmarked, status: 'present' };

describe('attendance:set', () => {
  it('records "från 13.30": the person arrived late, with the time of the change on the local clock', async () => {
    const { app, meeting, person } = await liveMeeting();
    const ove = person('Ove Ek');
    app.now.value = new Date(2026, 10, 12, 13, 31, 20);
    const { person: updated, event } = await app.ok('attendance:set', {
      meetingId: meeting.id,
      personId: ove.id,
      attendance: { ...unmarked, status: 'present', arrivedAt: '13.30' },
    });
    const expected = { ...unmarked, status: 'present', arrivedAt: '13.30' };
    expect(updated).toMatchObject({ id: ove.id, name: 'Ove Ek', attendance: expected });
    expect(event).toEqual({
      id: expect.any(Number),
      personId: ove.id,
      at: new Date(2026, 10, 12, 13, 31, 20).toISOString(),
      clock: '13.31',
      status: 'present',
      before: unmarked,
      after: expected,
    });

    // What the meeting view shows after a restart.
    const again = await app.reopen().ok('meetings:get', { id: meeting.id });
    expect(again.calledPersons.find((p) => p.id === ove.id)?.attendance).toEqual(expected);
  });

  it('records a substitute by name, and the live counts follow', async () => {
    const { app, meeting, person } = await liveMeeting();
    await app.ok('attendance:set', { meetingId: meeting.id, personId: person('Tilda Ås').id, attendance: present });
    await app.ok('attendance:set', { meetingId: meeting.id, personId: person('Eva Berg').id, attendance: { ...unmarked, status: 'remote' } });
    const { person: karl } = await app.ok('attendance:set', {
      meetingId: meeting.id,
      personId: person('Karl Öst').id,
      attendance: { ...unmarked, status: 'excused', substituteName: '  Helen Nordling (M) ' },
    });
    expect(karl.attendance).toEqual({ ...unmarked, status: 'excused', substituteName: 'Helen Nordling (M)' });
    await app.ok('attendance:set', {
      meetingId: meeting.id,
      personId: person('Ove Ek').id,
      attendance: { ...unmarked, status: 'absent', note: 'hade ej fått kallelsen' },
    });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(countAttendance(after.calledPersons)).toEqual({ inRoom: 2, remote: 1, excused: 1, absent: 1, unmarked: 0 });
    expect(after.calledPersons.find((p) => p.name === 'Ove Ek')?.attendance.note).toBe('hade ej fått kallelsen');
  });

  it('combines a status with times and a substitute: late on the link, late and replaced before, left early and replaced after', async () => {
    const { app, meeting, person } = await liveMeeting();
    const set = async (name: string, attendance: Attendance) =>
      (await app.ok('attendance:set', { meetingId: meeting.id, personId: person(name).id, attendance })).person.attendance;

    expect(await set('Eva Berg', { ...unmarked, status: 'remote', arrivedAt: '13.50' })).toEqual({
      ...unmarked,
      status: 'remote',
      arrivedAt: '13.50',
    });
    expect(await set('Ove Ek', { ...unmarked, status: 'present', arrivedAt: '13.30', substituteName: 'Per Lund' })).toEqual({
      ...unmarked,
      status: 'present',
      arrivedAt: '13.30',
      substituteName: 'Per Lund',
    });
    expect(
      await set('Karl Öst', { ...unmarked, status: 'present', leftAt: '14.10', substituteName: 'Nora Vik', substituteRemote: true }),
    ).toEqual({ ...unmarked, status: 'present', leftAt: '14.10', substituteName: 'Nora Vik', substituteRemote: true });

    const after = await app.reopen().ok('meetings:get', { id: meeting.id });
    // A seat counts once, where it was filled: Ove and Karl in the room, Eva on the link.
    expect(countAttendance(after.calledPersons)).toMatchObject({ inRoom: 2, remote: 1 });
  });

  it('clears times and a substitute that do not belong to the new status', async () => {
    const { app, meeting, person } = await liveMeeting();
    const eva = person('Eva Berg');
    await app.ok('attendance:set', { meetingId: meeting.id, personId: eva.id, attendance: { ...unmarked, status: 'present', leftAt: '14.10' } });
    // Away: no times. Unmarked: nothing at all.
    const { person: away } = await app.ok('attendance:set', {
      meetingId: meeting.id,
      personId: eva.id,
      attendance: { ...unmarked, status: 'excused', arrivedAt: '13.30', leftAt: '14.10', substituteName: 'Någon' },
    });
    expect(away.attendance).toEqual({ ...unmarked, status: 'excused', substituteName: 'Någon' });
    const { person: cleared } = await app.ok('attendance:set', {
      meetingId: meeting.id,
      personId: eva.id,
      attendance: { ...unmarked, status: 'unmarked', arrivedAt: '13.30', substituteName: 'Någon', substituteRemote: true },
    });
    expect(cleared.attendance).toEqual(unmarked);
    const { person: there } = await app.ok('attendance:set', { meetingId: meeting.id, personId: eva.id, attendance: present });
    expect(there.attendance).toEqual(present);
  });

  it('refuses with a Swedish message: a substitute for someone there the whole meeting, leaving before arriving, a vacant seat', async () => {
    const { app, meeting, person } = await liveMeeting();
    const ove = person('Ove Ek');
    const vacantSeat = meeting.calledPersons.find((p) => p.vacant)!;

    expect(
      await app.fails('attendance:set', { meetingId: meeting.id, personId: ove.id, attendance: { ...present, substituteName: 'Per Lund' } }),
    ).toEqual(
      refusedAt('attendance.substituteName', 'En ersättare behövs bara för den tid personen inte var med: skriv när personen kom eller gick, eller markera förhinder.'),
    );
    expect(
      await app.fails('attendance:set', {
        meetingId: meeting.id,
        personId: ove.id,
        attendance: { ...unmarked, status: 'present', arrivedAt: '14.00', leftAt: '13.45' },
      }),
    ).toMatchObject({ code: 'validation', field: 'attendance.leftAt' });
    expect(await app.fails('attendance:set', { meetingId: meeting.id, personId: vacantSeat.id, attendance: present })).toEqual(
      refusedAt('attendance.status', 'En vakant plats har ingen som kan vara närvarande eller frånvarande.'),
    );
    const badTime = await app.fails('attendance:set', {
      meetingId: meeting.id,
      personId: ove.id,
      attendance: { ...unmarked, status: 'present', arrivedAt: '25.00' },
    });
    expect(badTime).toMatchObject({ code: 'validation', field: 'attendance.arrivedAt' });
    expect(badTime.message).toContain('Tiden ska skrivas TT.MM');

    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);
  });

  it("refuses a person of another meeting, and an unknown meeting", async () => {
    const { app, meeting } = await liveMeeting();
    const other = await app.ok('meetings:createFromPrevious', { meetingId: meeting.id, date: '2026-12-03' });
    const stranger = (await app.ok('meetings:get', { id: other.id })).calledPersons[0]!;
    expect(await app.fails('attendance:set', { meetingId: meeting.id, personId: stranger.id, attendance: present })).toEqual({
      code: 'not_found',
      message: 'Personen finns inte i det här mötet.',
      field: 'personId',
    });
    expect(await app.fails('attendance:set', { meetingId: 999, personId: stranger.id, attendance: present })).toEqual({
      code: 'not_found',
      message: 'Mötet finns inte.',
    });
    expect((await app.ok('meetings:get', { id: other.id })).calledPersons[0]?.attendance).toEqual(unmarked);
  });
});

describe('attendance:undo and attendance:history', () => {
  it('lists the changes in the order they were made, and takes back the latest one at a time', async () => {
    const { app, meeting, person } = await liveMeeting();
    const [tilda, ove] = [person('Tilda Ås'), person('Ove Ek')];
    const set = async (personId: number, attendance: Attendance, hour: number, minute: number) => {
      app.now.value = new Date(2026, 10, 12, hour, minute);
      return app.ok('attendance:set', { meetingId: meeting.id, personId, attendance });
    };
    await set(tilda.id, present, 13, 2);
    await set(ove.id, { ...unmarked, status: 'excused' }, 13, 3);
    await set(ove.id, { ...unmarked, status: 'present', arrivedAt: '13.30' }, 13, 31);

    const history = await app.ok('attendance:history', { meetingId: meeting.id });
    expect(history.map((e) => [e.clock, e.personId, e.before.status, e.after.status])).toEqual([
      ['13.02', tilda.id, 'unmarked', 'present'],
      ['13.03', ove.id, 'unmarked', 'excused'],
      ['13.31', ove.id, 'excused', 'present'],
    ]);

    // Ctrl+Z: Ove is back to "förhinder", then to unmarked; Tilda stays present.
    const first = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(first.person).toMatchObject({ id: ove.id, attendance: { ...unmarked, status: 'excused' } });
    const second = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(second.person).toMatchObject({ id: ove.id, attendance: unmarked });

    const now = await app.ok('meetings:get', { id: meeting.id });
    expect(now.calledPersons.find((p) => p.id === tilda.id)?.attendance).toEqual(present);
    expect((await app.ok('attendance:history', { meetingId: meeting.id })).map((e) => e.clock)).toEqual(['13.02']);

    await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(await app.ok('attendance:undo', { meetingId: meeting.id })).toEqual({ person: null, persons: [], removed: [] });
    expect((await app.ok('meetings:get', { id: meeting.id })).calledPersons.every((p) => p.attendance.status === 'unmarked')).toBe(true);
  });

  it("undoes only the meeting's own changes", async () => {
    const { app, meeting, person } = await liveMeeting();
    const other = await app.ok('meetings:createFromPrevious', { meetingId: meeting.id, date: '2026-12-03' });
    const otherPerson = (await app.ok('meetings:get', { id: other.id })).calledPersons[0]!;
    await app.ok('attendance:set', { meetingId: meeting.id, personId: person('Tilda Ås').id, attendance: present });
    await app.ok('attendance:set', { meetingId: other.id, personId: otherPerson.id, attendance: { ...unmarked, status: 'excused' } });

    const undone = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(undone.person?.name).toBe('Tilda Ås');
    expect((await app.ok('meetings:get', { id: other.id })).calledPersons[0]?.attendance.status).toBe('excused');
    expect(await app.ok('attendance:history', { meetingId: other.id })).toHaveLength(1);
    expect(await app.fails('attendance:history', { meetingId: 999 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });
});

describe('called:add and called:remove', () => {
  it('adds an invitee for the whole meeting and a guest for one item, at the end of the list', async () => {
    const { app, meeting } = await liveMeeting();
    const item = meeting.agenda.find((i) => i.title === 'Föregående mötesanteckning')!;
    const invitee = await app.ok('called:add', {
      meetingId: meeting.id,
      kind: 'invitee',
      itemId: null,
      name: ' Pia Lund ',
      title: 'processledare',
      organisation: 'Region Strandby',
    });
    const guest = await app.ok('called:add', {
      meetingId: meeting.id,
      kind: 'guest',
      itemId: item.id,
      name: 'Kim Sand',
      title: 'utvecklingsledare',
      organisation: 'Strandby kommun',
    });
    expect(invitee).toMatchObject({ kind: 'invitee', itemId: null, name: 'Pia Lund', categoryName: 'Inbjudna', vacant: false, attendance: unmarked });
    expect(guest).toMatchObject({ kind: 'guest', itemId: item.id, name: 'Kim Sand', categoryName: 'Gäster', organisation: 'Strandby kommun' });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(after.calledPersons.map((p) => p.name).slice(-2)).toEqual(['Pia Lund', 'Kim Sand']);
    expect(after.calledPersons.map((p) => p.position)).toEqual([...after.calledPersons.keys()]);

    // Guests and invitees get attendance like everyone else.
    await app.ok('attendance:set', { meetingId: meeting.id, personId: guest.id, attendance: present });
  });

  it('refuses a guest without an item or with an item of another meeting, an invitee tied to an item, and an empty name', async () => {
    const { app, meeting } = await liveMeeting();
    const other = await app.ok('meetings:createFromPrevious', { meetingId: meeting.id, date: '2026-12-03' });
    const foreignItem = (await app.ok('meetings:get', { id: other.id })).agenda[0]!;
    const base = { meetingId: meeting.id, name: 'Kim Sand', title: '', organisation: '' };

    expect(await app.fails('called:add', { ...base, kind: 'guest', itemId: null })).toEqual(
      refusedAt('itemId', 'Välj vilken punkt gästen är inbjuden till.'),
    );
    expect(await app.fails('called:add', { ...base, kind: 'guest', itemId: foreignItem.id })).toEqual(
      refusedAt('itemId', 'Punkten finns inte i det här mötet.'),
    );
    expect(await app.fails('called:add', { ...base, kind: 'invitee', itemId: meeting.agenda[0]!.id })).toMatchObject({
      code: 'validation',
      field: 'itemId',
    });
    expect(await app.fails('called:add', { ...base, kind: 'invitee', itemId: null, name: '  ' })).toMatchObject({
      code: 'validation',
      field: 'name',
    });
    expect((await app.ok('meetings:get', { id: meeting.id })).calledPersons).toEqual(meeting.calledPersons);
  });

  it('removes invitees and guests with their attendance history, but never a member', async () => {
    const { app, meeting, person } = await liveMeeting();
    const invitee = await app.ok('called:add', { meetingId: meeting.id, kind: 'invitee', itemId: null, name: 'Pia Lund', title: '', organisation: '' });
    await app.ok('attendance:set', { meetingId: meeting.id, personId: invitee.id, attendance: present });

    expect(await app.ok('called:remove', { meetingId: meeting.id, personId: invitee.id })).toEqual({ removed: true });
    expect(await app.ok('called:remove', { meetingId: meeting.id, personId: invitee.id })).toEqual({ removed: false });
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);

    expect(await app.fails('called:remove', { meetingId: meeting.id, personId: person('Ove Ek').id })).toEqual(
      refusedAt('personId', 'Ove Ek hör till organets ledamöter och kan inte tas bort från mötet. Markera närvaron i stället.'),
    );
    expect((await app.ok('meetings:get', { id: meeting.id })).calledPersons).toEqual(meeting.calledPersons);
  });
});
