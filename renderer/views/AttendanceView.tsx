import {
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { flushSync } from 'react-dom';
import type { Attendance, AttendanceStatus, Body, CalledPerson, Meeting } from '../../shared/model/domain';
import { clockMinutes, clockTimeSchema } from '../../shared/model/domain';
import { countAttendance, type AttendanceEvent } from '../../shared/model/attendance';
import { numberAgenda } from '../../shared/model/agenda';
import type { IpcError } from '../../shared/ipc/result';
import { attendanceLabel, isPresidingRole, roleLabel } from '../../shared/format/labels';
import { attendanceDetail, attended } from '../../shared/format/attendance';
import { formatMeetingDate } from '../../shared/format/date';
import { matchesName } from '../../shared/format/sort';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { meetingHref, navigate } from '../app/router';
import { saveTracker } from '../app/saveTracker';
import { useFocusHeading } from '../app/useFocusHeading';
import { clockNow, normalizeClock } from '../app/validation';
import { LoadFailure } from '../components/LoadFailure';
import { ErrorBanner, InfoBanner } from '../components/Banner';
import { labelAgenda, type LabelledItem } from './AgendaItemView';
import { MeetingTabs } from './MeetingTabs';
import { LoadingBlock } from './StartView';

/**
 * The attendance board for live use during the meeting: every called person
 * with a one-click, one-key status, live counts, a search, the history of
 * changes and undo. Each change is saved at once; `data-attendance-state`
 * (saved | saving | error) on the board tells tests and the top bar when.
 */

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; meeting: Meeting; body: Body | null; history: AttendanceEvent[] };

export function AttendanceView({ meetingId }: { meetingId: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void (async () => {
      const [meeting, history] = await Promise.all([
        api['meetings:get']({ id: meetingId }),
        api['attendance:history']({ meetingId }),
      ]);
      if (cancelled) return;
      if (!meeting.ok) {
        setLoad({ state: 'error', error: meeting.error });
        setAppState('error');
        return;
      }
      const body = await api['bodies:get']({ id: meeting.value.bodyId });
      if (cancelled) return;
      setLoad({
        state: 'ready',
        meeting: meeting.value,
        body: body.ok ? body.value : null,
        history: history.ok ? history.value : [],
      });
      setAppState('ready');
    })();
    return () => {
      cancelled = true;
    };
  }, [meetingId, attempt]);

  return (
    <div className="page page-attendance">
      <MeetingTabs meetingId={meetingId} current="attendance" />
      {load.state === 'loading' && <LoadingBlock text="Hämtar närvarolistan …" />}
      {load.state === 'error' && (
        <LoadFailure
          error={load.error}
          notFoundTitle="Mötet finns inte"
          failedTitle="Närvarolistan kunde inte öppnas"
          onRetry={() => {
                setLoad({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
        />
      )}
      {load.state === 'ready' && <Board meeting={load.meeting} body={load.body} initialHistory={load.history} />}
    </div>
  );
}

// ---------------------------------------------------------------------------

type MarkedStatus = Exclude<AttendanceStatus, 'unmarked'>;

/** The four statuses, one key each. */
export const STATUS_OPTIONS: { status: MarkedStatus; keys: string[]; hint: string }[] = [
  { status: 'present', keys: ['1', 'n'], hint: 'N' },
  { status: 'remote', keys: ['2', 'l'], hint: 'L' },
  { status: 'excused', keys: ['3', 'f'], hint: 'F' },
  { status: 'absent', keys: ['4', 'x'], hint: 'X' },
];

/**
 * Beside the status: "Delvis" opens the times (came/left), "Ersättare" the
 * substitute. They combine with a status ("late and on Teams", "left early
 * and replaced"), so they are toggles, not statuses.
 */
export const DETAIL_OPTIONS: { detail: 'times' | 'substitute'; label: string; keys: string[]; hint: string }[] = [
  { detail: 'times', label: 'Delvis', keys: ['5', 'd'], hint: 'D' },
  { detail: 'substitute', label: 'Ersättare', keys: ['6', 'e'], hint: 'E' },
];

type BoardChoice = MarkedStatus | 'times' | 'substitute';

function choiceForKey(key: string): BoardChoice | null {
  const k = key.toLowerCase();
  return (
    STATUS_OPTIONS.find((o) => o.keys.includes(k))?.status ?? DETAIL_OPTIONS.find((o) => o.keys.includes(k))?.detail ?? null
  );
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

function displayClock(time: string | null): string {
  return time ? time.replace(':', '.') : '';
}

/** "Närvarande (från 13.30)", "Förhinder (Per Ek ersätter)". */
export function attendanceText(a: Attendance): string {
  const detail = attendanceDetail({ ...a, note: '' });
  return `${attendanceLabel(a.status)}${detail ? ` (${detail})` : ''}`;
}

/** "13.32 Anna Berg: Delvis (kom 13.30)". */
function eventText(event: AttendanceEvent, name: string): string {
  const { before, after } = event;
  let what = attendanceText(after);
  if (before.status === after.status && attendanceText(before) === what && before.note !== after.note) {
    what = after.note ? `anteckning ”${after.note}”` : 'anteckningen borttagen';
  } else if (after.note && after.note !== before.note) {
    what = `${what}, ”${after.note}”`;
  }
  return `${event.clock.replace(':', '.')} ${name}: ${what}`;
}

function personName(p: CalledPerson): string {
  return p.vacant ? 'Vakant plats' : p.name.trim() || 'Namnlös';
}

/** "(S), Kustregionen, vice ordförande" – what identifies the person beside the name. */
function personDetails(p: CalledPerson): ReactNode {
  const parts: ReactNode[] = [];
  if (p.organisation) parts.push(p.organisation);
  if (p.title) parts.push(p.title);
  if (p.kind === 'member' && p.role !== 'ledamot') {
    parts.push(isPresidingRole(p.role) ? <strong key="role">{roleLabel(p.role)}</strong> : roleLabel(p.role));
  }
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && ', '}
      {part}
    </span>
  ));
}

interface Group {
  key: string;
  side: string;
  category: string;
  persons: CalledPerson[];
}

function kindOrder(p: CalledPerson): number {
  return p.kind === 'member' ? 0 : p.kind === 'invitee' ? 1 : 2;
}

function groupPersons(persons: CalledPerson[]): Group[] {
  const groups: Group[] = [];
  const sorted = [...persons].sort((a, b) => kindOrder(a) - kindOrder(b) || a.position - b.position || a.id - b.id);
  for (const p of sorted) {
    const side = p.kind === 'member' ? p.sideName : '';
    const category = p.kind === 'member' ? p.categoryName : p.kind === 'invitee' ? 'Inbjudna' : 'Gäster och föredragande';
    const key = `${p.kind}|${side}|${category}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, side, category, persons: [] };
      groups.push(group);
    }
    group.persons.push(p);
  }
  return groups;
}

type Op = { kind: 'set'; personId: number; attendance: Attendance } | { kind: 'undo' };
export type AttendanceSaveState = 'saved' | 'saving' | 'error';

function Board({ meeting, body, initialHistory }: { meeting: Meeting; body: Body | null; initialHistory: AttendanceEvent[] }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);
  const baseId = useId();
  const frozen = meeting.status === 'approved';
  const [persons, setPersons] = useState<CalledPerson[]>(meeting.calledPersons);
  const [history, setHistory] = useState<AttendanceEvent[]>(initialHistory);
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<number | null>(null);
  const [saveState, setSaveState] = useState<AttendanceSaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<ReadonlyMap<number, string>>(new Map());
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Server-confirmed state per person, to go back to when a save fails.
  const confirmed = useRef(new Map(meeting.calledPersons.map((p) => [p.id, p])));
  const queue = useRef<Op[]>([]);
  const running = useRef(false);
  // The newest state the board shows, also between a change and the next render.
  const personsRef = useRef(persons);
  const updatePersons = useCallback((fn: (prev: CalledPerson[]) => CalledPerson[]) => {
    personsRef.current = fn(personsRef.current);
    setPersons(personsRef.current);
  }, []);

  const agenda = useMemo(() => labelAgenda(numberAgenda(meeting.agenda)), [meeting.agenda]);

  const source = `attendance:${meeting.id}`;
  useEffect(() => () => saveTracker.clear(source), [source]);

  const showPerson = useCallback(
    (person: CalledPerson) => updatePersons((prev) => prev.map((p) => (p.id === person.id ? person : p))),
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

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setSaveState('saving');
    saveTracker.set(source, 'saving');
    let failed: string | null = null;
    while (queue.current.length > 0) {
      const op = queue.current.shift()!;
      if (op.kind === 'set') {
        const result = await api['attendance:set']({ meetingId: meeting.id, personId: op.personId, attendance: op.attendance });
        const stillPending = queue.current.some((o) => o.kind === 'set' && o.personId === op.personId);
        if (result.ok) {
          confirmed.current.set(op.personId, result.value.person);
          if (!stillPending) showPerson(result.value.person);
          setHistory((prev) => [...prev, result.value.event]);
          setRowError(op.personId, null);
        } else {
          // The board goes back to what is stored for this row; later changes to it are dropped.
          queue.current = queue.current.filter((o) => !(o.kind === 'set' && o.personId === op.personId));
          const stored = confirmed.current.get(op.personId);
          if (stored) showPerson(stored);
          const name = stored ? personName(stored) : 'personen';
          failed = `Närvaron för ${name} kunde inte sparas: ${result.error.message}`;
          setRowError(op.personId, result.error.message);
          setAnnounce(`${name}: inte sparat.`);
        }
      } else {
        const result = await api['attendance:undo']({ meetingId: meeting.id });
        if (result.ok) {
          const person = result.value.person;
          if (person) {
            confirmed.current.set(person.id, person);
            showPerson(person);
            setRowError(person.id, null);
            setAnnounce(`Ångrat. ${personName(person)}: ${attendanceText(person.attendance)}.`);
          } else {
            setAnnounce('Det finns inget att ångra.');
          }
          const fresh = await api['attendance:history']({ meetingId: meeting.id });
          if (fresh.ok) setHistory(fresh.value);
        } else {
          failed = `Kunde inte ångra: ${result.error.message}`;
        }
      }
    }
    running.current = false;
    setError(failed);
    setSaveState(failed ? 'error' : 'saved');
    saveTracker.set(source, failed ? 'error' : 'saved', failed ?? undefined);
  }, [meeting.id, showPerson, setRowError, source]);

  const setAttendance = useCallback(
    (personId: number, attendance: Attendance) => {
      const current = personsRef.current.find((p) => p.id === personId);
      if (!current || frozen) return;
      if (JSON.stringify(current.attendance) === JSON.stringify(attendance)) return;
      showPerson({ ...current, attendance });
      setAnnounce(`${personName(current)}: ${attendanceText(attendance)}.`);
      queue.current.push({ kind: 'set', personId, attendance });
      setSaveState('saving');
      void pump();
    },
    [frozen, pump, showPerson],
  );

  const undo = useCallback(() => {
    if (frozen) return;
    queue.current.push({ kind: 'undo' });
    setSaveState('saving');
    void pump();
  }, [frozen, pump]);

  // Ctrl+Z (⌘Z) takes back the latest change, unless the secretary is typing in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        if (isTextField(event.target)) return;
        if (document.querySelector('dialog[open]')) return;
        event.preventDefault();
        undo();
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        navigate(meetingHref(meeting.id));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo, meeting.id]);

  const filtered = useMemo(() => {
    const q = query.trim();
    if (!q) return persons;
    return persons.filter((p) => !p.vacant && matchesName(q, p.name));
  }, [persons, query]);
  const groups = useMemo(() => groupPersons(filtered), [filtered]);
  const counts = countAttendance(persons);
  const firstFocusable = groups.flatMap((g) => g.persons).find((p) => !p.vacant)?.id ?? null;
  const tabId = activeId !== null && filtered.some((p) => p.id === activeId && !p.vacant) ? activeId : firstFocusable;

  const rows = useCallback(() => Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-att-row]') ?? []), []);
  const focusRow = useCallback((personId: number) => {
    listRef.current?.querySelector<HTMLElement>(`[data-att-row="${personId}"]`)?.focus();
  }, []);
  const moveFocus = useCallback((from: number, to: 'next' | 'prev' | 'first' | 'last') => {
    const all = rows();
    const at = all.findIndex((el) => el.dataset.attRow === String(from));
    const target =
      to === 'first' ? all[0] : to === 'last' ? all[all.length - 1] : to === 'next' ? all[Math.min(at + 1, all.length - 1)] : all[Math.max(at - 1, 0)];
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }, [rows]);

  const nameOf = useCallback(
    (personId: number) => {
      const p = persons.find((x) => x.id === personId) ?? confirmed.current.get(personId);
      return p ? personName(p) : 'Borttagen person';
    },
    [persons],
  );

  const lastEvent = history[history.length - 1];
  const countItems: { key: keyof typeof counts; label: string; status: string }[] = [
    { key: 'inRoom', label: 'I rummet', status: 'present' },
    { key: 'remote', label: 'På länk', status: 'remote' },
    { key: 'excused', label: 'Förhinder', status: 'excused' },
    { key: 'absent', label: 'Frånvarande', status: 'absent' },
    { key: 'unmarked', label: 'Ej markerade', status: 'unmarked' },
  ];

  const onAdded = (person: CalledPerson) => {
    confirmed.current.set(person.id, person);
    flushSync(() => {
      updatePersons((prev) => [...prev, person]);
      setAnnounce(`${personName(person)} har lagts till.`);
    });
    // Straight onto the new row, ready for a status key.
    focusRow(person.id);
  };

  const onRemove = useCallback(
    async (person: CalledPerson) => {
      const result = await api['called:remove']({ meetingId: meeting.id, personId: person.id });
      if (result.ok) {
        updatePersons((prev) => prev.filter((p) => p.id !== person.id));
        setAnnounce(`${personName(person)} har tagits bort från mötet.`);
        searchRef.current?.focus();
      } else {
        setError(`${personName(person)} kunde inte tas bort: ${result.error.message}`);
      }
    },
    [meeting.id, updatePersons],
  );

  return (
    <div className="board" data-meeting-id={meeting.id} data-attendance-state={saveState}>
      <div className="board-head">
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Närvaro
        </h1>
        <p className="page-lead">
          {meeting.title || 'Namnlöst möte'} · {formatMeetingDate(meeting.date, body?.dateStyle ?? 'long')}
        </p>
      </div>

      {frozen && <InfoBanner>Mötesanteckningen är justerad. Närvaron kan inte längre ändras.</InfoBanner>}

      <div className="board-bar">
        <ul className="board-counts" aria-label="Närvaro just nu">
          {countItems.map((c) => (
            <li key={c.key} className={`count-chip status-${c.status}`} data-count={c.key}>
              <span className="count-label">{c.label}</span> <span className="count-value">{counts[c.key]}</span>
            </li>
          ))}
        </ul>
        <div className="board-tools">
          <div className="search-field">
            <label htmlFor={`${baseId}-search`} className="visually-hidden">
              Sök person
            </label>
            <input
              ref={searchRef}
              id={`${baseId}-search`}
              className="field-input"
              type="search"
              placeholder="Sök person"
              autoComplete="off"
              value={query}
              aria-describedby={`${baseId}-keys`}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'Enter') {
                  e.preventDefault();
                  rows()[0]?.focus();
                } else if (e.key === 'Escape' && query) {
                  e.preventDefault();
                  setQuery('');
                }
              }}
            />
          </div>
          <button
            type="button"
            className="button button-small"
            onClick={undo}
            disabled={frozen || history.length === 0}
            aria-describedby={lastEvent ? `${baseId}-last` : undefined}
            title="Ångra senaste ändringen (Ctrl+Z)"
            aria-keyshortcuts="Control+Z"
          >
            <span aria-hidden="true">↶</span> Ångra
          </button>
          <span className={`board-state board-state-${saveState}`} aria-hidden="true">
            {saveState === 'saving' ? 'Sparar …' : saveState === 'error' ? 'Ej sparat' : 'Sparat'}
          </span>
        </div>
        {lastEvent && (
          <p id={`${baseId}-last`} className="visually-hidden">
            Senaste ändringen: {eventText(lastEvent, nameOf(lastEvent.personId))}
          </p>
        )}
      </div>

      <p id={`${baseId}-keys`} className="board-keys">
        Tangenter på en markerad rad: <kbd>N</kbd> närvarande, <kbd>L</kbd> länk, <kbd>F</kbd> förhinder, <kbd>X</kbd> frånvarande,{' '}
        <kbd>D</kbd> delvis, <kbd>E</kbd> ersättare (eller <kbd>1</kbd>–<kbd>6</kbd>), <kbd>↑</kbd>/<kbd>↓</kbd> byt person,{' '}
        <kbd>Ctrl+Z</kbd> ångra.
      </p>

      {error && <ErrorBanner error={`${error} Raden visar det som är sparat.`} />}

      <div ref={listRef} className="board-list">
        {filtered.length === 0 && <p className="muted board-empty">{query ? `Ingen heter något med ”${query}”.` : 'Inga kallade.'}</p>}
        {groups.map((group, gi) => {
          const showSide = group.side !== '' && group.side !== groups[gi - 1]?.side;
          return (
            <section key={group.key} className="board-group" aria-label={group.side ? `${group.side}: ${group.category}` : group.category}>
              {showSide && <p className="board-side">{group.side}</p>}
              <h2 className="board-category">{group.category}</h2>
              <ul className="board-rows">
                {group.persons.map((p) =>
                  p.vacant ? (
                    <li key={p.id} className="att-row is-vacant" data-person-id={p.id}>
                      <span className="att-name muted">Vakant</span>
                    </li>
                  ) : (
                    <AttendanceRow
                      key={p.id}
                      person={p}
                      item={p.itemId !== null ? agenda.find((e) => e.item.id === p.itemId) : undefined}
                      tabbable={p.id === tabId}
                      frozen={frozen}
                      error={rowErrors.get(p.id)}
                      keysHintId={`${baseId}-keys`}
                      onActivate={setActiveId}
                      onSet={setAttendance}
                      onMove={moveFocus}
                      onRemove={onRemove}
                    />
                  ),
                )}
              </ul>
            </section>
          );
        })}
      </div>

      {!frozen && (
        <div className="board-add">
          <AddPersonForm kind="invitee" meetingId={meeting.id} agenda={agenda} onAdded={onAdded} />
          <AddPersonForm kind="guest" meetingId={meeting.id} agenda={agenda} onAdded={onAdded} />
        </div>
      )}

      <section className="board-history" aria-labelledby={`${baseId}-history`}>
        <h2 id={`${baseId}-history`} className="section-title">
          Händelser
        </h2>
        {history.length === 0 ? (
          <p className="muted">Inga ändringar ännu.</p>
        ) : (
          <ol className="history-list" reversed>
            {[...history]
              .reverse()
              .slice(0, 100)
              .map((event) => (
                <li key={event.id} className={`status-${event.after.status}`}>
                  {eventText(event, nameOf(event.personId))}
                </li>
              ))}
          </ol>
        )}
      </section>

      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}

// ---------------------------------------------------------------------------

interface RowProps {
  person: CalledPerson;
  item: LabelledItem | undefined;
  tabbable: boolean;
  frozen: boolean;
  error: string | undefined;
  keysHintId: string;
  onActivate: (personId: number) => void;
  onSet: (personId: number, attendance: Attendance) => void;
  onMove: (from: number, to: 'next' | 'prev' | 'first' | 'last') => void;
  onRemove: (person: CalledPerson) => void;
}

type FieldName = 'arrivedAt' | 'leftAt' | 'substituteName' | 'note';

const AttendanceRow = memo(function AttendanceRow({
  person,
  item,
  tabbable,
  frozen,
  error,
  keysHintId,
  onActivate,
  onSet,
  onMove,
  onRemove,
}: RowProps) {
  const id = useId();
  const rowRef = useRef<HTMLLIElement>(null);
  const a = person.attendance;
  const name = personName(person);
  const [pendingSubstitute, setPendingSubstitute] = useState(false);
  const [timesOpen, setTimesOpen] = useState(false);
  const [noteOpen, setNoteOpen] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const shown: AttendanceStatus = a.status;
  const showTimes = timesOpen || a.arrivedAt !== null || a.leftAt !== null;
  const showSubstitute = pendingSubstitute || a.substituteName !== '';
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  /**
   * Moves focus into one of the row's fields at once (not in a later frame),
   * so the next keys typed land in the field and never on the row.
   */
  const focusField = (field: FieldName) => {
    const input = rowRef.current?.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
    input?.focus();
    input?.select();
  };

  const choose = (choice: BoardChoice) => {
    if (frozen) return;
    if (choice === 'substitute') {
      flushSync(() => {
        setFieldErrors({});
        setPendingSubstitute(true);
      });
      focusField('substituteName');
      return;
    }
    if (choice === 'times') {
      flushSync(() => {
        setFieldErrors({});
        setTimesOpen(true);
        // Someone who comes late is there from now on: in the room unless already marked on the link.
        if (!attended(a.status)) onSet(person.id, { ...a, status: 'present', arrivedAt: clockNow(), leftAt: null });
        else if (a.arrivedAt === null && a.leftAt === null) onSet(person.id, { ...a, arrivedAt: clockNow() });
      });
      focusField('arrivedAt');
      return;
    }
    setFieldErrors({});
    const there = attended(choice);
    // Times belong to someone who was there; a substitute to someone away or to the part missed.
    const next: Attendance = there
      ? { ...a, status: choice, ...(a.arrivedAt || a.leftAt ? {} : { substituteName: '', substituteRemote: false }) }
      : { ...a, status: choice, arrivedAt: null, leftAt: null };
    if (!there || !(next.arrivedAt || next.leftAt)) setTimesOpen(false);
    onSet(person.id, next);
  };

  /** Commits one of the row's text fields; an invalid value is shown at the field and not saved. */
  const commit = (field: FieldName, raw: string): boolean => {
    const setErr = (message: string | undefined) => setFieldErrors((prev) => ({ ...prev, [field]: message }));
    if (field === 'arrivedAt' || field === 'leftAt') {
      const value = normalizeClock(raw);
      if (value !== '' && !clockTimeSchema.safeParse(value).success) {
        setErr('Skriv tiden som TT.MM, till exempel 13.30.');
        return false;
      }
      const next: Attendance = { ...a, [field]: value === '' ? null : value };
      if (next.arrivedAt !== null && next.leftAt !== null && clockMinutes(next.leftAt) <= clockMinutes(next.arrivedAt)) {
        setErr('Tiden då personen gick måste vara efter tiden då personen kom.');
        return false;
      }
      setErr(undefined);
      onSet(person.id, next);
      return true;
    }
    if (field === 'substituteName') {
      const value = raw.trim();
      setErr(undefined);
      setPendingSubstitute(false);
      if (value === '') {
        if (a.substituteName !== '') onSet(person.id, { ...a, substituteName: '', substituteRemote: false });
        return true;
      }
      // A substitute for the whole meeting stands in for someone away; for a part, beside the times.
      const partly = attended(a.status) && (a.arrivedAt !== null || a.leftAt !== null);
      onSet(person.id, { ...a, status: partly || a.status === 'absent' ? a.status : 'excused', substituteName: value });
      return true;
    }
    const note = raw.trim();
    setErr(undefined);
    if (note !== a.note) onSet(person.id, { ...a, note });
    return true;
  };

  const onRowKeyDown = (e: ReactKeyboardEvent<HTMLLIElement>) => {
    if (isTextField(e.target)) {
      const input = e.target as HTMLInputElement;
      const field = input.dataset.field as FieldName | undefined;
      if (!field) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        if (commit(field, input.value)) rowRef.current?.focus();
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (field === 'substituteName' && pendingSubstitute) setPendingSubstitute(false);
        input.value = field === 'note' ? a.note : field === 'substituteName' ? a.substituteName : displayClock(a[field]);
        setFieldErrors({});
        rowRef.current?.focus();
      }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(person.id, e.key === 'ArrowDown' ? 'next' : 'prev');
      return;
    }
    if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      onMove(person.id, e.key === 'Home' ? 'first' : 'last');
      return;
    }
    const choice = choiceForKey(e.key);
    if (choice) {
      e.preventDefault();
      choose(choice);
    }
  };

  const onRadioKeyDown = (e: ReactKeyboardEvent<HTMLButtonElement>, index: number) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      e.stopPropagation();
      const next = (index + (e.key === 'ArrowRight' ? 1 : -1) + STATUS_OPTIONS.length) % STATUS_OPTIONS.length;
      setFocusIndex(next);
      rowRef.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[next]?.focus();
    } else if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      choose(STATUS_OPTIONS[index]!.status);
    }
  };

  const checkedIndex = STATUS_OPTIONS.findIndex((o) => o.status === shown);
  const radioTabIndex = (index: number) => {
    if (!tabbable) return -1;
    const target = focusIndex ?? (checkedIndex >= 0 ? checkedIndex : 0);
    return index === target ? 0 : -1;
  };
  const inner = tabbable ? 0 : -1;
  const showNote = noteOpen || a.note !== '';
  const fieldKey = JSON.stringify(a);

  const textField = (field: FieldName, label: string, value: string, extra: { short?: boolean; placeholder?: string } = {}) => {
    const err = fieldErrors[field];
    return (
      <div className={`att-field${extra.short ? ' is-short' : ''}`}>
        <label htmlFor={`${id}-${field}`} className="att-field-label">
          {label}
        </label>
        <input
          key={fieldKey}
          id={`${id}-${field}`}
          data-field={field}
          className="field-input"
          type="text"
          inputMode={extra.short ? 'numeric' : undefined}
          defaultValue={value}
          placeholder={extra.placeholder}
          autoComplete="off"
          tabIndex={inner}
          disabled={frozen}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${id}-${field}-error` : `${id}-name`}
          onBlur={(e) => {
            const changed =
              field === 'note'
                ? e.target.value.trim() !== a.note
                : field === 'substituteName'
                  ? e.target.value.trim() !== a.substituteName
                  : normalizeClock(e.target.value) !== displayClock(a[field]);
            if (!changed) return;
            commit(field, e.target.value);
          }}
        />
        {err && (
          <p id={`${id}-${field}-error`} className="field-error" role="alert">
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <li
      ref={rowRef}
      className={`att-row status-${shown}${error ? ' has-error' : ''}`}
      data-att-row={person.id}
      data-person-id={person.id}
      data-status={shown}
      tabIndex={tabbable ? 0 : -1}
      aria-labelledby={`${id}-name ${id}-state`}
      aria-describedby={keysHintId}
      aria-keyshortcuts="N L F X D E 1 2 3 4 5 6"
      onFocus={() => onActivate(person.id)}
      onKeyDown={onRowKeyDown}
    >
      <div className="att-person">
        <span className="att-dot" aria-hidden="true" />
        <span id={`${id}-name`} className="att-name">
          {name}
          {person.party && <span className="att-party"> {`(${person.party.replace(/[()]/g, '')})`}</span>}
        </span>
        <span className="att-details">
          {personDetails(person)}
          {item && <span className="att-item"> – punkt {item.fullLabel}</span>}
        </span>
        <span id={`${id}-state`} className="visually-hidden">
          , {attendanceText(a)}
        </span>
      </div>

      <div
        role="radiogroup"
        aria-label={`Närvaro för ${name}`}
        aria-disabled={frozen || undefined}
        className="att-options"
      >
        {STATUS_OPTIONS.map((option, index) => {
          const checked = shown === option.status;
          return (
            <button
              key={option.status}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-disabled={frozen || undefined}
              className={`att-option status-${option.status}${checked ? ' is-checked' : ''}`}
              tabIndex={radioTabIndex(index)}
              onClick={() => choose(option.status)}
              onKeyDown={(e) => onRadioKeyDown(e, index)}
              onBlur={() => setFocusIndex(null)}
            >
              {attendanceLabel(option.status)}
              <kbd className="att-key" aria-hidden="true">
                {option.hint}
              </kbd>
            </button>
          );
        })}
      </div>

      <div className="att-details-toggles">
        {DETAIL_OPTIONS.map((option) => {
          const pressed = option.detail === 'times' ? showTimes : showSubstitute;
          return (
            <button
              key={option.detail}
              type="button"
              aria-pressed={pressed}
              disabled={frozen}
              className={`att-option att-detail${pressed ? ' is-checked' : ''}`}
              tabIndex={inner}
              onClick={() => choose(option.detail)}
            >
              {option.label}
              <kbd className="att-key" aria-hidden="true">
                {option.hint}
              </kbd>
            </button>
          );
        })}
      </div>

      {(showTimes || showSubstitute || showNote || person.kind !== 'member') && (
        <div className="att-extra">
          {showTimes && (
            <>
              {textField('arrivedAt', 'Från', displayClock(a.arrivedAt), { short: true, placeholder: 'TT.MM' })}
              {textField('leftAt', 'Till', displayClock(a.leftAt), { short: true, placeholder: 'TT.MM' })}
            </>
          )}
          {showSubstitute && textField('substituteName', 'Ersätts av', a.substituteName, { placeholder: 'Namn (parti)' })}
          {showNote && textField('note', 'Anteckning', a.note, { placeholder: 'till exempel hade ej fått kallelsen' })}
          {person.kind !== 'member' && !frozen && (
            <button
              type="button"
              className="button button-quiet button-small att-remove"
              tabIndex={inner}
              aria-label={`Ta bort ${name} från mötet`}
              onClick={() => onRemove(person)}
            >
              Ta bort
            </button>
          )}
        </div>
      )}
      {!showNote && !frozen && (
        <button
          type="button"
          className="att-note-toggle"
          tabIndex={inner}
          aria-expanded={false}
          onClick={() => {
            flushSync(() => setNoteOpen(true));
            focusField('note');
          }}
        >
          + Anteckning
        </button>
      )}
      {error && (
        <p className="att-row-error" role="alert">
          Inte sparat: {error}
        </p>
      )}
    </li>
  );
});

// ---------------------------------------------------------------------------

function AddPersonForm({
  kind,
  meetingId,
  agenda,
  onAdded,
}: {
  kind: 'invitee' | 'guest';
  meetingId: number;
  agenda: LabelledItem[];
  onAdded: (person: CalledPerson) => void;
}) {
  const baseId = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [itemId, setItemId] = useState<string>('');
  const [errors, setErrors] = useState<{ name?: string; itemId?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const label = kind === 'invitee' ? 'Lägg till inbjuden' : 'Lägg till gäst';

  const reset = () => {
    setName('');
    setTitle('');
    setOrganisation('');
    setItemId('');
    setErrors({});
  };

  if (!open) {
    return (
      <button
        ref={toggleRef}
        type="button"
        className="button button-small"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        + {label}
      </button>
    );
  }

  const submit = async () => {
    const errs: typeof errors = {};
    if (name.trim() === '') errs.name = 'Skriv namnet.';
    if (kind === 'guest' && itemId === '') errs.itemId = 'Välj vilken punkt gästen är inbjuden till.';
    setErrors(errs);
    if (errs.name || errs.itemId) {
      document.getElementById(`${baseId}-${errs.name ? 'name' : 'item'}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await api['called:add']({
      meetingId,
      kind,
      itemId: kind === 'guest' ? Number(itemId) : null,
      name: name.trim(),
      title: title.trim(),
      organisation: organisation.trim(),
    });
    setBusy(false);
    if (result.ok) {
      reset();
      setOpen(false);
      onAdded(result.value);
    } else if (result.error.field === 'name') {
      setErrors({ name: result.error.message });
    } else if (result.error.field === 'itemId') {
      setErrors({ itemId: result.error.message });
    } else {
      setErrors({ form: result.error.message });
    }
  };

  return (
    <form
      className="card add-person"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          reset();
          setOpen(false);
        }
      }}
    >
      <h2 className="add-person-title">{label}</h2>
      {errors.form && <ErrorBanner error={errors.form} />}
      <div className="add-person-grid">
        <div className="form-field">
          <label htmlFor={`${baseId}-name`} className="field-label">
            Namn
          </label>
          <input
            id={`${baseId}-name`}
            className="field-input"
            type="text"
            value={name}
            autoComplete="off"
            autoFocus
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${baseId}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {errors.name && (
            <p id={`${baseId}-name-error`} className="field-error">
              {errors.name}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${baseId}-title`} className="field-label">
            Titel
          </label>
          <input
            id={`${baseId}-title`}
            className="field-input"
            type="text"
            value={title}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${baseId}-org`} className="field-label">
            Organisation
          </label>
          <input
            id={`${baseId}-org`}
            className="field-input"
            type="text"
            value={organisation}
            autoComplete="off"
            onChange={(e) => setOrganisation(e.target.value)}
          />
        </div>
        {kind === 'guest' && (
          <div className="form-field">
            <label htmlFor={`${baseId}-item`} className="field-label">
              Punkt
            </label>
            <select
              id={`${baseId}-item`}
              className="field-input"
              value={itemId}
              aria-invalid={errors.itemId ? true : undefined}
              aria-describedby={errors.itemId ? `${baseId}-item-error` : undefined}
              onChange={(e) => setItemId(e.target.value)}
            >
              <option value="">Välj punkt …</option>
              {agenda.map((entry) => (
                <option key={entry.item.id} value={entry.item.id}>
                  {entry.fullLabel}
                </option>
              ))}
            </select>
            {errors.itemId && (
              <p id={`${baseId}-item-error`} className="field-error">
                {errors.itemId}
              </p>
            )}
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Lägger till …' : kind === 'invitee' ? 'Lägg till inbjuden' : 'Lägg till gäst'}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            reset();
            setOpen(false);
          }}
        >
          Avbryt
        </button>
      </div>
    </form>
  );
}
