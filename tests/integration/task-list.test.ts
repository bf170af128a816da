import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestOf } from '../../shared/ipc/contract';
import type { Meeting } from '../../shared/model/meeting';
import { ALL_TASKS, type TaskListEntry, type TaskListFilter } from '../../shared/model/task-list';
import { bodyWithRoster, openApp, type TestApp } from './app-support';
import { docxOnlyExporter, readText, sofficeConvert, zipParts } from './export-docx-support';

/** "Uppdrag": tasks carried across meetings as one task, the list of them all, and marking done from it. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type TaskInput = RequestOf<'tasks:save'>['task'];
const task = (what: string, owner: string, deadline: string | null, more: Partial<TaskInput> = {}): TaskInput => ({
  itemId: null,
  what,
  owner,
  deadline,
  done: false,
  ...more,
});

async function meeting(app: TestApp, id: number): Promise<Meeting> {
  return app.ok('meetings:get', { id });
}

async function next(app: TestApp, previous: number, date: string): Promise<Meeting> {
  const { id } = await app.ok('meetings:createFromPrevious', { meetingId: previous, date });
  return meeting(app, id);
}

async function list(app: TestApp, filter: Partial<TaskListFilter> = {}): Promise<TaskListEntry[]> {
  const page = await app.ok('tasks:list', { ...ALL_TASKS, ...filter, offset: 0, limit: 500 });
  expect(page.entries).toHaveLength(page.total);
  return page.entries;
}

const whats = (entries: readonly TaskListEntry[]) => entries.map((e) => e.what);
const entryOf = (entries: readonly TaskListEntry[], what: string) => entries.find((e) => e.what === what)!;

/**
 * SGS: tasks given on 10 September (one under item 3, one already done),
 * followed up on 15 October and 20 November. The handler's clock says 12
 * November 2026.
 */
async function followedUp(app: TestApp) {
  const bodyId = await bodyWithRoster(app);
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-09-10' });
  const first = await meeting(app, id);
  const previousMinutes = first.agenda.find((i) => i.title === 'Föregående mötesanteckning')!;
  const save = (t: TaskInput) => app.ok('tasks:save', { meetingId: id, task: t });
  await save(task('Synpunkter på avtalet lämnas', 'Eva Berg', '2026-10-01', { itemId: previousMinutes.id }));
  await save(task('Förslag på namn skickas', 'Anna Lind', '2026-12-31'));
  await save(task('Bjud in vårdcentralerna', 'eva berg', null));
  await save(task('Boka lokal', 'Pia Lund', '2026-09-20', { done: true }));
  const second = await next(app, id, '2026-10-15');
  const third = await next(app, second.id, '2026-11-20');
  return { bodyId, first: await meeting(app, id), second, third };
}

describe('a task carried across meetings is one task', () => {
  it('is given in its first meeting and followed up in the later ones, done tasks not carried', async () => {
    const app = openApp();
    const { first, second, third } = await followedUp(app);
    expect(second.tasks.map((t) => t.what)).toEqual(['Synpunkter på avtalet lämnas', 'Förslag på namn skickas', 'Bjud in vårdcentralerna']);

    const entries = await list(app);
    expect(entries).toHaveLength(4);
    const given = entryOf(entries, 'Synpunkter på avtalet lämnas');
    expect(given).toMatchObject({
      taskId: first.tasks[0]!.id,
      latestTaskId: third.tasks[0]!.id,
      owner: 'Eva Berg',
      deadline: '2026-10-01',
      body: { shortName: 'SGS' },
      givenIn: {
        meetingId: first.id,
        date: '2026-09-10',
        title: 'Minnesanteckningar SGS',
        item: { number: '3', title: 'Föregående mötesanteckning' },
      },
      status: 'open',
      overdue: true,
    });
    expect(given.followedUpIn.map((m) => [m.meetingId, m.date])).toEqual([
      [second.id, '2026-10-15'],
      [third.id, '2026-11-20'],
    ]);
    expect(entryOf(entries, 'Boka lokal')).toMatchObject({ status: 'done', doneVia: 'meeting', followedUpIn: [], givenIn: { item: null } });
  });

  it('stamps when a task is ticked done in its meeting, keeps the stamp on later saves, and clears it when unticked', async () => {
    const app = openApp();
    const { third } = await followedUp(app);
    const carried = third.tasks[1]!;
    app.now.value = new Date('2026-11-20T14:05:00Z');
    await app.ok('tasks:save', { meetingId: third.id, task: { ...carried, done: true } });
    app.now.value = new Date('2026-11-21T09:00:00Z');
    await app.ok('tasks:save', { meetingId: third.id, task: { ...carried, what: 'Förslag på namn skickas in', done: true } });
    expect(entryOf(await list(app), 'Förslag på namn skickas in')).toMatchObject({
      status: 'done',
      doneAt: '2026-11-20T14:05:00.000Z',
      doneVia: 'meeting',
    });

    await app.ok('tasks:save', { meetingId: third.id, task: { ...carried, done: false } });
    expect(entryOf(await list(app), 'Förslag på namn skickas')).toMatchObject({ status: 'open', doneAt: null, doneVia: null });
  });
});

describe('tasks:list filters and sorts', () => {
  it('filters by body, part of the owner in any case, open or done, and overdue only', async () => {
    const app = openApp();
    const { bodyId } = await followedUp(app);
    const otherBody = await bodyWithRoster(app, { name: 'Ledningsgrupp i Strandby', shortName: 'LGS' });
    const { id } = await app.ok('meetings:createFromBody', { bodyId: otherBody, date: '2026-11-02' });
    await app.ok('tasks:save', { meetingId: id, task: task('Ta fram lägesbild', 'Eva Bergström', '2026-11-30') });

    expect(whats(await list(app, { bodyId: otherBody }))).toEqual(['Ta fram lägesbild']);
    expect(await list(app, { bodyId })).toHaveLength(4);
    expect(whats(await list(app, { owner: 'BERG', status: 'open' }))).toEqual([
      'Synpunkter på avtalet lämnas',
      'Ta fram lägesbild',
      'Bjud in vårdcentralerna',
    ]);
    expect(whats(await list(app, { status: 'done' }))).toEqual(['Boka lokal']);
    expect(whats(await list(app, { overdueOnly: true }))).toEqual(['Synpunkter på avtalet lämnas']);
    expect(await list(app, { owner: 'Ingen sådan' })).toEqual([]);
  });

  it('sorts overdue first, then by deadline (none last), then the newest given, and pages', async () => {
    const app = openApp();
    await followedUp(app);
    expect(whats(await list(app))).toEqual([
      'Synpunkter på avtalet lämnas',
      'Boka lokal',
      'Förslag på namn skickas',
      'Bjud in vårdcentralerna',
    ]);
    const page = await app.ok('tasks:list', { ...ALL_TASKS, offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(whats(page.entries)).toEqual(['Boka lokal', 'Förslag på namn skickas']);
  });

  it("takes today from the handler's clock: a deadline becomes overdue the day after", async () => {
    const app = openApp();
    await followedUp(app);
    app.now.value = new Date(2026, 11, 31, 23, 0);
    expect(whats(await list(app, { overdueOnly: true }))).toEqual(['Synpunkter på avtalet lämnas']);
    app.now.value = new Date(2027, 0, 1, 8, 0);
    expect(whats(await list(app, { overdueOnly: true }))).toEqual(['Synpunkter på avtalet lämnas', 'Förslag på namn skickas']);
  });
});

describe('tasks:setDone', () => {
  it('on a draft marks the latest row done in its meeting, from the list; reopening clears it', async () => {
    const app = openApp();
    const { second, third } = await followedUp(app);
    const entry = entryOf(await list(app), 'Förslag på namn skickas');

    const done = await app.ok('tasks:setDone', { taskId: entry.taskId, done: true });
    expect(done).toMatchObject({ taskId: entry.taskId, status: 'done', doneAt: app.now.value.toISOString(), doneVia: 'task_list' });
    expect((await meeting(app, third.id)).tasks[1]).toMatchObject({ done: true, doneVia: 'task_list' });
    expect((await meeting(app, second.id)).tasks[1]!.done).toBe(false);

    const reopened = await app.ok('tasks:setDone', { taskId: entry.taskId, done: false });
    expect(reopened).toMatchObject({ status: 'open', doneAt: null, doneVia: null });
    expect((await meeting(app, third.id)).tasks[1]!.done).toBe(false);
  });

  it('on approved minutes records only when and where: the minutes and their export are unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anteckna-tasklist-'));
    dirs.push(dir);
    const app = openApp(undefined, undefined, { exporter: docxOnlyExporter(dir) });
    const { third } = await followedUp(app);
    await app.ok('review:set', {
      meetingId: third.id,
      status: 'approved',
      reviewers: [{ name: 'Eva Berg', role: 'ordförande' }],
      approvedOn: '2026-11-25',
    });
    const approved = await meeting(app, third.id);
    const exportDocx = async (name: string) => {
      const file = await app.ok('export:file', { meetingId: third.id, format: 'docx', overwrite: true });
      const copy = join(dir, `${name}.docx`);
      const bytes = readFileSync(file.path);
      rmSync(file.path);
      writeFileSync(copy, bytes);
      return { bytes, copy };
    };
    const before = await exportDocx('fore');
    const htmlBefore = (await app.ok('export:preview', { meetingId: third.id })).html;

    const entry = entryOf(await list(app), 'Förslag på namn skickas');
    const done = await app.ok('tasks:setDone', { taskId: entry.taskId, done: true });
    expect(done).toMatchObject({ status: 'done', doneVia: 'task_list', doneAt: app.now.value.toISOString() });

    const after = await exportDocx('efter');
    expect((await app.ok('export:preview', { meetingId: third.id })).html).toBe(htmlBefore);
    // Every part of the DOCX byte for byte, but the export's own moment in its
    // properties and the bookmark ids the DOCX library counts per process.
    const parts = (bytes: Uint8Array) => {
      const { ['docProps/core.xml']: _moment, ...rest } = zipParts(bytes);
      return Object.fromEntries(Object.entries(rest).map(([name, xml]) => [name, xml.replace(/ w:id="\d+"/g, ' w:id=""')]));
    };
    expect(Object.keys(parts(before.bytes))).toContain('word/document.xml');
    expect(parts(after.bytes)).toEqual(parts(before.bytes));
    const [textBefore, textAfter] = await sofficeConvert([before.copy, after.copy], 'txt:Text', join(dir, 'txt'));
    expect(await readText(textAfter!)).toBe(await readText(textBefore!));
    expect(await readText(textAfter!)).toContain('Förslag på namn skickas – Anna Lind');
    expect(await readText(textAfter!)).not.toContain('Förslag på namn skickas – Anna Lind, senast 31 december 2026 (klart)');

    const stored = await meeting(app, third.id);
    expect(stored).toEqual({
      ...approved,
      tasks: approved.tasks.map((t, i) => (i === 1 ? { ...t, doneAt: done.doneAt, doneVia: 'task_list' } : t)),
    });

    // Not carried into the next meeting: the open ones are exactly what it follows up.
    const fourth = await next(app, third.id, '2027-01-14');
    expect(fourth.tasks.map((t) => t.what)).toEqual(['Synpunkter på avtalet lämnas', 'Bjud in vårdcentralerna']);
    const open = await list(app, { status: 'open' });
    expect(open.map((e) => e.latestTaskId).sort()).toEqual(fourth.tasks.map((t) => t.id).sort());
  });

  it('reopens from the list what was marked done there on approved minutes, but not what the approved minutes say is done', async () => {
    const app = openApp();
    const { third } = await followedUp(app);
    await app.ok('tasks:save', { meetingId: third.id, task: { ...third.tasks[0]!, done: true } });
    await app.ok('review:set', {
      meetingId: third.id,
      status: 'approved',
      reviewers: [{ name: 'Eva Berg', role: 'ordförande' }],
      approvedOn: '2026-11-25',
    });
    const entries = await list(app);
    const marked = await app.ok('tasks:setDone', { taskId: entryOf(entries, 'Förslag på namn skickas').taskId, done: true });
    expect(await app.ok('tasks:setDone', { taskId: marked.taskId, done: false })).toMatchObject({ status: 'open', doneAt: null });

    const doneInMinutes = entryOf(entries, 'Synpunkter på avtalet lämnas');
    expect(await app.fails('tasks:setDone', { taskId: doneInMinutes.taskId, done: false })).toEqual({
      code: 'frozen',
      message:
        'Uppdraget står som klart i den justerade mötesanteckningen och kan inte öppnas igen härifrån. Lås upp mötesanteckningen först.',
      field: 'done',
    });
    expect(await app.fails('tasks:setDone', { taskId: 999_999, done: true })).toMatchObject({ code: 'not_found' });
  });

  it('a new meeting from the body carries the open tasks with their link too', async () => {
    const app = openApp();
    const { bodyId, third } = await followedUp(app);
    const entry = entryOf(await list(app), 'Bjud in vårdcentralerna');
    await app.ok('tasks:setDone', { taskId: entry.taskId, done: true });
    const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2027-01-14' });
    const fourth = await meeting(app, id);
    expect(fourth.tasks.map((t) => t.what)).toEqual(['Synpunkter på avtalet lämnas', 'Förslag på namn skickas']);
    const given = entryOf(await list(app), 'Förslag på namn skickas');
    expect(given.followedUpIn.map((m) => m.meetingId)).toEqual([third.id - 1, third.id, id]);
    expect(given.latestTaskId).toBe(fourth.tasks[1]!.id);
  });
});
