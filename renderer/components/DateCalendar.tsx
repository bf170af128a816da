import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  WEEKDAY_SHORT,
  addDays,
  addMonths,
  isoParts,
  isoWeek,
  monthGrid,
  spokenDate,
  startOfWeek,
} from '../../shared/format/calendar';

const GAP = 4;
const MARGIN = 8;

/** Below the field, or above it when there is no room below; always inside the window. */
function place(popup: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  const { offsetWidth: width, offsetHeight: height } = popup;
  let top = rect.bottom + GAP;
  if (top + height > window.innerHeight - MARGIN && rect.top - GAP - height >= MARGIN) top = rect.top - GAP - height;
  const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
  popup.style.top = `${Math.max(MARGIN, top)}px`;
  popup.style.left = `${left}px`;
}

const KEY_MOVES: Record<string, (day: string, shift: boolean) => string> = {
  ArrowLeft: (day) => addDays(day, -1),
  ArrowRight: (day) => addDays(day, 1),
  ArrowUp: (day) => addDays(day, -7),
  ArrowDown: (day) => addDays(day, 7),
  Home: (day) => startOfWeek(day),
  End: (day) => addDays(startOfWeek(day), 6),
  PageUp: (day, shift) => addMonths(day, shift ? -12 : -1),
  PageDown: (day, shift) => addMonths(day, shift ? 12 : 1),
};

/**
 * The calendar of the date field: a dialog with one month as a grid, Monday
 * first, week numbers, Swedish names from our own tables (never the
 * browser's locale). Arrows move a day or a week, Home/End to the week's
 * ends, Page Up/Down a month (with Shift a year), Enter or Space picks,
 * Escape closes; Tab stays inside until it closes. Shown in the top layer
 * (popover), so a dialog or a scrolling list never cuts it off.
 */
export function DateCalendar({
  selected,
  today,
  anchorRef,
  onPick,
  onClose,
}: {
  selected: string | null;
  today: string;
  anchorRef: RefObject<HTMLElement | null>;
  onPick: (iso: string) => void;
  /** `returnFocus`: closed from the keyboard or a button, so focus goes back to the field's button. */
  onClose: (returnFocus: boolean) => void;
}) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(selected ?? today);
  // Focus follows the highlighted day when it moved from the keyboard, not when a month button was pressed.
  const [focusDay, setFocusDay] = useState(true);
  const { year, month } = isoParts(focused);
  const weeks = monthGrid(year, month);

  useLayoutEffect(() => {
    const popup = ref.current;
    const anchor = anchorRef.current;
    if (!popup || !anchor) return;
    if (!popup.matches(':popover-open')) popup.showPopover();
    const reposition = () => place(popup, anchor);
    reposition();
    window.addEventListener('scroll', reposition, true);
    window.addEventListener('resize', reposition);
    return () => {
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
    };
  }, [anchorRef]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!ref.current?.contains(target) && !anchorRef.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [anchorRef, onClose]);

  useEffect(() => {
    if (focusDay) ref.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused, focusDay]);

  const showMonth = (months: number) => {
    setFocusDay(false);
    setFocused((day) => addMonths(day, months));
  };

  const onGridKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(focused);
      return;
    }
    const move = KEY_MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    setFocusDay(true);
    setFocused((day) => move(day, event.shiftKey));
  };

  const onDialogKey = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in the calendar are the calendar's: Escape must not close the form or dialog
    // around it, Alt+arrows must not move the agenda item it sits in.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
      return;
    }
    if (event.key === 'Tab') {
      const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
      const index = focusable.indexOf(document.activeElement as HTMLElement);
      const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
      event.preventDefault();
      focusable[next]?.focus();
    }
  };

  return (
    <div
      ref={ref}
      className="date-calendar"
      popover="manual"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onDialogKey}
    >
      <div className="date-calendar-head">
        <button type="button" className="date-calendar-nav" aria-label="Föregående månad" onClick={() => showMonth(-1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <div id={titleId} className="date-calendar-title" aria-live="polite">
          {MONTH_NAMES[month - 1]} {year}
        </div>
        <button type="button" className="date-calendar-nav" aria-label="Nästa månad" onClick={() => showMonth(1)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="date-calendar-grid" role="grid" aria-labelledby={titleId} onKeyDown={onGridKey}>
        <thead>
          <tr>
            <th scope="col" className="date-calendar-week" aria-label="vecka">
              v.
            </th>
            {WEEKDAY_SHORT.map((short, i) => (
              <th key={short} scope="col" aria-label={WEEKDAY_NAMES[i]}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              <th scope="row" className="date-calendar-week" aria-label={`vecka ${isoWeek(week[0]!)}`}>
                {isoWeek(week[0]!)}
              </th>
              {week.map((day) => {
                const outside = isoParts(day).month !== month;
                return (
                  <td
                    key={day}
                    role="gridcell"
                    data-date={day}
                    tabIndex={day === focused ? 0 : -1}
                    aria-label={spokenDate(day)}
                    aria-selected={day === selected}
                    aria-current={day === today ? 'date' : undefined}
                    className={`date-calendar-day${outside ? ' is-outside' : ''}`}
                    onClick={() => onPick(day)}
                  >
                    {isoParts(day).day}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="date-calendar-foot">
        <button type="button" className="button button-quiet button-small" onClick={() => onPick(today)}>
          Idag
        </button>
        <p className="date-calendar-keys">Pilar: dag och vecka · PgUp/PgDn: månad · Enter: välj · Esc: stäng</p>
      </div>
    </div>
  );
}
