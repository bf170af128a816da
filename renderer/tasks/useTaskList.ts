import { useCallback, useState } from 'react';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { useLoad } from '../app/useLoad';
import type { IpcError } from '../../shared/ipc/result';
import type { BodySummary } from '../../shared/model/body';
import type { TaskListEntry, TaskListFilter } from '../../shared/model/task-list';
import { TASKS_PER_PAGE, doneAnnouncement, filterFrom, pageWithin, withEntry } from './taskListModel';

/**
 * The state of "Uppdrag": the filter (kept for the session, so it is there
 * when she comes back from a meeting), the page shown, and marking a task
 * done or open again in place, so the row and the focus on its button stay.
 */

const FILTER_KEY = 'anteckna.uppdrag.filter';

function storedFilter(): TaskListFilter {
  try {
    return filterFrom(JSON.parse(window.sessionStorage.getItem(FILTER_KEY) ?? 'null'));
  } catch {
    return filterFrom(null);
  }
}

function keepFilter(filter: TaskListFilter): void {
  try {
    window.sessionStorage.setItem(FILTER_KEY, JSON.stringify(filter));
  } catch {
    // Without session storage the filter lasts as long as the view.
  }
}

export type TaskListState =
  | { state: 'loading'; entries: TaskListEntry[]; total: number }
  | { state: 'ready'; entries: TaskListEntry[]; total: number }
  | { state: 'error'; error: IpcError; entries: TaskListEntry[]; total: number };

export function useTaskList() {
  const [filter, setFilterState] = useState<TaskListFilter>(storedFilter);
  const [page, setPageState] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const [list, setList] = useState<TaskListState>({ state: 'loading', entries: [], total: 0 });
  const [bodies, setBodies] = useState<BodySummary[]>([]);
  const [pending, setPending] = useState<ReadonlySet<number>>(new Set());
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [announcement, setAnnouncement] = useState('');

  useLoad(async (active) => {
    const result = await api['bodies:list']({});
    if (active() && result.ok) setBodies(result.value);
  }, []);

  useLoad(
    async (active) => {
      const result = await api['tasks:list']({ ...filter, offset: page * TASKS_PER_PAGE, limit: TASKS_PER_PAGE });
      if (!active()) return;
      if (!result.ok) {
        setList((l) => ({ state: 'error', error: result.error, entries: l.entries, total: l.total }));
        setAppState('error');
        return;
      }
      const { entries, total } = result.value;
      const within = pageWithin(page, total);
      // Marked done under the "Öppna" filter, the last page can run out: show the last one there is.
      if (within !== page) {
        setPageState(within);
        return;
      }
      setList({ state: 'ready', entries, total });
      setRowErrors(new Map());
      setAppState('ready');
    },
    [filter, page, attempt],
  );

  // Marked as loading in the same render as the change, so the signal never shows the old list as ready.
  const loading = () => setList((l) => ({ state: 'loading', entries: l.entries, total: l.total }));

  const setFilter = useCallback((change: Partial<TaskListFilter>) => {
    loading();
    setFilterState((current) => {
      const next = { ...current, ...change };
      keepFilter(next);
      return next;
    });
    setPageState(0);
  }, []);

  const setPage = useCallback((next: number) => {
    loading();
    setPageState(next);
  }, []);

  const retry = useCallback(() => {
    loading();
    setAttempt((n) => n + 1);
  }, []);

  const toggleDone = useCallback(
    async (entry: TaskListEntry) => {
      if (pending.has(entry.taskId)) return;
      setPending((p) => new Set(p).add(entry.taskId));
      const result = await api['tasks:setDone']({ taskId: entry.taskId, done: entry.status === 'open' });
      setPending((p) => {
        const next = new Set(p);
        next.delete(entry.taskId);
        return next;
      });
      setRowErrors((errors) => {
        const next = new Map(errors);
        if (result.ok) next.delete(entry.taskId);
        else next.set(entry.taskId, result.error.message);
        return next;
      });
      if (!result.ok) return;
      setList((l) => ({ ...l, entries: withEntry(l.entries, result.value) }));
      setAnnouncement(doneAnnouncement(result.value));
    },
    [pending],
  );

  return { filter, setFilter, page, setPage, retry, list, bodies, pending, rowErrors, announcement, toggleDone };
}
