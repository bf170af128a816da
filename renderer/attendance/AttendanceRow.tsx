import { memo, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Attendance, CalledPerson } from '../../shared/model/domain';
import { attendanceLabel, isPresidingRole, roleLabel } from '../../shared/format/labels';
import { attended } from '../../shared/format/attendance';
import { localClock } from '../../shared/format/clock';
import type { LabelledItem } from '../agenda/labels';
import { DETAIL_OPTIONS, ROW_SHORTCUTS, STATUS_OPTIONS, choiceForKey, isPlainKey, isStatusChoice, isTextField, type BoardChoice, type Detail } from './keys';
import { NoteField, SubstituteFields, TimesFields, type FieldsDone } from './RowFields';
import { attendanceState, nameWithParty, partyInBrackets, personName, reportedText } from './text';

/**
 * One called person on the board: the status as a radio group (one click or
 * one key), "Delvis" for times and "Ersättare" for a substitute beside it,
 * and a note. The row itself takes the keys; its accessible name says the
 * whole state ("Per Lund, Närvarande, från 13.30, Nils Bark ersätter dessförinnan").
 */

export type MoveTo = 'next' | 'prev' | 'first' | 'last';

interface RowProps {
  person: CalledPerson;
  item: LabelledItem | undefined;
  tabbable: boolean;
  frozen: boolean;
  error: string | undefined;
  keysHintId: string;
  onActivate: (personId: number) => void;
  onSet: (personId: number, attendance: Attendance) => void;
  onMove: (from: number, to: MoveTo) => void;
  /** A status was chosen with a key (the board may move on to the next person). */
  onStatusKey: (personId: number) => void;
  onRemove: (person: CalledPerson) => void;
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

/**
 * The time field "D" opens: for someone not (yet) there, when they came;
 * for someone there, when they left (the live moment is a departure: an
 * arrival is marked with D when it happens).
 */
function timeFieldFor(a: Attendance): 'arrivedAt' | 'leftAt' {
  return attended(a.status) ? 'leftAt' : 'arrivedAt';
}

export const AttendanceRow = memo(function AttendanceRow({
  person,
  item,
  tabbable,
  frozen,
  error,
  keysHintId,
  onActivate,
  onSet,
  onMove,
  onStatusKey,
  onRemove,
}: RowProps) {
  const id = useId();
  const rowRef = useRef<HTMLDivElement>(null);
  const a = person.attendance;
  const name = personName(person);
  const [open, setOpen] = useState<Detail | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const showTimes = open === 'times' || a.arrivedAt !== null || a.leftAt !== null;
  const showSubstitute = open === 'substitute' || a.substituteName !== '';
  const showNote = noteOpen || a.note !== '';

  /** Focus into a field at once (not in a later frame), so the next keys land in it and never on the row. */
  const focusField = (field: string, prefill?: string) => {
    const input = rowRef.current?.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
    if (!input) return;
    if (prefill !== undefined && input.value === '') input.value = prefill;
    input.focus();
    input.select();
  };

  const openDetail = (detail: Detail) => {
    flushSync(() => setOpen(detail));
    if (detail === 'times') focusField(timeFieldFor(a), localClock(new Date()));
    else focusField('substituteName');
  };

  const choose = (choice: BoardChoice) => {
    if (frozen) return;
    if (!isStatusChoice(choice)) {
      openDetail(choice);
      return;
    }
    const there = attended(choice);
    const times = a.arrivedAt !== null || a.leftAt !== null;
    // Times belong to someone who was there; a substitute to someone away or to the part missed.
    const next: Attendance = there
      ? { ...a, status: choice, ...(times ? {} : { substituteName: '', substituteRemote: false }) }
      : { ...a, status: choice, arrivedAt: null, leftAt: null };
    if (open === 'times' && !there) setOpen(null);
    onSet(person.id, next);
  };

  const done = (how: FieldsDone) => {
    flushSync(() => setOpen(null));
    if (how === 'cancel' && a.note === '') setNoteOpen(false);
    rowRef.current?.focus();
  };

  const onRowKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (isTextField(target) || target.closest('[data-att-editor]') || !isPlainKey(e)) return;
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
    if (!choice) return;
    e.preventDefault();
    choose(choice);
    if (isStatusChoice(choice) && !frozen) onStatusKey(person.id);
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

  const checkedIndex = STATUS_OPTIONS.findIndex((o) => o.status === a.status);
  const radioTabIndex = (index: number) => {
    if (!tabbable) return -1;
    return index === (focusIndex ?? (checkedIndex >= 0 ? checkedIndex : 0)) ? 0 : -1;
  };
  const inner = tabbable ? 0 : -1;
  const group = { id, name, attendance: a, frozen, tabIndex: inner, onCommit: (next: Attendance) => onSet(person.id, next), onDone: done };

  return (
    <div
      ref={rowRef}
      role="row"
      className={`att-row status-${a.status}${error ? ' has-error' : ''}`}
      data-att-row={person.id}
      data-person-id={person.id}
      data-status={a.status}
      tabIndex={tabbable ? 0 : -1}
      // One string, not aria-labelledby: joining the name and the state's ", …" put a stray space before the comma.
      aria-label={`${nameWithParty(person)}, ${attendanceState(a)}`}
      aria-describedby={keysHintId}
      aria-keyshortcuts={ROW_SHORTCUTS}
      onFocus={() => onActivate(person.id)}
      onKeyDown={onRowKeyDown}
    >
      <div className="att-person" role="rowheader">
        <span className="att-dot" aria-hidden="true" />
        <span className="att-name">
          {name}
          {partyInBrackets(person) && <span className="att-party"> {partyInBrackets(person)}</span>}
        </span>
        <span className="att-details">
          {personDetails(person)}
          {item && <span className="att-item"> – punkt {item.fullLabel}</span>}
        </span>
        {reportedText(a) && (
          // Read as part of the state below; shown here for the eye.
          <span className="att-reported" aria-hidden="true" data-reported-on={a.reportedOn}>
            förhinder {reportedText(a)}
          </span>
        )}
        {/* The state, for a screen reader reading the row cell by cell. */}
        <span className="visually-hidden">, {attendanceState(a)}</span>
      </div>

      <div role="gridcell" className="att-status-cell">
        <div role="radiogroup" aria-label={`Närvaro för ${name}`} aria-disabled={frozen || undefined} className="att-options">
          {STATUS_OPTIONS.map((option, index) => {
            const checked = a.status === option.status;
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
      </div>

      <div role="gridcell" className="att-toggles">
        {DETAIL_OPTIONS.map((option) => {
          const shown = option.detail === 'times' ? showTimes : showSubstitute;
          return (
            <button
              key={option.detail}
              type="button"
              aria-expanded={shown}
              aria-controls={shown ? `${id}-extra` : undefined}
              disabled={frozen}
              className={`att-toggle${shown ? ' is-open' : ''}`}
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
        <div role="gridcell" className="att-extra" id={`${id}-extra`}>
          {showTimes && <TimesFields {...group} />}
          {showSubstitute && <SubstituteFields {...group} />}
          {showNote && <NoteField {...group} />}
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
        <div role="gridcell" className="att-note-cell">
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
        </div>
      )}
      {error && (
        <div role="gridcell" className="att-row-error">
          {/* Not an alert: the board's banner announces the failure once. */}
          <p>Inte sparat: {error}</p>
        </div>
      )}
    </div>
  );
});
