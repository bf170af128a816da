import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { NO_SECRETARY_EMAIL } from '../../electron/services/invite/invitation';
import { NO_REVIEWER_EMAIL } from '../../electron/services/review/review-mail';
import { lastSentMinutes } from '../../electron/services/storage/review-sendings';
import { FROZEN_MESSAGE } from '../../electron/services/storage/meeting-guards';
import { bodySettingsOf } from '../../shared/model/body';
import { pdfText, readEmlWithAttachments, reviewSendApps } from './review-send-support';

// "Skicka för justering": the e-mail draft read back by Python's MIME parser, its PDF by pdftotext, and what is recorded.

const newApp = reviewSendApps();
const DRAFT = '2026-12-03';
const APPROVED = '2026-10-15';

describe('Skicka för justering: the e-mail draft', () => {
  it('goes from the secretary to the reviewers, with the minutes as PDF marked för justering and the day to answer by', async () => {
    const app = newApp();
    const meeting = await app.meeting(DRAFT);
    const addressOf = (name: string) => meeting.calledPersons.find((p) => p.name === name)!.email;
    expect(addressOf('Birgitta Sjöholm')).toMatch(/@/);

    const sent = await app.ok('review:send', {
      meetingId: meeting.id,
      // The second is typed as people type names: other case, extra spaces. The third is in neither list.
      reviewers: [
        { name: 'Birgitta Sjöholm', role: 'PSN ordförande' },
        { name: '  henrik   DAHL ', role: '' },
        { name: 'Gunnel Okänd', role: '' },
      ],
      dueOn: '2026-12-14',
      message: 'Tack för i torsdags!',
    });

    expect(sent).toMatchObject({ recipients: 2, missingEmail: ['Gunnel Okänd'], opened: true });
    expect(sent.fileName).toBe('Mötesanteckning PSN 2026-12-03 för justering.eml');
    expect(app.opened).toEqual([sent.path]);

    const eml = readEmlWithAttachments(sent.path);
    expect(eml.unsent).toBe('1');
    expect(eml.subject).toBe('Mötesanteckning PSN 3 december 2026 för justering');
    // The header itself is ASCII: the Swedish letters travel as RFC 2047 words.
    expect(eml.rawSubject).toMatch(/^[\x20-\x7e\r\n\t]+$/);
    expect(eml.rawSubject).toContain('=?');
    expect(eml.from).toEqual([{ name: 'Frida Hellström', email: 'frida.hellstrom@norrvik.example' }]);
    expect(eml.to).toEqual([
      { name: 'Birgitta Sjöholm', email: addressOf('Birgitta Sjöholm') },
      { name: 'henrik DAHL', email: addressOf('Henrik Dahl') },
    ]);
    const text = eml.text!;
    expect(text).toContain('Tack för i torsdags!');
    expect(text).toContain('Justera senast måndag 14 december 2026.');
    expect(text).toContain('Punkt 4');
    expect(text).toMatch(/Med vänlig hälsning\s+Frida Hellström/);
    expect(eml.calendar).toBeNull();

    expect(eml.attachments.map((a) => [a.fileName, a.contentType])).toEqual([['2026-12-03 Mötesanteckning PSN.pdf', 'application/pdf']]);
    const pdf = eml.attachments[0]!.savedTo;
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Pages:\s+[1-9]/);
    const printed = pdfText(pdf);
    expect(printed).toContain('Mötesanteckning PSN');
    expect(printed).toContain('För justering – ej justerad');
    expect(printed).toContain('Uppföljning av kostnader och kvalitet i nära vård');
  }, 60_000);

  it('sets the status För justering with the chosen reviewers and keeps the minutes as they went out', async () => {
    const app = newApp();
    const meeting = await app.meeting(DRAFT);
    const sent = await app.ok('review:send', {
      meetingId: meeting.id,
      reviewers: [{ name: 'Birgitta Sjöholm', role: 'PSN ordförande' }],
      dueOn: null,
      message: '',
    });

    const after = await app.ok('meetings:get', { id: meeting.id });
    expect(after).toMatchObject({ status: 'review', reviewers: [{ name: 'Birgitta Sjöholm', role: 'PSN ordförande' }], approvedOn: null });
    expect(sent.sending).toMatchObject({ version: 1, dueOn: null, recipients: [{ name: 'Birgitta Sjöholm' }] });
    expect(await app.ok('review:sendings', { meetingId: meeting.id })).toEqual([sent.sending]);
    const kept = lastSentMinutes(app.db, meeting.id)!;
    expect(kept.sending).toEqual(sent.sending);
    expect(kept.meeting.agenda.map((i) => i.title)).toEqual(meeting.agenda.map((i) => i.title));
    expect(kept.meeting.status).toBe('review');
    // Without a day, the e-mail asks for none.
    expect(readEmlWithAttachments(sent.path).text).not.toContain('Justera senast');
  }, 60_000);

  it('refuses approved minutes, and a day to answer by before the meeting or in the past; nothing is written or recorded', async () => {
    const app = newApp();
    const approved = await app.meeting(APPROVED);
    const reviewers = [{ name: 'Birgitta Sjöholm', role: '' }];
    expect(await app.fails('review:send', { meetingId: approved.id, reviewers, dueOn: null, message: '' })).toEqual({
      code: 'frozen',
      message: FROZEN_MESSAGE,
    });

    const draft = await app.meeting(DRAFT);
    const early = await app.fails('review:send', { meetingId: draft.id, reviewers, dueOn: '2026-12-02', message: '' });
    expect(early).toMatchObject({ code: 'validation', field: 'dueOn' });
    expect(early.message).toContain('före mötet den 3 december 2026');
    const past = await app.fails('review:send', { meetingId: draft.id, reviewers, dueOn: '2026-12-06', message: '' });
    expect(past).toMatchObject({ code: 'validation', field: 'dueOn' });
    expect(past.message).toContain('har redan varit');

    expect(app.exportFiles()).toEqual([]);
    expect(await app.ok('review:sendings', { meetingId: draft.id })).toEqual([]);
    expect(await app.ok('review:sendings', { meetingId: approved.id })).toEqual([]);
    expect((await app.ok('meetings:get', { id: draft.id })).status).toBe('draft');
  });

  it('says so when no reviewer has an address, or the secretary has none; nothing is written', async () => {
    const app = newApp();
    const draft = await app.meeting(DRAFT);
    const none = await app.fails('review:send', {
      meetingId: draft.id,
      reviewers: [{ name: 'Gunnel Okänd', role: '' }],
      dueOn: null,
      message: '',
    });
    expect(none).toMatchObject({ code: 'validation', message: NO_REVIEWER_EMAIL });

    const body = await app.ok('bodies:get', { id: draft.bodyId });
    await app.ok('bodies:updateSettings', { id: body.id, settings: { ...bodySettingsOf(body), secretaryEmail: '' } });
    const noSecretary = await app.fails('review:send', {
      meetingId: draft.id,
      reviewers: [{ name: 'Birgitta Sjöholm', role: '' }],
      dueOn: null,
      message: '',
    });
    expect(noSecretary).toMatchObject({ code: 'validation', message: NO_SECRETARY_EMAIL });

    expect(app.exportFiles()).toEqual([]);
    expect(await app.ok('meetings:get', { id: draft.id })).toMatchObject({ status: 'draft' });
    expect(await app.ok('review:sendings', { meetingId: draft.id })).toEqual([]);
  });
});
