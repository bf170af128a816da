import { describe, expect, it } from 'vitest';
import { meetingHeaderOf } from '../../shared/model/meeting';
import { nextInvitation, invitationOutdated } from '../../shared/calendar/invitation';
import type { InvitationState } from '../../shared/model/invitation';
import { CANCEL_APPROVED_MESSAGE, CANCEL_HELD_MESSAGE } from '../../electron/services/storage/invitations';
import { inviteApp } from './invite-support';

// "Ställ in mötet" / "Återuppta mötet", and when an invitation is an update.

describe('meetings:cancel', () => {
  it('marks the meeting Inställt in the meeting and its list, and resumes it; the header still saves', async () => {
    const app = await inviteApp();
    const cancelled = await app.invite('meetings:cancel', { meetingId: app.meetingId, cancelled: true });
    expect(cancelled).toEqual({ ok: true, value: { cancelledAt: app.now.value.toISOString() } });
    expect((await app.ok('meetings:get', { id: app.meetingId })).cancelledAt).toBe(app.now.value.toISOString());
    expect((await app.ok('meetings:list', { bodyId: app.bodyId })).map((m) => m.cancelledAt)).toEqual([app.now.value.toISOString()]);
    expect((await app.ok('archive:year', { bodyId: app.bodyId, year: 2027 })).meetings.map((m) => m.cancelledAt)).toEqual([
      app.now.value.toISOString(),
    ]);
    const found = await app.ok('search:query', { text: 'Stationshuset' });
    expect(found.hits.map((h) => h.cancelledAt)).toContain(app.now.value.toISOString());

    const meeting = await app.ok('meetings:get', { id: app.meetingId });
    await app.ok('meetings:updateHeader', { id: app.meetingId, header: { ...meetingHeaderOf(meeting), place: 'Hamnhuset' } });
    expect((await app.ok('meetings:get', { id: app.meetingId })).place).toBe('Hamnhuset');

    expect(await app.invite('meetings:cancel', { meetingId: app.meetingId, cancelled: false })).toEqual({ ok: true, value: { cancelledAt: null } });
    expect((await app.ok('meetings:get', { id: app.meetingId })).cancelledAt).toBeNull();
  });

  it('refuses a meeting already held (opened) or approved, in Swedish, and changes nothing', async () => {
    const app = await inviteApp();
    await app.ok('meetings:open', { meetingId: app.meetingId });
    expect(await app.invite('meetings:cancel', { meetingId: app.meetingId, cancelled: true })).toEqual({
      ok: false,
      error: { code: 'conflict', message: CANCEL_HELD_MESSAGE },
    });
    expect(await app.invite('invite:write', { meetingId: app.meetingId, cancel: true })).toMatchObject({
      ok: false,
      error: { message: CANCEL_HELD_MESSAGE },
    });
    await app.ok('review:set', { meetingId: app.meetingId, status: 'approved', reviewers: [{ name: 'Åsa Öberg', role: '' }], approvedOn: '2027-01-22' });
    expect(await app.invite('meetings:cancel', { meetingId: app.meetingId, cancelled: true })).toEqual({
      ok: false,
      error: { code: 'frozen', message: CANCEL_APPROVED_MESSAGE },
    });
    expect((await app.ok('meetings:get', { id: app.meetingId })).cancelledAt).toBeNull();
  });
});

describe('the next invitation', () => {
  const sent = { date: '2027-01-21', startTime: '13.00', endTime: '15.00', place: 'Stationshuset', meetingForm: '', meetingLink: '' };
  const state: InvitationState = { uid: 'x@anteckna', sequence: 3, sentAt: '2026-11-12T12:00:00.000Z', sent };

  it('is the first with sequence 0, a resend keeps the sequence, a change or a cancellation raises it', () => {
    expect(nextInvitation(null, sent, false)).toEqual({ kind: 'first', sequence: 0 });
    expect(nextInvitation(state, sent, false)).toEqual({ kind: 'resend', sequence: 3 });
    expect(nextInvitation(state, { ...sent, meetingLink: 'https://teams.example/m' }, false)).toEqual({ kind: 'change', sequence: 4 });
    expect(nextInvitation(state, sent, true)).toEqual({ kind: 'cancel', sequence: 4 });
    expect(nextInvitation(state, sent, false, true)).toEqual({ kind: 'change', sequence: 4 });
  });

  it('is outdated ("Skicka ändrad kallelse") only when time or place differ from what was sent', () => {
    expect(invitationOutdated({ ...sent, invitation: null })).toBe(false);
    expect(invitationOutdated({ ...sent, invitation: state })).toBe(false);
    expect(invitationOutdated({ ...sent, endTime: '16.00', invitation: state })).toBe(true);
  });
});
