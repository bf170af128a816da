import { useCallback, useEffect, useRef, useState } from 'react';
import { UNMARKED_ATTENDANCE, type Attendance, type CalledPerson } from '../../shared/model/domain';
import { unmarkedCalledPersons, type AttendanceEvent } from '../../shared/model/attendance';
import { api } from '../api/client';
import { saveTracker } from '../app/saveTracker';
import { count } from '../app/text';
import { attendanceState, attendanceText, personName } from './text';

/**
 * The board's save queue. A change is shown at once and sent in order, one
 * request at a time, so a quick series of keys lands as typed; a failed save
 * puts the row back to what is stored and says why. Undo and "Markera övriga
 * som närvarande" go through the same queue, after the changes before them.
 */

type Op =
  | { kind: 'set'; personId: number; attendance: Attendance }
  | { kind: 'undo' }
  | { kind: 'markUnmarked' };

export type AttendanceSaveState = 'saved' | 'saving' | 'error';

export interface AttendanceQueue {
  persons: CalledPerson[];
  history: AttendanceEvent[];
  saveState: AttendanceSaveState;
  /** Why the latest save failed, for the banner; null when all is stored. */
  error: string | null;
  rowErrors: ReadonlyMap<number, string>;
  /** What a screen reader hears after a change. */
  announce: string;
  setAnnounce: (text: string) => void;
  setError: (text: string | null) => void;
  setAttendance: (personId: number, attendance: Attendance) => void;
  undo: () => void;
  markUnmarkedPresent: () => void;
  /** A person added from the board (stored already). */
  added: (person: CalledPerson) => void;
  /** Changes stored together by another action (a Teams report): shown, new persons listed, events in the history. */
  batchStored: (changed: readonly CalledPerson[], added: readonly CalledPerson[], events: readonly AttendanceEvent[]) => void;
  removed: (personId: number) => void;
  nameOf: (personId: number) => string;
}

export function useAttendanceQueue(meetingId: number, initialPersons: CalledPerson[], initialHistory: AttendanceEvent[], frozen: boolean): AttendanceQueue {
  const [persons, setPersons] = useState<CalledPerson[]>(initialPersons);
  const [history, setHistory] = useState<AttendanceEvent[]>(initialHistory);
  const [saveState, setSaveState] = useState<AttendanceSaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [announce, setAnnounce] = useState('');

  // Server-confirmed state per person, to go back to when a save fails.
  const confirmed = useRef(new Map(initialPersons.map((p) => [p.id, p])));
  const queue = useRef<Op[]>([]);
  const running = useRef(false);
  // The newest state the board shows, also between a change and the next render.
  const personsRef = useRef(persons);
  const updatePersons = useCallback((fn: (prev: CalledPerson[]) => CalledPerson[]) => {
    personsRef.current = fn(personsRef.current);
    setPersons(personsRef.current);
  }, []);

  const source = `attendance:${meetingId}`;
  useEffect(() => () => saveTracker.clear(source), [source]);

  const showPersons = useCallback(
    (changed: readonly CalledPerson[]) => {
      const byId = new Map(changed.map((p) => [p.id, p]));
      updatePersons((prev) => prev.map((p) => byId.get(p.id) ?? p));
    },
    [updatePersons],
  );

  const setRowError = useCallback((personId: number, message: string | null) => {
    setRowErrors((prev) => {
      if (message === null && !prev.has(personId)) return prev;
      const next = new Map(prev);
      if (message === null) next.delete(personId);
      else next.set(personId, message);
      return next;
    });
  }, []);

  /** Stored persons from the host: confirmed, and shown unless a later change to them is still on its way. */
  const confirm = useCallback(
    (stored: readonly CalledPerson[]) => {
      for (const p of stored) {
        confirmed.current.set(p.id, p);
        setRowError(p.id, null);
      }
      const pending = (id: number) => queue.current.some((o) => o.kind === 'set' && o.personId === id);
      showPersons(stored.filter((p) => !pending(p.id)));
    },
    [setRowError, showPersons],
  );

  const run = useCallback(
    async (op: Op): Promise<string | null> => {
      switch (op.kind) {
        case 'set': {
          const result = await api['attendance:set']({ meetingId, personId: op.personId, attendance: op.attendance });
          if (result.ok) {
            confirm([result.value.person]);
            setHistory((prev) => [...prev, result.value.event]);
            return null;
          }
          // The row goes back to what is stored; later changes to it are dropped.
          queue.current = queue.current.filter((o) => !(o.kind === 'set' && o.personId === op.personId));
          const stored = confirmed.current.get(op.personId);
          if (stored) showPersons([stored]);
          const name = stored ? personName(stored) : 'personen';
          setRowError(op.personId, result.error.message);
          // Announced once, by the board's error banner this message becomes.
          return `Närvaron för ${name} kunde inte sparas: ${result.error.message}`;
        }
        case 'undo': {
          const result = await api['attendance:undo']({ meetingId });
          if (!result.ok) return `Kunde inte ångra: ${result.error.message}`;
          const { persons: back, removed: gone } = result.value;
          confirm(back);
          // Persons the step had added (Teams guests) are off the called list again.
          if (gone.length > 0) updatePersons((prev) => prev.filter((p) => !gone.includes(p.id)));
          const only = back.length === 1 && gone.length === 0 ? back[0] : undefined;
          const total = back.length + gone.length;
          setAnnounce(
            total === 0
              ? 'Det finns inget att ångra.'
              : only
                ? `Ångrat. ${personName(only)}: ${attendanceText(only.attendance)}.`
                : `Ångrat för ${count(total, 'person', 'personer')}.`,
          );
          const fresh = await api['attendance:history']({ meetingId });
          if (fresh.ok) setHistory(fresh.value);
          return null;
        }
        case 'markUnmarked': {
          const result = await api['attendance:markUnmarkedPresent']({ meetingId });
          if (!result.ok) {
            // Those shown as present go back to what is stored.
            showPersons(unmarkedCalledPersons([...confirmed.current.values()]));
            return `Kunde inte markera de övriga: ${result.error.message}`;
          }
          confirm(result.value.persons);
          setHistory((prev) => [...prev, ...result.value.events]);
          return null;
        }
        default: {
          const never: never = op;
          throw new Error(`Unhandled attendance operation ${String(never)}`);
        }
      }
    },
    [meetingId, confirm, setRowError, showPersons, updatePersons],
  );

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setSaveState('saving');
    saveTracker.set(source, 'saving');
    let failed: string | null = null;
    while (queue.current.length > 0) {
      const op = queue.current.shift()!;
      failed = (await run(op)) ?? failed;
    }
    running.current = false;
    setError(failed);
    setSaveState(failed ? 'error' : 'saved');
    saveTracker.set(source, failed ? 'error' : 'saved', failed ?? undefined);
  }, [run, source]);

  const enqueue = useCallback(
    (op: Op) => {
      queue.current.push(op);
      setSaveState('saving');
      void pump();
    },
    [pump],
  );

  const setAttendance = useCallback(
    (personId: number, attendance: Attendance) => {
      const current = personsRef.current.find((p) => p.id === personId);
      if (!current || frozen) return;
      if (JSON.stringify(current.attendance) === JSON.stringify(attendance)) return;
      showPersons([{ ...current, attendance }]);
      setAnnounce(`${personName(current)}: ${attendanceState(attendance)}.`);
      enqueue({ kind: 'set', personId, attendance });
    },
    [frozen, enqueue, showPersons],
  );

  const undo = useCallback(() => {
    if (!frozen) enqueue({ kind: 'undo' });
  }, [frozen, enqueue]);

  const markUnmarkedPresent = useCallback(() => {
    if (frozen) return;
    const unmarked = unmarkedCalledPersons(personsRef.current);
    if (unmarked.length === 0) return;
    showPersons(unmarked.map((p) => ({ ...p, attendance: { ...UNMARKED_ATTENDANCE, status: 'present' } })));
    setAnnounce(`${count(unmarked.length, 'person', 'personer')} markerade som närvarande. Ctrl+Z ångrar.`);
    enqueue({ kind: 'markUnmarked' });
  }, [frozen, enqueue, showPersons]);

  const added = useCallback(
    (person: CalledPerson) => {
      confirmed.current.set(person.id, person);
      updatePersons((prev) => [...prev, person]);
      setAnnounce(`${personName(person)} har lagts till.`);
    },
    [updatePersons],
  );

  const batchStored = useCallback(
    (changed: readonly CalledPerson[], added: readonly CalledPerson[], events: readonly AttendanceEvent[]) => {
      for (const p of added) confirmed.current.set(p.id, p);
      confirm(changed);
      updatePersons((prev) => [...prev, ...added]);
      setHistory((prev) => [...prev, ...events]);
    },
    [confirm, updatePersons],
  );

  const removed = useCallback(
    (personId: number) => {
      const person = personsRef.current.find((p) => p.id === personId);
      updatePersons((prev) => prev.filter((p) => p.id !== personId));
      if (person) setAnnounce(`${personName(person)} har tagits bort från mötet.`);
    },
    [updatePersons],
  );

  const nameOf = useCallback((personId: number) => {
    const p = personsRef.current.find((x) => x.id === personId) ?? confirmed.current.get(personId);
    return p ? personName(p) : 'Borttagen person';
  }, []);

  return {
    persons,
    history,
    saveState,
    error,
    rowErrors,
    announce,
    setAnnounce,
    setError,
    setAttendance,
    undo,
    markUnmarkedPresent,
    added,
    batchStored,
    removed,
    nameOf,
  };
}
