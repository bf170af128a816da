import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { notes, paragraph } from '../../shared/notes/build';
import { openApp } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';

/** `anteckna stavning`: the whole meeting's spelling check as JSON for scripts, from the built command line. */

const folder = freshCliFolderPerTest('anteckna-stavning-cli-');

async function misspeltDatabase(): Promise<{ path: string; meetingId: number; itemId: number }> {
  const app = openApp(new Date(2026, 11, 7, 10, 0));
  const { meetings } = seedDemo(app.db, app.now.value);
  const meetingId = meetings.find((m) => m.date === '2026-12-03')!.id;
  const itemId = (await app.ok('meetings:get', { id: meetingId })).agenda[5]!.id;
  await app.ok('notes:save', { meetingId, itemId, notes: notes(paragraph('En refleksion om samanträde, och en till refleksion.')) });
  app.db.close();
  return { path: app.path, meetingId, itemId };
}

describe('anteckna stavning', () => {
  it('prints each unknown word as { word, count, itemIds, suggestions }, the right word first, and says in Swedish what is wrong', async () => {
    const { path, meetingId, itemId } = await misspeltDatabase();
    const done = await runCli(['stavning', '--db', path, '--meeting', String(meetingId)], folder.env);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    const printed = JSON.parse(done.stdout) as { word: string; count: number; itemIds: number[]; suggestions: string[] }[];
    for (const entry of printed) expect(Object.keys(entry)).toEqual(['word', 'count', 'itemIds', 'suggestions']);
    const mine = printed.filter((w) => w.itemIds.includes(itemId));
    expect(mine.map(({ word, count, itemIds, suggestions }) => ({ word, count, itemIds, first: suggestions[0] }))).toEqual([
      { word: 'refleksion', count: 2, itemIds: [itemId], first: 'reflektion' },
      { word: 'samanträde', count: 1, itemIds: [itemId], first: 'sammanträde' },
    ]);

    const missing = await runCli(['stavning', '--db', path, '--meeting', '999'], folder.env);
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: 'anteckna: Mötet finns inte.\n' });

    const wrong = await runCli(['stavning', '--db', join(folder.dir, 'x.sqlite')], folder.env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--meeting');

    const help = await runCli(['help'], folder.env);
    expect(help.stdout).toContain('stavning --meeting ID [--db FIL]');
  });
});
