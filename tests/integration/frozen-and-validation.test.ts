import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import type { Meeting, MeetingHeader } from '../../shared/model/meeting';
import { bodyWithRoster, openApp, refusedAt, type TestApp } from './app-support';

const FROZEN = { code: 'frozen', message: 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.' };

function headerOf(m: Meeting): MeetingHeader {
  const { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink } = m;
  return { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink };
}

async function approvedDemoMeeting(app: TestApp): Promise<Meeting> {
  const summary = seedDemo(app.db, new Date()).meetings.find((m) => m.status === 'approved');
  return app.ok('meetings:get', { id: summary!.id });
}

describe('an approved meeting (justerad)', () => {
  it('refuses every change to its header, attendance and called list, and stays exactly as it was', async () => {
    const app = openApp();
    const meeting = await approvedDemoMeeting(app);
    const member = meeting.calledPersons.find((p) => p.kind === 'member' && !p.vacant)!;
    const guest = meeting.calledPersons.find((p) => p.kind === 'guest');
    const attendance = { ...UNMARKED_ATTENDANCE, status: 'excused' } as const;

    expect(await app.fails('meetings:updateHeader', { id: meeting.id, header: { ...headerOf(meeting), place: 'Annan plats' } })).toEqual(FROZEN);
    expect(await app.fails('attendance:set', { meetingId: meeting.id, personId: member.id, attendance })).toEqual(FROZEN);
    expect(await app.fails('attendance:undo', { meetingId: meeting.id })).toEqual(FROZEN);
    expect(
      await app.fails('called:add', { meetingId: meeting.id, kind: 'invitee', itemId: null, name: 'Pia Lund', title: '', organisation: '' }),
    ).toEqual(FROZEN);
    expect(await app.fails('called:remove', { meetingId: meeting.id, personId: guest?.id ?? member.id })).toEqual(FROZEN);

    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
    // Reading is still allowed.
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);
  });
});

describe('validation through dispatch', () => {
  it('refuses a header whose end time is before its start time, or a date that does not exist, and keeps the old header', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
    const meeting = await app.ok('meetings:get', { id });

    const backwards = await app.fails('meetings:updateHeader', { id, header: { ...headerOf(meeting), startTime: '15.00', endTime: '13.00' } });
    expect(backwards).toEqual(refusedAt('header.endTime', 'Sluttiden måste vara efter starttiden.'));
    const noSuchDay = await app.fails('meetings:updateHeader', { id, header: { ...headerOf(meeting), date: '2027-02-29' } });
    expect(noSuchDay).toMatchObject({ code: 'validation', field: 'header.date' });
    expect(noSuchDay.message).toContain('Datumet finns inte i kalendern.');

    expect(await app.ok('meetings:get', { id })).toEqual(meeting);
    const changed = await app.ok('meetings:updateHeader', { id, header: { ...headerOf(meeting), startTime: '09.00', endTime: '12.00' } });
    expect(changed.header).toMatchObject({ startTime: '09.00', endTime: '12.00' });
  });

  it('refuses an empty name for an invitee and an unknown attendance status, storing nothing', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
    const meeting = await app.ok('meetings:get', { id });

    const noName = await app.call('called:add', { meetingId: id, kind: 'invitee', itemId: null, name: '', title: '', organisation: '' });
    expect(noName).toEqual({
      ok: false,
      error: { code: 'validation', message: 'Namnet får inte vara tomt.', field: 'name' },
    });
    const sick = await app.call('attendance:set', {
      meetingId: id,
      personId: meeting.calledPersons[0]!.id,
      attendance: { ...UNMARKED_ATTENDANCE, status: 'sjuk' as never },
    });
    expect(sick).toMatchObject({ ok: false, error: { code: 'validation', field: 'attendance.status' } });
    expect(await app.ok('meetings:get', { id })).toEqual(meeting);
  });
});
