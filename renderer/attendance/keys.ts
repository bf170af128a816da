import type { AttendanceStatus } from '../../shared/model/domain';

/**
 * The board's key map: one key per status on a focused row, and two keys
 * that open the details beside the status (times, a substitute).
 */

export type MarkedStatus = Exclude<AttendanceStatus, 'unmarked'>;

/** The four statuses, one key each (a letter, or a number for a numeric keypad). */
export const STATUS_OPTIONS: readonly { status: MarkedStatus; keys: readonly string[]; hint: string }[] = [
  { status: 'present', keys: ['1', 'n'], hint: 'N' },
  { status: 'remote', keys: ['2', 'l'], hint: 'L' },
  { status: 'excused', keys: ['3', 'f'], hint: 'F' },
  { status: 'absent', keys: ['4', 'x'], hint: 'X' },
];

export type Detail = 'times' | 'substitute';

/**
 * Beside the status: "Delvis" opens the times (från/till), "Ersättare" the
 * substitute. They combine with a status ("late and on Teams", "left early
 * and replaced"), so they open fields rather than being statuses.
 */
export const DETAIL_OPTIONS: readonly { detail: Detail; label: string; keys: readonly string[]; hint: string }[] = [
  { detail: 'times', label: 'Delvis', keys: ['5', 'd'], hint: 'D' },
  { detail: 'substitute', label: 'Ersättare', keys: ['6', 'e'], hint: 'E' },
];

export type BoardChoice = MarkedStatus | Detail;

/** For aria-keyshortcuts on a row. */
export const ROW_SHORTCUTS = 'N L F X D E 1 2 3 4 5 6';

export function choiceForKey(key: string): BoardChoice | null {
  const k = key.toLowerCase();
  return (
    STATUS_OPTIONS.find((o) => o.keys.includes(k))?.status ?? DETAIL_OPTIONS.find((o) => o.keys.includes(k))?.detail ?? null
  );
}

export function isStatusChoice(choice: BoardChoice): choice is MarkedStatus {
  return choice !== 'times' && choice !== 'substitute';
}

/** A field where keys are text, not commands: the board's shortcuts stay out of it. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/** A plain key press (no Ctrl, Alt or ⌘), which the board may take as a command. */
export function isPlainKey(event: { ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey;
}
