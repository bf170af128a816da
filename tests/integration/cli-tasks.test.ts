import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import type { TaskListEntry } from '../../shared/model/task-list';
import { bodyWithRoster, openApp } from './app-support';
import { freshCliFolderPerTest, runCli } from './cli-support';

// `anteckna tasks`: the list of all tasks as JSON, for scripts.

const testFolder = freshCliFolderPerTest('anteckna-cli-tasks-');

/** A body whose September task was followed up in October, one done and one far in the future; returns the file. */
async function database(): Promise<string> {
  const app = openApp();
  const bodyId = await bodyWithRoster(app);
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2020-09-10' });
  const save = (what: string, owner: string, deadline: string | null, done = false) =>
    app.ok('tasks:save', { meetingId: id, task: { itemId: null, what, owner, deadline, done } });
  await save('Synpunkter på avtalet lämnas', 'Åsa Öberg', '2020-10-01');
  await save('Förslag på namn skickas', 'Anna Lind', '2099-12-31');
  await save('Boka lokal', 'Åsa Öberg', null, true);
  await app.ok('meetings:createFromPrevious', { meetingId: id, date: '2020-10-15' });
  closeDatabase(app.db);
  return app.path;
}

async function tasks(args: string[]): Promise<TaskListEntry[]> {
  const run = await runCli(['tasks', ...args], testFolder.env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { tasks: TaskListEntry[] }).tasks;
}

describe('anteckna tasks', () => {
  it('prints every task as one entry per chain, overdue first, with where it was given and followed up', async () => {
    const db = await database();
    const all = await tasks(['--db', db]);
    expect(all.map((t) => [t.what, t.status, t.overdue])).toEqual([
      ['Synpunkter på avtalet lämnas', 'open', true],
      ['Förslag på namn skickas', 'open', false],
      ['Boka lokal', 'done', false],
    ]);
    expect(all[0]).toMatchObject({ body: { shortName: 'SGS' }, givenIn: { date: '2020-09-10' }, followedUpIn: [{ date: '2020-10-15' }] });
  });

  it('--open leaves out the done ones, --owner keeps those whose owner has the name in any case', async () => {
    const db = await database();
    expect((await tasks(['--db', db, '--open'])).map((t) => t.what)).toEqual(['Synpunkter på avtalet lämnas', 'Förslag på namn skickas']);
    expect((await tasks(['--db', db, '--owner', 'åsa ÖBERG'])).map((t) => t.what)).toEqual(['Synpunkter på avtalet lämnas', 'Boka lokal']);
    expect(await tasks(['--db', db, '--open', '--owner', 'Ingen'])).toEqual([]);
  });

  it('says in Swedish when --owner lacks its name', async () => {
    const run = await runCli(['tasks', '--owner'], testFolder.env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Flaggan --owner behöver ett värde.');
  });
});
