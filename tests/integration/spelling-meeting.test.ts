import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { FROZEN_MESSAGE } from '../../electron/services/storage/meeting-guards';
import type { Meeting } from '../../shared/model/domain';
import { bold, notes, paragraph } from '../../shared/notes/build';
import { notesDocumentSchema } from '../../shared/notes/schema';
import { notesToPlainText } from '../../shared/notes/text';
import { openApp, type TestApp } from './app-support';
import { indexAndRebuild } from './search/search-support';

// Issue 23, point 3: "Stavningskontroll" of the whole meeting over IPC, and "Ersätt" / "Ersätt alla" in the database.

async function misspeltDemo(): Promise<{ app: TestApp; meeting: Meeting; ids: number[] }> {
  const app = openApp(new Date(2026, 11, 7, 10, 0));
  const { meetings } = seedDemo(app.db, app.now.value);
  const meetingId = meetings.find((m) => m.date === '2026-12-03')!.id;
  const before = await app.ok('meetings:get', { id: meetingId });
  const ids = before.agenda.map((item) => item.id);
  const [first, second, third] = [ids[5]!, ids[6]!, ids[7]!];
  await app.ok('notes:save', {
    meetingId,
    itemId: first,
    notes: notes(paragraph(bold('Viktigt:'), ' vi hade en refleksion om samanträde.'), paragraph('Samanträde igen nästa gång.')),
  });
  await app.ok('agenda:update', { meetingId, itemId: second, patch: { title: 'Samanträde om tjänstepersonner' } });
  await app.ok('standpoint:save', { meetingId, itemId: third, standpoint: 'PSN ställer sig bakom förslaget efter refleksion.' });
  return { app, meeting: await app.ok('meetings:get', { id: meetingId }), ids: [first, second, third] };
}

const listed = (words: { word: string; count: number; itemIds: number[] }[]) =>
  words.filter((w) => w.word !== 'Årshjul').map(({ word, count, itemIds }) => ({ word, count, itemIds }));

describe('the whole meeting’s spelling check over IPC', () => {
  it('lists the slips in notes, a title and a standpoint with their counts and items, and the right word first', async () => {
    const { app, meeting, ids } = await misspeltDemo();
    const [first, second, third] = ids;
    const { words } = await app.ok('spelling:check', { meetingId: meeting.id });
    expect(listed(words)).toEqual([
      { word: 'refleksion', count: 2, itemIds: [first, third] },
      { word: 'samanträde', count: 3, itemIds: [first, second] },
      { word: 'tjänstepersonner', count: 1, itemIds: [second] },
    ]);
    expect(words.find((w) => w.word === 'samanträde')?.suggestions[0]).toBe('sammanträde');
  });

  it('"Ersätt" mends the first place only; "Ersätt alla" the rest, capital and bold kept, search and index right, over a restart', async () => {
    const { app, meeting, ids } = await misspeltDemo();
    const [first, second] = ids;
    const once = await app.ok('spelling:replace', { meetingId: meeting.id, word: 'samanträde', replacement: 'sammanträde', scope: 'first' });
    expect(once.replaced).toBe(1);
    // What is left is written with a capital first: the list now shows it so.
    expect(listed(once.words).find((w) => w.word === 'Samanträde')).toEqual({ word: 'Samanträde', count: 2, itemIds: [first, second] });

    const all = await app.ok('spelling:replace', { meetingId: meeting.id, word: 'samanträde', replacement: 'sammanträde', scope: 'all' });
    expect(all.replaced).toBe(2);
    expect(all.words.map((w) => w.word.toLowerCase())).not.toContain('samanträde');

    const after = await app.ok('meetings:get', { id: meeting.id });
    const item = after.agenda.find((i) => i.id === first)!;
    expect(notesDocumentSchema.safeParse(item.notes).success).toBe(true);
    expect(notesToPlainText(item.notes)).toBe('Viktigt: vi hade en refleksion om sammanträde.\nSammanträde igen nästa gång.');
    const paragraphOne = item.notes!.root.children[0]!;
    expect(paragraphOne.type === 'paragraph' && paragraphOne.children[0]).toMatchObject({ text: 'Viktigt:', format: 1 });
    expect(item.notesRevision).toBe(meeting.agenda.find((i) => i.id === first)!.notesRevision + 2);
    expect(after.agenda.find((i) => i.id === second)!.title).toBe('Sammanträde om tjänstepersonner');

    const found = async (text: string) => (await app.ok('search:query', { text })).hits.filter((h) => h.meetingId === meeting.id);
    expect((await found('sammanträde')).map((h) => h.itemId).sort()).toEqual([first, second].sort());
    expect(await found('samanträde')).toEqual([]);
    const { stored, rebuilt } = indexAndRebuild(app.db);
    expect(stored).toEqual(rebuilt);

    const restarted = app.reopen();
    expect((await restarted.ok('meetings:get', { id: meeting.id })).agenda.find((i) => i.id === second)!.title).toBe(
      'Sammanträde om tjänstepersonner',
    );
    expect(listed((await restarted.ok('spelling:check', { meetingId: meeting.id })).words).map((w) => w.word)).toEqual([
      'refleksion',
      'tjänstepersonner',
    ]);
  });

  it('a word added to the body’s list is no longer listed', async () => {
    const { app, meeting } = await misspeltDemo();
    const { bodyId } = await app.ok('spelling:context', { meetingId: meeting.id });
    await app.ok('spelling:addWord', { bodyId, word: 'Tjänstepersonner' });
    expect((await app.ok('spelling:check', { meetingId: meeting.id })).words.map((w) => w.word)).not.toContain('tjänstepersonner');
  });

  it('refuses an empty or too long replacement in Swedish, and approved minutes as frozen, nothing changed', async () => {
    const { app, meeting } = await misspeltDemo();
    const request = { meetingId: meeting.id, word: 'refleksion', scope: 'all' } as const;
    expect(await app.fails('spelling:replace', { ...request, replacement: '  ' })).toMatchObject({
      code: 'validation',
      field: 'replacement',
      message: 'Skriv det ord som ska stå i stället.',
    });
    expect(await app.fails('spelling:replace', { ...request, replacement: 'a'.repeat(101) })).toMatchObject({
      code: 'validation',
      message: 'Ersättningen får vara högst 100 tecken.',
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(meeting);

    // The misspelt minutes approved as they are: replacing is refused, the list is still shown.
    await app.ok('review:set', { meetingId: meeting.id, status: 'approved', reviewers: [{ name: 'Tilda Ås', role: 'ordförande' }], approvedOn: '2026-12-07' });
    const frozen = await app.ok('meetings:get', { id: meeting.id });
    expect(await app.fails('spelling:replace', { ...request, replacement: 'reflektion' })).toMatchObject({
      code: 'frozen',
      message: FROZEN_MESSAGE,
    });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(frozen);
    expect((await app.ok('spelling:check', { meetingId: meeting.id })).words.map((w) => w.word)).toContain('refleksion');
  });
});
