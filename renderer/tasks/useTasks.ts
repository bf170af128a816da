import { useEffect, useMemo, useRef } from 'react';
import type { Task } from '../../shared/model/domain';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { patchEditedRow } from '../app/editedRows';
import { editState } from '../agenda/editState';
import type { SetMeeting } from '../agenda/useAgendaEditor';

/** A task as edited: `key` stays the same before and after the host gives it an id. */
export interface TaskDraft extends Omit<Task, 'id'> {
  key: string;
  id: number | null;
}

export interface TaskEditor {
  /** A new, empty task on an item; kept locally until it has a "what". */
  create(itemId: number | null): string;
  change(key: string, patch: Partial<Omit<Task, 'id' | 'itemId'>>, delayMs?: number): void;
  remove(key: string): Promise<void>;
  flush(): void;
}

type Saver = LatestSaver<TaskDraft, Task>;

/** Keeps `meeting.tasks` and the drafts in step; saves through tasks:save / tasks:remove. */
export function useTasks(
  meetingId: number,
  drafts: readonly TaskDraft[],
  setDrafts: (fn: (drafts: TaskDraft[]) => TaskDraft[]) => void,
  setMeeting: SetMeeting,
): TaskEditor {
  const savers = useRef(new Map<string, Saver>());
  const ids = useRef(new Map<string, number>());
  const latest = useRef(new Map<string, TaskDraft>());
  const draftsRef = useRef(drafts);
  draftsRef.current = drafts;

  useEffect(() => {
    const map = savers.current;
    return () => {
      for (const s of map.values()) s.dispose();
    };
  }, []);

  return useMemo<TaskEditor>(() => {
    let counter = 0;
    const saverFor = (key: string): Saver => {
      let saver = savers.current.get(key);
      if (!saver) {
        const source = `task:${meetingId}:${key}`;
        let message = '';
        saver = new LatestSaver<TaskDraft, Task>(source, {
          send: (draft) => {
            const id = ids.current.get(key) ?? draft.id ?? undefined;
            const { key: _k, id: _id, ...rest } = draft;
            return api['tasks:save']({ meetingId, task: { ...rest, what: rest.what.trim(), ...(id ? { id } : {}) } });
          },
          onSaved: (task) => {
            ids.current.set(key, task.id);
            setDrafts((drafts) => drafts.map((d) => (d.key === key ? { ...d, id: task.id } : d)));
            setMeeting((m) => ({
              ...m,
              tasks: m.tasks.some((t) => t.id === task.id) ? m.tasks.map((t) => (t.id === task.id ? task : t)) : [...m.tasks, task],
            }));
          },
          onFailed: (error) => {
            message = error.message;
          },
          onState: (state) => editState.set(source, state, message),
        });
        savers.current.set(key, saver);
      }
      return saver;
    };

    return {
      create(itemId) {
        counter += 1;
        const key = `new-${Date.now()}-${counter}`;
        const draft: TaskDraft = { key, id: null, itemId, what: '', owner: '', deadline: null, done: false };
        latest.current.set(key, draft);
        setDrafts((drafts) => [...drafts, draft]);
        return key;
      },
      change(key, patch, delayMs = 600) {
        const rows = { keyOf: (d: TaskDraft) => d.key, shown: draftsRef.current, setShown: setDrafts, latest: latest.current };
        const next = patchEditedRow(rows, key, patch);
        if (!next) return;
        // The host needs a "what"; an empty one waits until something is written.
        if (next.what.trim() === '') saverFor(key).cancel();
        else saverFor(key).schedule(next, delayMs);
      },
      async remove(key) {
        savers.current.get(key)?.cancel();
        const id = ids.current.get(key) ?? draftsRef.current.find((d) => d.key === key)?.id ?? null;
        if (id !== null) {
          const result = await editState.track('tasks', api['tasks:remove']({ meetingId, taskId: id }), (r) =>
            r.ok ? '' : r.error.message,
          );
          if (!result.ok) return;
          setMeeting((m) => ({ ...m, tasks: m.tasks.filter((t) => t.id !== id) }));
        }
        editState.clear(`task:${meetingId}:${key}`);
        setDrafts((drafts) => drafts.filter((d) => d.key !== key));
      },
      flush() {
        for (const s of savers.current.values()) s.flush();
      },
    };
  }, [meetingId, setDrafts, setMeeting]);
}

export function draftOf(task: Task): TaskDraft {
  return { ...task, key: `task-${task.id}` };
}

