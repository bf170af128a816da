import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { FROZEN_MESSAGE, ITEM_NOT_IN_MEETING } from '../../electron/services/storage/meeting-guards';
import { openApp } from './app-support';

// The reviewers' comments, noted per item (or on the whole minutes), ticked "Åtgärdad", removed; read-only once approved.

function demoApp() {
  const app = openApp(new Date(2026, 11, 7, 10, 0));
  const { meetings } = seedDemo(app.db, app.now.value);
  const byDate = (date: string) => app.ok('meetings:get', { id: meetings.find((m) => m.date === date)!.id });
  return { app, byDate };
}

describe('review comments', () => {
  it('are noted per item and on the whole minutes, ticked Åtgärdad and opened again, removed, and kept over a restart', async () => {
    const { app, byDate } = demoApp();
    const meeting = await byDate('2026-12-03');
    const item = meeting.agenda[3]!;
    const onItem = await app.ok('review:addComment', {
      meetingId: meeting.id,
      itemId: item.id,
      author: '  Birgitta Sjöholm ',
      text: 'Skriv ut att beslutet fattades enhälligt.',
    });
    expect(onItem).toMatchObject({ itemId: item.id, author: 'Birgitta Sjöholm', text: 'Skriv ut att beslutet fattades enhälligt.', doneAt: null });
    expect(onItem.createdAt).toBe(app.now.value.toISOString());
    app.now.value = new Date(2026, 11, 7, 11, 0);
    const whole = await app.ok('review:addComment', { meetingId: meeting.id, itemId: null, author: '', text: 'Närvarolistan saknar Henrik Dahl.' });

    const done = await app.ok('review:setCommentDone', { meetingId: meeting.id, commentId: onItem.id, done: true });
    expect(done.doneAt).toBe(app.now.value.toISOString());
    // A second tick keeps the moment it was first dealt with.
    app.now.value = new Date(2026, 11, 7, 12, 0);
    expect((await app.ok('review:setCommentDone', { meetingId: meeting.id, commentId: onItem.id, done: true })).doneAt).toBe(done.doneAt);

    const restarted = app.reopen();
    expect(await restarted.ok('review:comments', { meetingId: meeting.id })).toEqual([done, whole]);
    expect((await restarted.ok('review:setCommentDone', { meetingId: meeting.id, commentId: onItem.id, done: false })).doneAt).toBeNull();
    expect(await restarted.ok('review:removeComment', { meetingId: meeting.id, commentId: whole.id })).toEqual({ removed: true });
    expect(await restarted.ok('review:removeComment', { meetingId: meeting.id, commentId: whole.id })).toEqual({ removed: false });
    expect((await restarted.ok('review:comments', { meetingId: meeting.id })).map((c) => c.id)).toEqual([onItem.id]);
  });

  it('refuses an empty text, an item of another meeting and a comment of another meeting, in Swedish', async () => {
    const { app, byDate } = demoApp();
    const meeting = await byDate('2026-12-03');
    const other = await byDate('2026-11-12');
    const empty = await app.fails('review:addComment', { meetingId: meeting.id, itemId: null, author: 'Ada', text: '   ' });
    expect(empty).toMatchObject({ code: 'validation', message: 'Skriv kommentaren.', field: 'text' });
    const foreignItem = await app.fails('review:addComment', { meetingId: meeting.id, itemId: other.agenda[0]!.id, author: '', text: 'Fel möte.' });
    expect(foreignItem).toMatchObject({ code: 'not_found', message: ITEM_NOT_IN_MEETING });
    const theirs = await app.ok('review:addComment', { meetingId: other.id, itemId: null, author: '', text: 'Deras kommentar.' });
    const foreignComment = await app.fails('review:setCommentDone', { meetingId: meeting.id, commentId: theirs.id, done: true });
    expect(foreignComment.code).toBe('not_found');
    expect(await app.ok('review:removeComment', { meetingId: meeting.id, commentId: theirs.id })).toEqual({ removed: false });
    expect(await app.ok('review:comments', { meetingId: meeting.id })).toEqual([]);
    expect(await app.ok('review:comments', { meetingId: other.id })).toEqual([theirs]);
  });

  it('stay readable once the minutes are approved, but cannot be added, ticked or removed', async () => {
    const { app, byDate } = demoApp();
    const meeting = await byDate('2026-12-03');
    const comment = await app.ok('review:addComment', { meetingId: meeting.id, itemId: meeting.agenda[0]!.id, author: 'Birgitta Sjöholm', text: 'OK.' });
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [{ name: 'Birgitta Sjöholm', role: '' }], approvedOn: '2026-12-07' });

    const frozen = { code: 'frozen', message: FROZEN_MESSAGE };
    expect(await app.fails('review:addComment', { meetingId: meeting.id, itemId: null, author: '', text: 'Sent påpekande.' })).toEqual(frozen);
    expect(await app.fails('review:setCommentDone', { meetingId: meeting.id, commentId: comment.id, done: true })).toEqual(frozen);
    expect(await app.fails('review:removeComment', { meetingId: meeting.id, commentId: comment.id })).toEqual(frozen);
    expect(await app.ok('review:comments', { meetingId: meeting.id })).toEqual([comment]);
  });
});
