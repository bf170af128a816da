import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/services/demo/demo-data';
import { closeDatabase, openDatabase } from '../../../electron/services/storage/database';
import { openApp } from '../app-support';
import { indexAndRebuild } from './search-support';
import { buildChildScript } from '../child-script';

// The index is written in the same transaction as the text: a process killed
// (kill -9) in the middle of saving leaves both at the same last commit. A
// real child process saves notes, standpoints and attendance as fast as it
// can; it is killed without warning, and the file is read again.

let CHILD = '';
let dir: string;

beforeAll(async () => {
  CHILD = await buildChildScript(
    'search-kill-child',
    `
        import { openDatabase } from './electron/services/storage/database';
        import { createHandlers } from './electron/ipc/handlers';
        import { dispatch } from './electron/ipc/dispatch';
        import { notes, paragraph } from './shared/notes/build';
        const path = process.argv[2] ?? '';
        const db = openDatabase(path);
        const handlers = createHandlers({ db, databasePath: path, version: 'kill-test' });
        const call = (channel, request) => dispatch(handlers, channel, request, { host: 'cli' });
        (async () => {
          const meetingId = Number(process.argv[3]);
          const meeting = (await call('meetings:get', { id: meetingId })).value;
          const items = meeting.agenda.map((i) => i.id);
          const people = meeting.calledPersons;
          for (let n = 1; ; n++) {
            const itemId = items[n % items.length];
            await call('notes:save', { meetingId, itemId, notes: notes(paragraph('Sparning nummer ord' + n + ' om hjälpmedel')) });
            await call('standpoint:save', { meetingId, itemId, standpoint: 'Ställningstagande ståndpunkt' + n });
            const person = people[n % people.length];
            await call('attendance:set', { meetingId, personId: person.id, attendance: { ...person.attendance, status: 'present', note: 'anteckning' + n } });
            process.stdout.write('saved ' + n + '\\n');
          }
        })();`,
  );
  dir = await mkdtemp(join(tmpdir(), 'anteckna-search-kill-'));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the saving child until it has reported `saves` saves, then kills it with SIGKILL; returns the last reported. */
function saveThenKill(path: string, meetingId: number, saves: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, path, String(meetingId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const numbers = [...chunk.toString().matchAll(/saved (\d+)/g)].map((m) => Number(m[1]));
      last = Math.max(last, ...numbers);
      if (last >= saves) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? done(last) : fail(new Error(`Barnprocessen avslutades: ${errors}`))));
  });
}

describe('the index after a killed process', () => {
  it('agrees with the text after kill -9 in the middle of saves, three times over', async () => {
    const path = join(dir, 'anteckna.sqlite');
    const seedDb = openDatabase(path);
    const draft = seedDemo(seedDb, new Date()).meetings.find((m) => m.status === 'draft')!;
    closeDatabase(seedDb);

    for (const saves of [40, 75, 120]) {
      const reported = await saveThenKill(path, draft.id, saves);
      const app = openApp(new Date(), path);
      expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // What the child reported saved is found; its text and the index agree word for word.
      const found = await app.ok('search:query', { text: `ord${reported}` });
      expect(found.hits.map((h) => h.snippet)).toEqual([`Sparning nummer **ord${reported}** om hjälpmedel`]);
      const { stored, rebuilt } = indexAndRebuild(app.db);
      expect(stored).toEqual(rebuilt);
      closeDatabase(app.db);
    }
  }, 120_000);
});
