import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingHeaderOf } from '../../shared/model/meeting';
import { NO_RECIPIENTS, NO_SECRETARY_EMAIL } from '../../electron/services/invite/invitation';
import { settings } from './app-support';
import { SECRETARY_EMAIL, inviteApp, readEml, sha256, type InviteApp } from './invite-support';

// The invitation e-mail draft (.eml) read back by Python's MIME parser, its calendar part by python3-icalendar.

async function write(app: InviteApp, cancel = false) {
  const result = await app.invite('invite:write', { meetingId: app.meetingId, cancel, overwrite: true });
  if (!result.ok) throw new Error(result.error.message);
  return { result: result.value, eml: readEml(result.value.path) };
}

async function moveTo(app: InviteApp, change: { startTime?: string; endTime?: string; place?: string }) {
  const meeting = await app.ok('meetings:get', { id: app.meetingId });
  await app.ok('meetings:updateHeader', { id: app.meetingId, header: { ...meetingHeaderOf(meeting), ...change } });
}

describe('Skicka kallelse: the e-mail draft', () => {
  it('is an unsent message from the secretary to everyone called, in Swedish, with the kallelse and the invitation', async () => {
    const app = await inviteApp();
    await app.ok('called:add', { meetingId: app.meetingId, kind: 'invitee', itemId: null, name: 'Tove Lind', title: '', organisation: '', email: '' });
    const meeting = await app.ok('meetings:get', { id: app.meetingId });
    const item = meeting.agenda[0]!;
    await app.ok('called:add', {
      meetingId: app.meetingId,
      kind: 'guest',
      itemId: item.id,
      name: 'Özlem Çelik-Ståhl',
      title: 'Utvecklare',
      organisation: 'Region',
      email: 'ozlem.celik@region.example',
    });

    const { result, eml } = await write(app);

    expect(result).toMatchObject({ recipients: 4, missingEmail: ['Tove Lind'], opened: true, fileName: 'Kallelse SGS 2027-01-21.eml' });
    expect(app.opened).toEqual([result.path]);
    expect(eml.unsent).toBe('1');
    expect(eml.subject).toBe('Kallelse: SGS 21 januari 2027');
    expect(eml.from).toEqual([{ name: 'Frida Hellström', email: SECRETARY_EMAIL }]);
    expect(eml.to).toEqual([
      { name: 'Åsa Öberg', email: 'asa.oberg@region.example' },
      { name: 'Björn Ärlig', email: 'bjorn.arlig@kommun.example' },
      { name: 'Märta Lund', email: 'marta.lund@kommun.example' },
      { name: 'Özlem Çelik-Ståhl', email: 'ozlem.celik@region.example' },
    ]);
    expect(eml.text).toContain('Välkommen till');
    expect(eml.text).toContain('Plats: Stationshuset, Strandvik');
    expect(eml.text).toContain(`Anmäl förhinder till Frida Hellström, ${SECRETARY_EMAIL}.`);

    // Each attachment's bytes are the file's own: the kallelse PDF, and the .ics the same as the calendar part.
    expect(eml.attachments.map((a) => [a.fileName, a.contentType])).toEqual([
      ['Kallelse SGS 2027-01-21.pdf', 'application/pdf'],
      ['Inbjudan.ics', 'application/ics'],
    ]);
    expect(eml.attachments[0]!.sha256).toBe(sha256(app.kallelse));
    expect(eml.attachments[1]!.sha256).toBe(eml.calendar!.sha256);

    const calendar = eml.calendar!;
    expect(calendar).toMatchObject({ partMethod: 'REQUEST', method: 'REQUEST' });
    const event = calendar.events[0]!;
    expect(event).toMatchObject({ sequence: 0, status: 'CONFIRMED', start: '2027-01-21T13:00:00+01:00' });
    expect(event.uid).toMatch(/^[0-9a-f-]{36}@anteckna$/);
    expect(event.organizer).toEqual({ cn: 'Frida Hellström', email: `mailto:${SECRETARY_EMAIL}` });
    expect(event.attendees.map((a) => a.cn)).toEqual(['Åsa Öberg', 'Björn Ärlig', 'Märta Lund', 'Özlem Çelik-Ståhl']);

    // Kept with the meeting: what was sent, and when.
    const saved = await app.ok('meetings:get', { id: app.meetingId });
    expect(saved.invitation).toMatchObject({ uid: event.uid, sequence: 0, sent: { startTime: '13.00', place: 'Stationshuset, Strandvik' } });
  });

  it('keeps its UID and SEQUENCE on a resend, raises the sequence on a new time, and says so in the subject', async () => {
    const app = await inviteApp();
    const first = (await write(app)).eml.calendar!.events[0]!;

    const resend = await write(app);
    expect(resend.eml.subject).toBe('Kallelse: SGS 21 januari 2027');
    expect(resend.eml.calendar!.events[0]).toMatchObject({ uid: first.uid, sequence: 0 });

    await moveTo(app, { startTime: '14.00', endTime: '16.00' });
    const changed = await write(app);
    expect(changed.eml.subject).toBe('Ändrad tid: SGS 21 januari 2027');
    // Encoded for the header (RFC 2047), decoded by the parser above.
    expect(changed.eml.rawSubject).toMatch(/^=\?UTF-8\?[QB]\?/i);
    expect(changed.eml.calendar!.events[0]).toMatchObject({ uid: first.uid, sequence: 1, start: '2027-01-21T14:00:00+01:00' });
    expect(changed.eml.text).toContain('är ändrad');

    await moveTo(app, { place: 'Hamnhuset' });
    const moved = await write(app);
    expect(moved.eml.subject).toBe('Ändrad plats: SGS 21 januari 2027');
    expect(moved.eml.calendar!.events[0]).toMatchObject({ uid: first.uid, sequence: 2 });
  });

  it('cancels with METHOD:CANCEL, a higher sequence, and marks the meeting Inställt', async () => {
    const app = await inviteApp();
    const first = (await write(app)).eml.calendar!.events[0]!;

    const { result, eml } = await write(app, true);

    expect(result.fileName).toBe('Inställt SGS 2027-01-21.eml');
    expect(eml.subject).toBe('Inställt: SGS 21 januari 2027');
    expect(eml.rawSubject).toMatch(/^=\?UTF-8\?[QB]\?/i);
    expect(eml.calendar).toMatchObject({ partMethod: 'CANCEL', method: 'CANCEL' });
    expect(eml.calendar!.events[0]).toMatchObject({ uid: first.uid, sequence: 1, status: 'CANCELLED' });
    expect(eml.calendar!.events[0]!.attendees).toHaveLength(3);
    expect(eml.attachments.map((a) => a.fileName)).toEqual(['Kallelse SGS 2027-01-21.pdf', 'Inställt.ics']);
    expect((await app.ok('meetings:get', { id: app.meetingId })).cancelledAt).not.toBeNull();
    expect((await app.ok('meetings:list', { bodyId: app.bodyId }))[0]!.cancelledAt).not.toBeNull();

    // A new kallelse waits until the meeting is resumed; then it replaces the cancelled event.
    const refused = await app.invite('invite:write', { meetingId: app.meetingId, cancel: false, overwrite: true });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Mötet är inställt. Återuppta mötet innan du skickar en ny kallelse.' } });
    await app.invite('meetings:cancel', { meetingId: app.meetingId, cancelled: false });
    const again = await write(app);
    expect(again.eml.subject).toBe('Kallelse: SGS 21 januari 2027');
    expect(again.eml.calendar!.events[0]).toMatchObject({ uid: first.uid, sequence: 2, status: 'CONFIRMED' });
  });

  it('says where to add addresses when nobody has one, or the secretary has none, and writes nothing', async () => {
    const app = await inviteApp();
    await app.ok('bodies:updateSettings', { id: app.bodyId, settings: settings({ secretaryEmail: '' }) });
    expect(await app.invite('invite:write', { meetingId: app.meetingId, cancel: false })).toEqual({
      ok: false,
      error: { code: 'validation', message: NO_SECRETARY_EMAIL },
    });
    expect(NO_SECRETARY_EMAIL).toContain('Organets inställningar');

    await app.ok('bodies:updateSettings', { id: app.bodyId, settings: settings({ secretaryEmail: SECRETARY_EMAIL }) });
    app.db.prepare("UPDATE called_persons SET email = ''").run();
    expect(await app.invite('invite:write', { meetingId: app.meetingId, cancel: false })).toEqual({
      ok: false,
      error: { code: 'validation', message: NO_RECIPIENTS },
    });
    expect(NO_RECIPIENTS).toContain('Kallade');
    expect(readdirSync(app.exportDir)).toEqual([]);
    expect((await app.ok('meetings:get', { id: app.meetingId })).invitation).toBeNull();
  });

  it('reports opened: false where the host cannot open the mail program, and the file is there', async () => {
    const app = await inviteApp({ openPath: false });
    const result = await app.invite('invite:write', { meetingId: app.meetingId, cancel: false });
    expect(result).toMatchObject({ ok: true, value: { opened: false } });
    if (result.ok) expect(existsSync(result.value.path) && readFileSync(result.value.path).length).toBe(result.value.bytes);
  });
});
