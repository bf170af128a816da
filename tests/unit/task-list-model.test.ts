import { describe, expect, it } from 'vitest';
import {
  ALL_TASKS,
  chainsOf,
  compareEntries,
  entryOf,
  isTaskOpen,
  itemNumberOf,
  listed,
  summaryOf,
  type TaskChainRow,
  type TaskListEntry,
  type TaskListFilter,
} from '../../shared/model/task-list';
import {
  DEFAULT_FILTER,
  TASKS_PER_PAGE,
  doneAnnouncement,
  emptyMessage,
  filterFrom,
  givenUnderText,
  pageWithin,
  rangeText,
  statusText,
  withEntry,
} from '../../renderer/tasks/taskListModel';
import { openTasks } from '../../renderer/body/carryOver';
import type { Meeting } from '../../shared/model/meeting';

/** A stored task row of SGS's meeting on `date`; carried from `from` when given. */
function row(id: number, date: string, more: Partial<TaskChainRow> = {}): TaskChainRow {
  return {
    id,
    carriedFromTaskId: null,
    meetingId: id * 10,
    meetingDate: date,
    meetingTitle: 'Minnesanteckningar SGS',
    meetingStatus: 'draft',
    bodyId: 1,
    bodyShortName: 'SGS',
    itemId: null,
    itemTitle: null,
    itemIndex: null,
    parentIndex: null,
    what: `Uppdrag ${id}`,
    owner: 'Eva Berg',
    deadline: null,
    done: false,
    doneAt: null,
    doneVia: null,
    ...more,
  };
}

const TODAY = '2026-11-12';

/** The list as storage orders it, from whole rows. */
const taskList = (rows: readonly TaskChainRow[], filter: TaskListFilter, today: string) =>
  listed(
    chainsOf(rows).map((chain) => entryOf(chain, today)),
    filter,
  );

describe('the task list model (shared/model/task-list.ts)', () => {
  it('reads a chain of carried rows as one task, whatever order the rows come in', () => {
    const rows = [row(3, '2026-11-20', { carriedFromTaskId: 2 }), row(1, '2026-09-10'), row(2, '2026-10-15', { carriedFromTaskId: 1 }), row(4, '2026-09-10')];
    expect(chainsOf(rows).map((chain) => chain.map((r) => r.id))).toEqual([
      [1, 2, 3],
      [4],
    ]);
  });

  it('takes what, owner, deadline and done from the latest row, and where it was given from the first', () => {
    const chain = [
      row(1, '2026-09-10', { itemId: 7, itemTitle: ' Övriga frågor ', itemIndex: 1, parentIndex: 0, deadline: '2026-10-01' }),
      row(2, '2026-10-15', { carriedFromTaskId: 1, what: 'Ändrad text', deadline: '2026-12-01' }),
    ];
    const entry = entryOf(chain, TODAY);
    expect(entry).toMatchObject({
      taskId: 1,
      latestTaskId: 2,
      what: 'Ändrad text',
      deadline: '2026-12-01',
      givenIn: { meetingId: 10, date: '2026-09-10', item: { id: 7, number: '1 b)', title: 'Övriga frågor' } },
      followedUpIn: [{ meetingId: 20, date: '2026-10-15' }],
      status: 'open',
      overdue: false,
    });
  });

  it('is overdue only while open with the deadline before today', () => {
    expect(entryOf([row(1, '2026-09-10', { deadline: '2026-11-11' })], TODAY).overdue).toBe(true);
    expect(entryOf([row(1, '2026-09-10', { deadline: TODAY })], TODAY).overdue).toBe(false);
    expect(entryOf([row(1, '2026-09-10', { deadline: '2026-11-11', done: true })], TODAY).overdue).toBe(false);
  });

  it('counts a task marked done from the list on approved minutes as done, though the minutes say open', () => {
    const marked = row(1, '2026-09-10', { meetingStatus: 'approved', doneAt: '2026-11-12T10:00:00.000Z', doneVia: 'task_list' });
    expect(isTaskOpen(marked)).toBe(false);
    expect(entryOf([marked], TODAY)).toMatchObject({ status: 'done', doneVia: 'task_list' });
  });

  it('summarises a chain for the filter and order from its first row and its latest', () => {
    expect(summaryOf({ taskId: 1, bodyId: 2, givenDate: '2026-09-10' }, { owner: 'Eva', deadline: '2026-11-01', done: false, doneAt: null }, TODAY)).toEqual({
      taskId: 1,
      owner: 'Eva',
      deadline: '2026-11-01',
      status: 'open',
      overdue: true,
      body: { id: 2 },
      givenIn: { date: '2026-09-10' },
    });
  });

  it('numbers items as the minutes do', () => {
    expect(itemNumberOf(3, null)).toBe('4');
    expect(itemNumberOf(0, 0)).toBe('1 a)');
  });

  it('filters on part of the owner in any case, å, ä and ö included, and sorts overdue, deadline, newest given', () => {
    const rows = [
      row(1, '2026-09-10', { owner: 'Åsa Öberg', deadline: '2026-12-01' }),
      row(2, '2026-10-15', { owner: 'Anna Lind', deadline: '2026-10-01' }),
      row(3, '2026-10-15', { owner: 'åsa öberg' }),
      row(4, '2026-11-01', { owner: 'Per Ås' }),
      row(5, '2026-09-10', { owner: 'ÅSA', deadline: '2026-12-01' }),
    ];
    expect(taskList(rows, { ...ALL_TASKS, owner: 'ÅSA ö' }, TODAY).map((e) => e.taskId)).toEqual([1, 3]);
    expect(taskList(rows, ALL_TASKS, TODAY).map((e) => e.taskId)).toEqual([2, 5, 1, 4, 3]);
    const a = entryOf([rows[0]!], TODAY);
    expect(compareEntries(a, a)).toBe(0);
  });
});

const entry = (more: Partial<TaskListEntry> = {}): TaskListEntry => ({ ...entryOf([row(1, '2026-09-10')], TODAY), ...more });

describe('the view\'s model (renderer/tasks/taskListModel.ts)', () => {
  it('reads a kept filter back, and anything else as the default (open tasks of every body)', () => {
    expect(filterFrom({ bodyId: 2, owner: 'Eva', status: 'done', overdueOnly: true })).toEqual({ bodyId: 2, owner: 'Eva', status: 'done', overdueOnly: true });
    expect(filterFrom(null)).toEqual(DEFAULT_FILTER);
    expect(filterFrom({ bodyId: -1, owner: 5, status: 'DROP TABLE', overdueOnly: 'ja' })).toEqual(DEFAULT_FILTER);
  });

  it('says in Swedish why the list is empty, in the words of the filter', () => {
    expect(emptyMessage(ALL_TASKS).title).toBe('Inga uppdrag ännu.');
    expect(emptyMessage(DEFAULT_FILTER)).toEqual({ title: 'Inga öppna uppdrag.', hint: 'Välj Alla för att se alla uppdrag.' });
    expect(emptyMessage({ ...DEFAULT_FILTER, overdueOnly: true })).toEqual({
      title: 'Inga försenade uppdrag.',
      hint: 'Ändra filtret för att se fler uppdrag.',
    });
    expect(emptyMessage({ ...ALL_TASKS, owner: 'Eva' }).title).toBe('Inga uppdrag matchar filtret.');
    expect(emptyMessage({ ...ALL_TASKS, status: 'done' }).title).toBe('Inga klara uppdrag.');
  });

  it('counts what is shown and keeps the page within the list', () => {
    expect(rangeText(0, 0, 0)).toBe('Inga uppdrag');
    expect(rangeText(0, 7, 7)).toBe('7 uppdrag');
    expect(rangeText(TASKS_PER_PAGE, TASKS_PER_PAGE, 230)).toBe('Visar 51–100 av 230 uppdrag');
    expect(pageWithin(4, TASKS_PER_PAGE * 2)).toBe(1);
    expect(pageWithin(3, 0)).toBe(0);
  });

  it('tells the status, when and where a task was marked done, and announces the change once', () => {
    expect(statusText(entry())).toBe('Öppen');
    expect(statusText(entry({ overdue: true }))).toBe('Försenad');
    expect(statusText(entry({ status: 'done', doneAt: '2026-11-12T10:00:00.000Z', doneVia: 'task_list' }))).toBe(
      'Klar 12 november 2026, markerad i uppdragslistan',
    );
    expect(statusText(entry({ status: 'done', doneAt: null, doneVia: null }))).toBe('Klar');
    expect(doneAnnouncement(entry({ what: 'Boka lokal', status: 'done' }))).toBe('”Boka lokal” är markerat klart.');
    expect(doneAnnouncement(entry({ what: 'Boka lokal' }))).toBe('”Boka lokal” är öppet igen.');
  });

  it('names the item a task was given under, and replaces a changed entry in its place', () => {
    expect(givenUnderText(entry())).toBe('');
    expect(givenUnderText(entry({ givenIn: { ...entry().givenIn, item: { id: 7, number: '3', title: 'Föregående mötesanteckning' } } }))).toBe(
      'punkt 3 Föregående mötesanteckning',
    );
    const list = [entry(), entry({ taskId: 2 })];
    expect(withEntry(list, entry({ taskId: 2, status: 'done' })).map((e) => e.status)).toEqual(['open', 'done']);
  });
});

describe('"Nytt möte utifrån detta" (renderer/body/carryOver.ts)', () => {
  it('offers only the tasks still open: not those marked done from the list on approved minutes', () => {
    const task = { itemId: null, owner: 'Eva Berg', deadline: null };
    const previous = {
      tasks: [
        { ...task, id: 1, what: 'Öppet', done: false },
        { ...task, id: 2, what: 'Klart i mötet', done: true, doneAt: '2026-11-12T10:00:00.000Z', doneVia: 'meeting' },
        { ...task, id: 3, what: 'Klart i listan', done: false, doneAt: '2026-11-12T10:00:00.000Z', doneVia: 'task_list' },
      ],
    } as Pick<Meeting, 'tasks'> as Meeting;
    expect(openTasks(previous).map((t) => t.what)).toEqual(['Öppet']);
  });
});
