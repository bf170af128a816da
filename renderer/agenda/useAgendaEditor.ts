import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AgendaItem, AgendaItemPatch, Meeting } from '../../shared/model/domain';
import { api } from '../api/client';
import { LatestSaver } from '../app/latestSaver';
import { patchEditedRow } from '../app/editedRows';
import { applyMove, mergeStructure, moveTarget, type MoveKind, type MoveTarget } from './agendaOps';
import { editState } from './editState';

export type SetMeeting = (update: (meeting: Meeting) => Meeting) => void;

export interface AgendaEditor {
  add(parentId: number | null, afterItemId: number | null): Promise<AgendaItem | null>;
  /** Changes shown at once; saved after a pause (`delayMs`, 0 for a choice or a tick box). */
  update(itemId: number, patch: AgendaItemPatch, delayMs?: number): void;
  move(itemId: number, target: MoveTarget): Promise<boolean>;
  moveBy(itemId: number, kind: MoveKind): Promise<boolean>;
  remove(itemId: number): Promise<boolean>;
  /** Sends every pending change now. */
  flush(): void;
}

type Saver = LatestSaver<AgendaItemPatch, AgendaItem>;

const EDITABLE: (keyof AgendaItemPatch)[] = ['title', 'topics', 'kind', 'minutes', 'attachment', 'links', 'presenters'];

function editable(item: AgendaItem): AgendaItemPatch {
  const patch: AgendaItemPatch = {};
  for (const key of EDITABLE) (patch as Record<string, unknown>)[key] = item[key];
  return patch;
}

/**
 * The agenda editor's changes: shown at once in the meeting, saved through
 * agenda:add/update/move/remove. Text waits a short pause; at most one update
 * per item is in flight (LatestSaver), and every save is visible in
 * `data-agenda-state` and the top bar.
 */
export function useAgendaEditor(meeting: Meeting, setMeeting: SetMeeting): AgendaEditor {
  const meetingId = meeting.id;
  const agendaRef = useRef(meeting.agenda);
  agendaRef.current = meeting.agenda;
  const savers = useRef(new Map<number, Saver>());
  /** The latest edited fields per item (state updates apply later; saves need them now). */
  const latest = useRef(new Map<number, AgendaItem>());

  useEffect(() => {
    const map = savers.current;
    return () => {
      for (const saver of map.values()) saver.dispose();
      map.clear();
    };
  }, []);

  const saverFor = useCallback(
    (itemId: number): Saver => {
      let saver = savers.current.get(itemId);
      if (!saver) {
        const source = `agenda-item:${meetingId}:${itemId}`;
        let message = '';
        saver = new LatestSaver<AgendaItemPatch, AgendaItem>(source, {
          send: (patch) => api['agenda:update']({ meetingId, itemId, patch }),
          onFailed: (error) => {
            message = error.message;
          },
          onState: (state) => editState.set(source, state, message),
        });
        savers.current.set(itemId, saver);
      }
      return saver;
    },
    [meetingId],
  );

  return useMemo<AgendaEditor>(() => {
    const setAgenda = (fn: (agenda: AgendaItem[]) => AgendaItem[]) =>
      setMeeting((m) => ({ ...m, agenda: fn(m.agenda) }));

    const flush = () => {
      for (const saver of savers.current.values()) saver.flush();
    };

    const move = async (itemId: number, target: MoveTarget) => {
      setAgenda((agenda) => applyMove(agenda, itemId, target));
      const result = await editState.track(
        'agenda',
        api['agenda:move']({ meetingId, itemId, parentId: target.parentId, index: target.index }),
        (r) => (r.ok ? '' : r.error.message),
      );
      if (result.ok) setAgenda((agenda) => mergeStructure(agenda, result.value));
      return result.ok;
    };

    return {
      flush,
      async add(parentId, afterItemId) {
        flush();
        const result = await editState.track(
          'agenda',
          api['agenda:add']({ meetingId, parentId, afterItemId, title: '' }),
          (r) => (r.ok ? '' : r.error.message),
        );
        if (!result.ok) return null;
        const added = result.value;
        // The host renumbers the siblings; read its order back.
        const fresh = await api['meetings:get']({ id: meetingId });
        if (fresh.ok) setAgenda((agenda) => mergeStructure(agenda, fresh.value.agenda));
        else
          setAgenda((agenda) => [
            ...agenda.map((i) =>
              i.parentId === added.parentId && i.position >= added.position ? { ...i, position: i.position + 1 } : i,
            ),
            added,
          ]);
        return added;
      },
      update(itemId, patch, delayMs = 600) {
        const rows = { keyOf: (i: AgendaItem) => i.id, shown: agendaRef.current, setShown: setAgenda, latest: latest.current };
        const merged = patchEditedRow(rows, itemId, patch);
        if (merged) saverFor(itemId).schedule(editable(merged), delayMs);
      },
      move,
      async moveBy(itemId, kind) {
        const target = moveTarget(agendaRef.current, itemId, kind);
        if (!target) return false;
        return move(itemId, target);
      },
      async remove(itemId) {
        const saver = savers.current.get(itemId);
        saver?.cancel();
        const result = await editState.track('agenda', api['agenda:remove']({ meetingId, itemId }), (r) =>
          r.ok ? '' : r.error.message,
        );
        if (!result.ok) return false;
        if (saver) {
          savers.current.delete(itemId);
          editState.clear(`agenda-item:${meetingId}:${itemId}`);
        }
        const fresh = await api['meetings:get']({ id: meetingId });
        if (fresh.ok) setAgenda((agenda) => mergeStructure(agenda, fresh.value.agenda));
        else setAgenda((agenda) => agenda.filter((i) => i.id !== itemId && i.parentId !== itemId));
        return true;
      },
    };
  }, [meetingId, setMeeting, saverFor]);
}
