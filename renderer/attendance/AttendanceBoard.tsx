import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Body, CalledPerson, Meeting } from '../../shared/model/domain';
import {
  countAttendance,
  groupPersons,
  repliesBeforeMeeting,
  unmarkedCalledPersons,
  type AttendanceCounts,
  type AttendanceEvent,
} from '../../shared/model/attendance';
import { localDate } from '../../shared/format/clock';
import { numberAgenda } from '../../shared/model/agenda';
import { formatMeetingDate } from '../../shared/format/date';
import { matchesName } from '../../shared/format/sort';
import { api } from '../api/client';
import { meetingHref, navigate } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { ErrorBanner, InfoBanner } from '../components/Banner';
import { LiveText } from '../components/LiveText';
import { labelAgenda } from '../agenda/labels';
import { AddPersonForm } from './AddPersonForm';
import { ExpectedSummary } from './ExpectedSummary';
import { AttendanceRow, type MoveTo } from './AttendanceRow';
import { isTextField } from './keys';
import { eventText, personName } from './text';
import { useAdvancePreference } from './useAdvancePreference';
import { useAttendanceQueue } from './useAttendanceQueue';
import { TeamsReportButton } from './TeamsReportButton';
import type { TeamsApplied } from './TeamsReportDialog';
import { appliedText } from './teams-choices';
import './attendance.css';

/**
 * The attendance board for live use during the meeting: every called person
 * with a one-click, one-key status, times and a substitute beside it, live
 * counts, a search, the history of changes and undo. Each change is saved at
 * once; `data-attendance-state` (saved | saving | error) on the board tells
 * tests and the top bar when.
 */

const COUNT_ITEMS: { key: keyof AttendanceCounts; label: string; status: string }[] = [
  { key: 'inRoom', label: 'I rummet', status: 'present' },
  { key: 'remote', label: 'På länk', status: 'remote' },
  { key: 'excused', label: 'Förhinder', status: 'excused' },
  { key: 'absent', label: 'Frånvarande', status: 'absent' },
  { key: 'unmarked', label: 'Ej markerade', status: 'unmarked' },
];

export function AttendanceBoard({ meeting, body, initialHistory }: { meeting: Meeting; body: Body | null; initialHistory: AttendanceEvent[] }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);
  const baseId = useId();
  const frozen = meeting.status === 'approved';
  const q = useAttendanceQueue(meeting.id, meeting.calledPersons, initialHistory, frozen);
  const { persons, history, undo } = q;
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<number | null>(null);
  const [advance, setAdvance] = useAdvancePreference();
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const numberedItems = body?.numberedItems ?? true;
  const agenda = useMemo(() => labelAgenda(numberAgenda(meeting.agenda), numberedItems), [meeting.agenda, numberedItems]);

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
    const text = query.trim();
    if (!text) return persons;
    return persons.filter((p) => !p.vacant && matchesName(text, p.name));
  }, [persons, query]);
  const groups = useMemo(() => groupPersons(filtered), [filtered]);
  const counts = countAttendance(persons);
  const beforeMeeting = repliesBeforeMeeting(meeting, localDate(new Date()));
  const unmarked = unmarkedCalledPersons(persons).length;
  const firstFocusable = groups.flatMap((g) => g.persons).find((p) => !p.vacant)?.id ?? null;
  const tabId = activeId !== null && filtered.some((p) => p.id === activeId && !p.vacant) ? activeId : firstFocusable;

  const rows = useCallback(() => Array.from(listRef.current?.querySelectorAll<HTMLElement>('[data-att-row]') ?? []), []);
  const moveFocus = useCallback(
    (from: number, to: MoveTo) => {
      const all = rows();
      const at = all.findIndex((el) => el.dataset.attRow === String(from));
      const target =
        to === 'first'
          ? all[0]
          : to === 'last'
            ? all[all.length - 1]
            : to === 'next'
              ? all[Math.min(at + 1, all.length - 1)]
              : all[Math.max(at - 1, 0)];
      target?.focus();
      target?.scrollIntoView({ block: 'nearest' });
    },
    [rows],
  );
  const onStatusKey = useCallback((personId: number) => advance && moveFocus(personId, 'next'), [advance, moveFocus]);

  const onAdded = (person: CalledPerson) => {
    flushSync(() => q.added(person));
    // Straight onto the new row, ready for a status key.
    listRef.current?.querySelector<HTMLElement>(`[data-att-row="${person.id}"]`)?.focus();
  };

  const { removed, setError } = q;
  const onRemove = useCallback(
    async (person: CalledPerson) => {
      const result = await api['called:remove']({ meetingId: meeting.id, personId: person.id });
      if (result.ok) {
        removed(person.id);
        searchRef.current?.focus();
      } else {
        setError(`${personName(person)} kunde inte tas bort: ${result.error.message}`);
      }
    },
    [meeting.id, removed, setError],
  );

  // The result stays in view while its changes stand: Undo takes it away with them.
  const [teamsResult, setTeamsResult] = useState<{ text: string; batch: string | undefined } | null>(null);
  const { batchStored, setAnnounce } = q;
  const onTeamsApplied = useCallback(
    (applied: TeamsApplied) => {
      batchStored([...applied.marked], applied.added, applied.events);
      const text = appliedText(applied);
      setTeamsResult({ text, batch: applied.events[0]?.batch });
      setAnnounce(text);
    },
    [batchStored, setAnnounce],
  );

  const lastEvent = history[history.length - 1];
  const nothingToUndo = frozen || (history.length === 0 && q.saveState !== 'saving');

  return (
    <div className="board" data-meeting-id={meeting.id} data-attendance-state={q.saveState}>
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
        <div className="board-summary">
          {beforeMeeting && <ExpectedSummary persons={persons} />}
          <ul className="board-counts" aria-label="Närvaro just nu">
            {COUNT_ITEMS.map((c) => (
              <li key={c.key} className={`count-chip status-${c.status}`} data-count={c.key}>
                <span className="count-label">{c.label}</span> <span className="count-value">{counts[c.key]}</span>
              </li>
            ))}
          </ul>
          <span id={`${baseId}-rest`} className="visually-hidden">
            {unmarked} kallade är inte markerade. Ctrl+Z ångrar.
          </span>
        </div>
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
            ref={undoRef}
            type="button"
            className="button button-small"
            onClick={() => nothingToUndo || undo()}
            // Not `disabled`: focus stays on the button after the last change is taken back.
            aria-disabled={nothingToUndo || undefined}
            aria-describedby={lastEvent ? `${baseId}-last` : undefined}
            title="Ångra senaste ändringen (Ctrl+Z)"
            aria-keyshortcuts="Control+Z"
          >
            <span aria-hidden="true">↶</span> Ångra
          </button>
          {!frozen && unmarked > 0 && (
            <button
              type="button"
              className="button button-small board-mark-rest"
              onClick={() => {
                flushSync(q.markUnmarkedPresent);
                // The button is gone with nobody left to mark: focus goes to the way back.
                undoRef.current?.focus();
              }}
              aria-describedby={`${baseId}-rest`}
            >
              Markera övriga som närvarande
            </button>
          )}
          {!frozen && <TeamsReportButton meetingId={meeting.id} onApplied={onTeamsApplied} />}
          <span className={`board-state board-state-${q.saveState}`} aria-hidden="true">
            {q.saveState === 'saving' ? 'Sparar …' : q.saveState === 'error' ? 'Ej sparat' : 'Sparat'}
          </span>
        </div>
        {teamsResult && history.some((e) => e.batch !== undefined && e.batch === teamsResult.batch) && (
          <p className="teams-result">{teamsResult.text}</p>
        )}
        {lastEvent && (
          <p id={`${baseId}-last`} className="visually-hidden">
            Senaste ändringen: {eventText(lastEvent, q.nameOf(lastEvent.personId))}
          </p>
        )}
      </div>

      <div className="board-options">
        <p id={`${baseId}-keys`} className="board-keys">
          Tangenter på en markerad rad: <kbd>N</kbd> närvarande, <kbd>L</kbd> länk, <kbd>F</kbd> förhinder, <kbd>X</kbd> frånvarande
          (eller <kbd>1</kbd>–<kbd>4</kbd>), <kbd>D</kbd> kom eller gick, <kbd>E</kbd> ersättare, <kbd>Enter</kbd> spara,{' '}
          <kbd>Esc</kbd> ångra fältet, <kbd>↑</kbd>/<kbd>↓</kbd> byt person, <kbd>Ctrl+Z</kbd> ångra. Med skärmläsare är listan ett
          rutnät: tangenterna går direkt till raden, utan att du byter läge.
        </p>
        <label className="att-check board-advance">
          <input type="checkbox" checked={advance} onChange={(e) => setAdvance(e.target.checked)} />
          Gå till nästa person efter en närvarotangent
        </label>
      </div>

      {q.error && <ErrorBanner error={`${q.error} Raden visar det som är sparat.`} />}

      {filtered.length === 0 && <p className="muted board-empty">{query ? `Ingen heter något med ”${query}”.` : 'Inga kallade.'}</p>}
      {/* A grid, so a screen reader passes N, L, F, X, D and E to the rows instead of using them to browse. */}
      <div
        ref={listRef}
        className="board-list"
        role={groups.length > 0 ? 'grid' : undefined}
        aria-label={groups.length > 0 ? 'Kallade' : undefined}
        aria-readonly={frozen || undefined}
      >
        {groups.map((group, gi) => {
          const showSide = group.side !== '' && group.side !== groups[gi - 1]?.side;
          return (
            <div key={group.key} role="rowgroup" className="board-group" aria-label={group.side ? `${group.side}: ${group.category}` : group.category}>
              <div role="row" className="board-group-head">
                <div role="gridcell">
                  {showSide && <p className="board-side">{group.side}</p>}
                  <h2 className="board-category">{group.category}</h2>
                </div>
              </div>
              <div className="board-rows">
                {group.persons.map((p) =>
                  p.vacant ? (
                    <div key={p.id} role="row" className="att-row is-vacant" data-person-id={p.id}>
                      <span role="gridcell" className="att-name muted">
                        Vakant
                      </span>
                    </div>
                  ) : (
                    <AttendanceRow
                      key={p.id}
                      person={p}
                      item={p.itemId !== null ? agenda.find((e) => e.item.id === p.itemId) : undefined}
                      tabbable={p.id === tabId}
                      frozen={frozen}
                      error={q.rowErrors.get(p.id)}
                      keysHintId={`${baseId}-keys`}
                      onActivate={setActiveId}
                      onSet={q.setAttendance}
                      onMove={moveFocus}
                      onStatusKey={onStatusKey}
                      onRemove={onRemove}
                    />
                  ),
                )}
              </div>
            </div>
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
                  {eventText(event, q.nameOf(event.personId))}
                </li>
              ))}
          </ol>
        )}
      </section>

      <LiveText text={q.announce} />
    </div>
  );
}
