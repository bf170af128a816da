import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import type { Meeting, MeetingHeader } from '../../shared/model/meeting';
import { emptyNotes, notes, paragraph } from '../../shared/notes/build';
import { notesToPlainText } from '../../shared/notes/text';
import { bodyWithRoster, openApp, refusedAt, type TestApp } from './app-support';

/**
 * Justering and what follows from it: approved minutes are frozen for every
 * write, the only way back is an explicit unlock that keeps the approved
 * version readable with who unlocked it, when and why. Also the guard that
 * keeps an empty editor from wiping typed notes, and the opening stamp.
 */

const FROZEN = { code: 'frozen', message: 'Mötesanteckningen är justerad och kan inte ändras. Lås upp den först.' };
const CHAIR = { name: 'Tilda Ås', role: 'SGS ordförande' };

function headerOf(m: Meeting): MeetingHeader {
  const { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink } = m;
  return { title, subtitle, date, startTime, endTime, meetingForm, place, calledText, diaryNumber, secretaryName, meetingLink };
}

async function draftMeeting(app: TestApp): Promise<Meeting> {
  const bodyId = await bodyWithRoster(app);
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-12-03' });
  return app.ok('meetings:get', { id });
}

async function approvedDemoMeeting(app: TestApp): Promise<Meeting> {
  const summary = seedDemo(app.db, new Date()).meetings.find((m) => m.status === 'approved');
  return app.ok('meetings:get', { id: summary!.id });
}

/**
 * Every write channel of the contract, sorted: those that change a meeting
 * get a request against the approved meeting; the rest change bodies, make a
 * new meeting or are the unlock itself. A new write channel must be put in
 * one of the two, or the first test below fails.
 */
const MEETING_WRITES: Partial<Record<ChannelName, (m: Meeting) => unknown>> = {
  'meetings:updateHeader': (m) => ({ id: m.id, header: { ...headerOf(m), place: 'Annan plats' } }),
  'notes:save': (m) => ({ meetingId: m.id, itemId: m.agenda[0]!.id, notes: notes(paragraph('Tillägg i efterhand.')) }),
  'notes:resolve': (m) => ({ meetingId: m.id, itemId: m.agenda[0]!.id, keep: 'mine', notes: notes(paragraph('Min text.')) }),
  'attendance:set': (m) => ({
    meetingId: m.id,
    personId: m.calledPersons.find((p) => p.kind === 'member' && !p.vacant)!.id,
    attendance: { status: 'excused', note: '', arrivedAt: null, leftAt: null, substituteName: '', substituteRemote: false },
  }),
  'attendance:undo': (m) => ({ meetingId: m.id }),
  'attendance:markUnmarkedPresent': (m) => ({ meetingId: m.id }),
  'attendance:applyPasted': (m) => ({
    meetingId: m.id,
    persons: [
      { name: 'Pia Lund', party: '', organisation: '', title: '', role: 'ledamot', sideName: '', categoryName: 'Ledamöter', status: 'excused' },
    ],
  }),
  'called:add': (m) => ({ meetingId: m.id, kind: 'invitee', itemId: null, name: 'Pia Lund', title: '', organisation: '' }),
  'called:remove': (m) => ({ meetingId: m.id, personId: m.calledPersons.find((p) => p.kind === 'guest')!.id }),
  'agenda:add': (m) => ({ meetingId: m.id, parentId: null, afterItemId: null, title: 'Ny punkt' }),
  'agenda:update': (m) => ({ meetingId: m.id, itemId: m.agenda[0]!.id, patch: { title: 'Ändrad' } }),
  'agenda:move': (m) => ({ meetingId: m.id, itemId: m.agenda.at(-1)!.id, parentId: null, index: 0 }),
  'agenda:remove': (m) => ({ meetingId: m.id, itemId: m.agenda.at(-1)!.id }),
  'standpoint:save': (m) => ({ meetingId: m.id, itemId: m.agenda[0]!.id, standpoint: 'Ändrat ställningstagande.' }),
  'tasks:save': (m) => ({ meetingId: m.id, task: { itemId: null, what: 'Ny uppgift', owner: '', deadline: null, done: false } }),
  'tasks:remove': (m) => ({ meetingId: m.id, taskId: m.tasks[0]!.id }),
  'meetings:open': (m) => ({ meetingId: m.id }),
  'meetings:close': (m) => ({ meetingId: m.id }),
  'meetings:remove': (m) => ({ id: m.id, confirmDate: m.date }),
  'review:set': (m) => ({ meetingId: m.id, status: 'draft', reviewers: m.reviewers, approvedOn: null }),
  'teams:apply': (m) => ({
    meetingId: m.id,
    reportStart: null,
    reportEnd: null,
    matches: [{ personId: m.calledPersons.find((p) => p.kind === 'member' && !p.vacant)!.id, firstJoin: null, lastLeave: null }],
    guests: [{ name: 'Pia Lund', organisation: '', firstJoin: null, lastLeave: null }],
  }),
  'attachments:add': (m) => ({
    meetingId: m.id,
    itemId: m.agenda[0]!.id,
    fileName: 'Budget 2027.pdf',
    contentBase64: Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64'),
  }),
  'attachments:remove': (m) => ({ meetingId: m.id, attachmentId: 1 }),
  'attachments:move': (m) => ({ meetingId: m.id, attachmentId: 1, direction: 'down' }),
  'invite:write': (m) => ({ meetingId: m.id, cancel: false }),
  'meetings:cancel': (m) => ({ meetingId: m.id, cancelled: false }),
  'review:send': (m) => ({ meetingId: m.id, reviewers: [CHAIR], dueOn: null, message: '' }),
  'review:addComment': (m) => ({ meetingId: m.id, itemId: m.agenda[0]!.id, author: CHAIR.name, text: 'Stryk sista meningen.' }),
  'review:setCommentDone': (m) => ({ meetingId: m.id, commentId: 1, done: true }),
  'review:removeComment': (m) => ({ meetingId: m.id, commentId: 1 }),
  'spelling:replace': (m) => ({ meetingId: m.id, word: 'och', replacement: 'samt', scope: 'all' }),
};
const OTHER_WRITES: readonly ChannelName[] = [
  'bodies:create',
  'bodies:updateSettings',
  'bodies:setPlannedDates',
  'bodies:setStandingItems',
  'bodies:setDocxTemplate',
  'roster:save',
  'meetings:createFromBody',
  'meetings:createFromPrevious',
  'templates:save',
  'templates:remove',
  // The body's word list: no meeting changes when a word is added (body-words.test.ts).
  'spelling:addWord',
  'spelling:removeWord',
  // Allowed on approved minutes by design: it records only when and from where
  // the task was done, and the minutes keep their text (task-list.test.ts).
  'tasks:setDone',
  'review:unlock',
  'backups:restore',
  // Creates a new meeting from an imported document; touches no existing one.
  'import:save',
  // Publishing and archiving come after approval and never change the minutes.
  'publication:decide',
  'export:public',
  'archive:write',
];

describe('approved minutes are frozen', () => {
  it('has every write channel of the contract sorted into meeting writes or other writes', () => {
    const writes = CHANNEL_NAMES.filter((c) => contract[c].writes);
    expect([...Object.keys(MEETING_WRITES), ...OTHER_WRITES].sort()).toEqual([...writes].sort());
  });

  it.each(Object.keys(MEETING_WRITES) as ChannelName[])('refuses %s and changes nothing', async (channel) => {
    const app = openApp();
    const meeting = await approvedDemoMeeting(app);
    const history = await app.ok('attendance:history', { meetingId: meeting.id });
    const request = MEETING_WRITES[channel]!(meeting);

    const result = await app.call(channel, request as never);
    expect(result).toEqual({ ok: false, error: FROZEN });

    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual(history);
    expect(await app.ok('versions:list', { meetingId: meeting.id })).toEqual([]);
  });

  it('refuses emptying notes on purpose too (frozen comes before the empty-notes guard)', async () => {
    const app = openApp();
    const meeting = await approvedDemoMeeting(app);
    const withText = meeting.agenda.find((i) => notesToPlainText(i.notes).trim() !== '')!;
    expect(await app.fails('notes:save', { meetingId: meeting.id, itemId: withText.id, notes: emptyNotes() })).toEqual(FROZEN);
    expect(
      await app.fails('notes:save', { meetingId: meeting.id, itemId: withText.id, notes: emptyNotes(), replaceWithEmpty: true }),
    ).toEqual(FROZEN);
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });

  it('still lets the approved minutes be read and used as the start of the next meeting', async () => {
    const app = openApp();
    const meeting = await approvedDemoMeeting(app);
    expect(meeting).toMatchObject({ reviewers: [{ name: 'Birgitta Sjöholm', role: 'PSN ordförande' }], approvedOn: '2026-10-22', version: 1 });
    const { id } = await app.ok('meetings:createFromPrevious', { meetingId: meeting.id });
    expect((await app.ok('meetings:get', { id })).status).toBe('draft');
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });
});

describe('the demo meetings', () => {
  it('are, on a fresh database, 1 approved (PSN), 2 draft (PSN) and 3 for review (LGS-N)', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    const byId = (await app.ok('meetings:list', {})).map((m) => [m.id, m.bodyShortName, m.date, m.status]).sort();
    expect(byId).toEqual([
      [1, 'PSN', '2026-10-15', 'approved'],
      [2, 'PSN', '2026-12-03', 'draft'],
      [3, 'LGS-N', '2026-11-12', 'review'],
    ]);
  });
});

describe('review:set', () => {
  it('moves draft → review → draft → review → approved, keeping the reviewers', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const base = { meetingId: meeting.id, reviewers: [CHAIR], approvedOn: null };

    expect(await app.ok('review:set', { ...base, status: 'review' })).toEqual({ status: 'review', reviewers: [CHAIR], approvedOn: null, version: 1 });
    expect(await app.ok('review:set', { ...base, status: 'draft' })).toMatchObject({ status: 'draft' });
    await app.ok('review:set', { ...base, status: 'review' });
    const approved = await app.ok('review:set', { ...base, status: 'approved', approvedOn: '2026-12-10' });
    expect(approved).toEqual({ status: 'approved', reviewers: [CHAIR], approvedOn: '2026-12-10', version: 1 });

    const stored = await app.reopen().ok('meetings:get', { id: meeting.id });
    expect(stored).toMatchObject({ status: 'approved', reviewers: [CHAIR], approvedOn: '2026-12-10', version: 1 });
  });

  it('approves a draft directly, with two reviewers', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const reviewers = [CHAIR, { name: 'Karl Öst', role: 'SGS vice ordförande' }];
    const approved = await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers, approvedOn: '2026-12-03' });
    expect(approved).toMatchObject({ status: 'approved', reviewers });
  });

  it('needs a reviewer and a day no earlier than the meeting before the minutes are approved', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const approve = { meetingId: meeting.id, status: 'approved' as const };

    expect(await app.fails('review:set', { ...approve, reviewers: [], approvedOn: '2026-12-10' })).toEqual(
      refusedAt('reviewers', 'Ange minst en justerare innan mötesanteckningen markeras som justerad.'),
    );
    expect(await app.fails('review:set', { ...approve, reviewers: [CHAIR], approvedOn: null })).toEqual(
      refusedAt('approvedOn', 'Ange vilken dag mötesanteckningen justerades.'),
    );
    expect(await app.fails('review:set', { ...approve, reviewers: [CHAIR], approvedOn: '2026-12-02' })).toEqual(
      refusedAt('approvedOn', 'Mötesanteckningen kan inte justeras före mötet den 3 december 2026.'),
    );
    expect(await app.fails('review:set', { ...approve, reviewers: [{ name: ' ', role: '' }], approvedOn: '2026-12-10' })).toMatchObject({
      code: 'validation',
      field: 'reviewers.0.name',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);
  });

  it('does not keep a day of approval on minutes that are not approved', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const result = await app.ok('review:set', { meetingId: meeting.id, status: 'review', reviewers: [CHAIR], approvedOn: '2026-12-10' });
    expect(result.approvedOn).toBeNull();
  });

  it('refuses to take approved minutes back to draft or review without unlocking them', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [CHAIR], approvedOn: '2026-12-10' });
    for (const status of ['draft', 'review', 'approved'] as const) {
      expect(await app.fails('review:set', { meetingId: meeting.id, status, reviewers: [CHAIR], approvedOn: '2026-12-11' })).toEqual(FROZEN);
    }
    expect((await app.ok('meetings:get', { id: meeting.id })).approvedOn).toBe('2026-12-10');
  });
});

describe('review:unlock and versions', () => {
  it('keeps the approved version readable, records who, when and why, and starts version 2 as a draft', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const item = meeting.agenda.find((i) => i.title === 'Godkännande av dagens agenda')!;
    await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph('Agendan godkändes utan ändringar.')) });
    await app.ok('standpoint:save', { meetingId: meeting.id, itemId: item.id, standpoint: 'Dagens agenda godkändes.' });
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [CHAIR], approvedOn: '2026-12-10' });
    const approved = await app.ok('meetings:get', { id: meeting.id });

    app.now.value = new Date(Date.UTC(2026, 11, 14, 9, 30));
    expect(await app.ok('review:unlock', { meetingId: meeting.id, who: ' Eva Berg ', reason: 'Fel datum för nästa möte.' })).toEqual({ version: 2 });

    const reopened = await app.ok('meetings:get', { id: meeting.id });
    expect(reopened).toMatchObject({ status: 'draft', version: 2, approvedOn: null, reviewers: [CHAIR] });
    expect(await app.ok('versions:list', { meetingId: meeting.id })).toEqual([
      { version: 1, unlockedAt: '2026-12-14T09:30:00.000Z', unlockedBy: 'Eva Berg', reason: 'Fel datum för nästa möte.', approvedOn: '2026-12-10' },
    ]);

    // The draft can be changed again; the kept version stays as it was approved.
    await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph('Agendan godkändes med en ändring.')) });
    const kept = await app.ok('versions:get', { meetingId: meeting.id, version: 1 });
    expect(kept).toEqual(approved);
    expect(notesToPlainText(kept.agenda.find((i) => i.id === item.id)!.notes)).toBe('Agendan godkändes utan ändringar.');
    const current = await app.ok('versions:get', { meetingId: meeting.id, version: 2 });
    expect(current).toEqual(await app.ok('meetings:get', { id: meeting.id }));
    expect(notesToPlainText(current.agenda.find((i) => i.id === item.id)!.notes)).toBe('Agendan godkändes med en ändring.');

    expect(await app.fails('versions:get', { meetingId: meeting.id, version: 3 })).toEqual({
      code: 'not_found',
      message: 'Den versionen av mötesanteckningen finns inte.',
      field: 'version',
    });
  });

  it('numbers each unlock on, lists the kept versions newest first, and keeps them across a restart', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const approve = (approvedOn: string) =>
      app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [CHAIR], approvedOn });

    await approve('2026-12-10');
    await app.ok('review:unlock', { meetingId: meeting.id, who: 'Eva Berg', reason: 'Stavfel i punkt 3.' });
    await approve('2026-12-12');
    expect(await app.ok('review:unlock', { meetingId: meeting.id, who: 'Tilda Ås', reason: 'Komplettering av beslut.' })).toEqual({ version: 3 });

    const again = app.reopen();
    expect((await again.ok('versions:list', { meetingId: meeting.id })).map((v) => [v.version, v.unlockedBy, v.approvedOn])).toEqual([
      [2, 'Tilda Ås', '2026-12-12'],
      [1, 'Eva Berg', '2026-12-10'],
    ]);
    expect((await again.ok('versions:get', { meetingId: meeting.id, version: 2 })).version).toBe(2);
    expect((await again.ok('meetings:get', { id: meeting.id })).version).toBe(3);
  });

  it('refuses to unlock minutes that are not approved, or without saying who and why', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    expect(await app.fails('review:unlock', { meetingId: meeting.id, who: 'Eva Berg', reason: 'Test' })).toEqual({
      code: 'conflict',
      message: 'Mötesanteckningen är inte justerad och behöver inte låsas upp.',
    });
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [CHAIR], approvedOn: '2026-12-10' });
    expect(await app.fails('review:unlock', { meetingId: meeting.id, who: 'Eva Berg', reason: '  ' })).toEqual(
      refusedAt('reason', 'Ange varför mötesanteckningen låses upp.'),
    );
    expect(await app.fails('review:unlock', { meetingId: meeting.id, who: '', reason: 'Rättelse' })).toMatchObject({
      code: 'validation',
      field: 'who',
    });
    expect(await app.ok('versions:list', { meetingId: meeting.id })).toEqual([]);
    expect((await app.ok('meetings:get', { id: meeting.id })).status).toBe('approved');
    expect(await app.fails('versions:list', { meetingId: 999 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });
});

describe('notes:save never lets an empty document wipe typed notes', () => {
  const GUARD = 'Anteckningarna sparades inte: ett tomt dokument skulle ersätta text som redan finns.';

  it('refuses an empty document over notes with text, writing nothing', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const item = meeting.agenda[0]!;
    const first = await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph('Ordföranden hälsar välkommen.')) });

    const refused = await app.fails('notes:save', { meetingId: meeting.id, itemId: item.id, notes: emptyNotes() });
    expect(refused.code).toBe('conflict');
    expect(refused.message.startsWith(GUARD)).toBe(true);

    const stored = (await app.ok('meetings:get', { id: meeting.id })).agenda[0]!;
    expect(notesToPlainText(stored.notes)).toBe('Ordföranden hälsar välkommen.');
    expect(stored.notesRevision).toBe(first.revision);
  });

  it('empties the notes when the secretary did so on purpose', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const item = meeting.agenda[0]!;
    const first = await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph('Text som ska bort.')) });
    const emptied = await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: emptyNotes(), replaceWithEmpty: true });
    expect(emptied.revision).toBe(first.revision + 1);
    expect(notesToPlainText((await app.ok('meetings:get', { id: meeting.id })).agenda[0]!.notes)).toBe('');
  });

  it('saves an empty document over no notes, or over notes that were only blank lines', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    const item = meeting.agenda[0]!;
    expect((await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: emptyNotes() })).revision).toBe(1);
    await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: notes(paragraph('  '), paragraph()) });
    expect((await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: emptyNotes() })).revision).toBe(3);
  });
});

describe('meetings:open', () => {
  it('stamps the opening time from the clock once; later calls return the same time', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    expect(meeting.openedAt).toBeNull();

    app.now.value = new Date(2026, 11, 3, 13, 2);
    expect(await app.ok('meetings:open', { meetingId: meeting.id })).toEqual({ openedAt: '13.02' });
    app.now.value = new Date(2026, 11, 3, 13, 41);
    expect(await app.ok('meetings:open', { meetingId: meeting.id })).toEqual({ openedAt: '13.02' });

    const restarted = app.reopen();
    expect((await restarted.ok('meetings:get', { id: meeting.id })).openedAt).toBe('13.02');
    expect(await restarted.fails('meetings:open', { meetingId: 999 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });
});

describe('meetings:close', () => {
  it('stamps the closing time from the clock; closing again after a resumed meeting moves it', async () => {
    const app = openApp();
    const meeting = await draftMeeting(app);
    expect(meeting.closedAt).toBeNull();

    app.now.value = new Date(2026, 11, 3, 13, 2);
    await app.ok('meetings:open', { meetingId: meeting.id });
    app.now.value = new Date(2026, 11, 3, 14, 55);
    expect(await app.ok('meetings:close', { meetingId: meeting.id })).toEqual({ closedAt: '14.55' });
    app.now.value = new Date(2026, 11, 3, 15, 2);
    expect(await app.ok('meetings:close', { meetingId: meeting.id })).toEqual({ closedAt: '15.02' });

    const restarted = app.reopen();
    const stored = await restarted.ok('meetings:get', { id: meeting.id });
    expect({ openedAt: stored.openedAt, closedAt: stored.closedAt }).toEqual({ openedAt: '13.02', closedAt: '15.02' });
    expect(await restarted.fails('meetings:close', { meetingId: 999 })).toEqual({ code: 'not_found', message: 'Mötet finns inte.' });
  });

  it('refuses approved minutes and leaves their closing time as it was', async () => {
    const app = openApp();
    const meeting = await approvedDemoMeeting(app);
    expect(await app.fails('meetings:close', { meetingId: meeting.id })).toEqual(FROZEN);
    expect((await app.ok('meetings:get', { id: meeting.id })).closedAt).toBe(meeting.closedAt);
  });
});
