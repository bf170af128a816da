import { describe, expect, it } from 'vitest';
import { UNMARKED_ATTENDANCE, type Attendance } from '../../shared/model/called-person';
import type { PastedCalledPerson } from '../../shared/model/attendance';
import { liveMeeting } from './attendance-support';

/**
 * "Markera övriga som närvarande" and a pasted "Kallade" list: many
 * attendance changes in one transaction, each its own event, and taken back
 * by one Ctrl+Z.
 */

const unmarked: Attendance = UNMARKED_ATTENDANCE;
const present: Attendance = { ...unmarked, status: 'present' };
const FROZEN = { code: 'frozen', message: 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.' };

/** The live meeting with an invitee and a guest for its first item. */
async function meetingWithInvited() {
  const live = await liveMeeting();
  const { app, meeting } = live;
  const itemId = meeting.agenda[0]!.id;
  const invitee = await app.ok('called:add', { meetingId: meeting.id, kind: 'invitee', itemId: null, name: 'Sofia Rask', title: '', organisation: '' });
  const guest = await app.ok('called:add', { meetingId: meeting.id, kind: 'guest', itemId, name: 'Olle Sten', title: '', organisation: '' });
  return { ...live, invitee, guest };
}

describe('attendance:markUnmarkedPresent', () => {
  it('marks the unmarked members and invitees present, leaves the marked, the vacant seat and the guest, and Undo takes it all back in one step', async () => {
    const { app, meeting, person, invitee, guest } = await meetingWithInvited();
    const set = (name: string, attendance: Attendance) =>
      app.ok('attendance:set', { meetingId: meeting.id, personId: person(name).id, attendance });
    await set('Karl Öst', { ...unmarked, status: 'excused', substituteName: 'Nils Bark' });
    await set('Eva Berg', { ...unmarked, status: 'remote', arrivedAt: '13.20' });

    app.now.value = new Date(2026, 10, 12, 15, 2);
    const { persons, events } = await app.ok('attendance:markUnmarkedPresent', { meetingId: meeting.id });
    expect(persons.map((p) => p.name)).toEqual(['Tilda Ås', 'Ove Ek', 'Sofia Rask']);
    expect(persons.every((p) => p.attendance.status === 'present')).toBe(true);
    expect(events.map((e) => [e.personId, e.clock, e.before.status, e.after.status])).toEqual([
      [person('Tilda Ås').id, '15.02', 'unmarked', 'present'],
      [person('Ove Ek').id, '15.02', 'unmarked', 'present'],
      [invitee.id, '15.02', 'unmarked', 'present'],
    ]);
    // One action: the events carry the same batch.
    expect(new Set(events.map((e) => e.batch)).size).toBe(1);
    expect(events[0]?.batch).toEqual(expect.any(String));

    const after = await app.ok('meetings:get', { id: meeting.id });
    const statusOf = (id: number) => after.calledPersons.find((p) => p.id === id)?.attendance;
    expect(statusOf(person('Karl Öst').id)).toEqual({ ...unmarked, status: 'excused', substituteName: 'Nils Bark' });
    expect(statusOf(person('Eva Berg').id)).toEqual({ ...unmarked, status: 'remote', arrivedAt: '13.20' });
    expect(statusOf(guest.id)).toEqual(unmarked);
    expect(after.calledPersons.filter((p) => p.vacant).map((p) => p.attendance)).toEqual([unmarked]);

    // Nobody left: a second press changes nothing.
    expect(await app.ok('attendance:markUnmarkedPresent', { meetingId: meeting.id })).toEqual({ persons: [], events: [] });

    // One Ctrl+Z takes back all three; the next one the change before.
    const undone = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(undone.persons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Tilda Ås', 'unmarked'],
      ['Ove Ek', 'unmarked'],
      ['Sofia Rask', 'unmarked'],
    ]);
    const history = await app.ok('attendance:history', { meetingId: meeting.id });
    expect(history.map((e) => e.after.status)).toEqual(['excused', 'remote']);
    const next = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(next).toEqual({
      person: expect.objectContaining({ name: 'Eva Berg', attendance: unmarked }),
      persons: [expect.objectContaining({ name: 'Eva Berg' })],
      removed: [],
    });

    // After a restart, as stored.
    const again = await app.reopen().ok('meetings:get', { id: meeting.id });
    expect(again.calledPersons.filter((p) => p.attendance.status !== 'unmarked').map((p) => p.name)).toEqual(['Karl Öst']);
  });

  it('is refused for approved minutes, and nothing changes', async () => {
    const { app, meeting } = await meetingWithInvited();
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-11-20' });
    const before = await app.ok('meetings:get', { id: meeting.id });
    expect(await app.fails('attendance:markUnmarkedPresent', { meetingId: meeting.id })).toEqual(FROZEN);
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(before);
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);
  });
});

describe('attendance:applyPasted', () => {
  const pasted = (name: string, status: PastedCalledPerson['status'], fields: Partial<PastedCalledPerson> = {}): PastedCalledPerson => ({
    name,
    party: '',
    organisation: '',
    title: '',
    role: 'ledamot',
    sideName: '',
    categoryName: 'Ledamöter',
    status,
    email: '',
    ...fields,
  });

  it('marks the called persons by name, adds those not yet called, and Undo takes the marks back in one step', async () => {
    const { app, meeting } = await liveMeeting();
    const outcome = await app.ok('attendance:applyPasted', {
      meetingId: meeting.id,
      persons: [
        pasted('TILDA ÅS', 'unmarked'),
        pasted('karl öst', 'excused'),
        pasted('Eva Berg', 'remote'),
        pasted('Nils Bark', 'excused', { party: '(S)', organisation: 'Strandby kommun' }),
        pasted('Asa Lind', 'unmarked'),
      ],
    });
    expect(outcome.added.map((p) => [p.name, p.kind, p.categoryName, p.party])).toEqual([
      ['Nils Bark', 'member', 'Ledamöter', '(S)'],
      ['Asa Lind', 'member', 'Ledamöter', ''],
    ]);
    expect(outcome.persons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Karl Öst', 'excused'],
      ['Eva Berg', 'remote'],
      ['Nils Bark', 'excused'],
    ]);
    expect(new Set(outcome.events.map((e) => e.batch)).size).toBe(1);

    const stored = await app.ok('meetings:get', { id: meeting.id });
    expect(stored.calledPersons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Tilda Ås', 'unmarked'],
      ['Karl Öst', 'excused'],
      ['', 'unmarked'],
      ['Ove Ek', 'unmarked'],
      ['Eva Berg', 'remote'],
      ['Nils Bark', 'excused'],
      ['Asa Lind', 'unmarked'],
    ]);

    const undone = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(undone.persons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Karl Öst', 'unmarked'],
      ['Eva Berg', 'unmarked'],
      ['Nils Bark', 'unmarked'],
    ]);
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);
  });

  it('leaves a person whose status already is the pasted mark as they were, times and substitute included', async () => {
    const { app, meeting, person } = await liveMeeting();
    const late = { ...present, arrivedAt: '13.30', substituteName: 'Nils Bark' };
    await app.ok('attendance:set', { meetingId: meeting.id, personId: person('Ove Ek').id, attendance: late });
    const outcome = await app.ok('attendance:applyPasted', { meetingId: meeting.id, persons: [pasted('Ove Ek', 'present')] });
    expect(outcome).toEqual({ added: [], persons: [], events: [] });
    const stored = await app.ok('meetings:get', { id: meeting.id });
    expect(stored.calledPersons.find((p) => p.name === 'Ove Ek')?.attendance).toEqual(late);
  });

  it('is refused for approved minutes with a Swedish message, and for an empty list', async () => {
    const { app, meeting } = await liveMeeting();
    expect((await app.fails('attendance:applyPasted', { meetingId: meeting.id, persons: [] })).code).toBe('validation');
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-11-20' });
    expect(await app.fails('attendance:applyPasted', { meetingId: meeting.id, persons: [pasted('Nils Bark', 'excused')] })).toEqual(FROZEN);
  });
});
