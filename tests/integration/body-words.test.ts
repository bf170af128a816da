import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { openApp } from './app-support';

// Issue 23, point 2: "Lägg till i ordlistan" keeps the word in the body's list, in the database.

function demoApp() {
  const app = openApp(new Date(2026, 11, 7, 10, 0));
  const { meetings } = seedDemo(app.db, app.now.value);
  const meeting = meetings.find((m) => m.date === '2026-12-03')!;
  return { app, meeting };
}

describe('the body word list', () => {
  it('adds a word once whatever its case, alphabetically, kept over a restart, in the meeting context, and removed', async () => {
    const { app, meeting } = demoApp();
    const { bodyId } = await app.ok('spelling:context', { meetingId: meeting.id });
    await app.ok('spelling:addWord', { bodyId, word: ' Norrvikmodellen ' });
    await app.ok('spelling:addWord', { bodyId, word: 'årshjul' });
    expect((await app.ok('spelling:addWord', { bodyId, word: 'norrvikmodellen' })).words).toEqual(['Norrvikmodellen', 'årshjul']);

    const restarted = app.reopen();
    expect((await restarted.ok('spelling:bodyWords', { bodyId })).words).toEqual(['Norrvikmodellen', 'årshjul']);
    const context = await restarted.ok('spelling:context', { meetingId: meeting.id });
    expect(context.bodyWords).toEqual(['Norrvikmodellen', 'årshjul']);
    expect((await restarted.ok('spelling:removeWord', { bodyId, word: 'NORRVIKMODELLEN' })).words).toEqual(['årshjul']);
  });

  it('knows the called persons, their parties and organisations and the body names of the meeting', async () => {
    const { app, meeting } = demoApp();
    const full = await app.ok('meetings:get', { id: meeting.id });
    const context = await app.ok('spelling:context', { meetingId: meeting.id });
    const person = full.calledPersons.find((p) => p.organisation !== '' && p.party !== '')!;
    for (const word of [...person.name.split(' '), person.party.replace(/[()]/g, ''), ...person.organisation.split(' ')]) expect(context.knownWords).toContain(word);
  });

  it('refuses two words, a word without a letter and an unknown body in Swedish, the list unchanged', async () => {
    const { app, meeting } = demoApp();
    const { bodyId } = await app.ok('spelling:context', { meetingId: meeting.id });
    await app.ok('spelling:addWord', { bodyId, word: 'årshjul' });
    for (const [word, message] of [
      ['två ord', 'Lägg till ett ord i taget, utan mellanslag.'],
      ['2026', 'Ordet behöver minst en bokstav.'],
      ['   ', 'Skriv ett ord.'],
    ] as const) {
      expect(await app.fails('spelling:addWord', { bodyId, word })).toMatchObject({ code: 'validation', message, field: 'word' });
    }
    expect((await app.fails('spelling:addWord', { bodyId: 9999, word: 'ord' })).code).toBe('not_found');
    expect((await app.ok('spelling:bodyWords', { bodyId })).words).toEqual(['årshjul']);
  });
});
