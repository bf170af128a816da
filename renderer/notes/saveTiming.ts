/**
 * When the notes autosave sends: the debounce, the longest wait while typing
 * goes on, the retry delays, and the idle moment a due save waits for.
 */

export const DEBOUNCE_MS = 300;
/**
 * Longest a change waits while the secretary keeps typing: the debounce is
 * not pushed past this, so text is durable within a second even mid-sentence.
 */
export const MAX_WAIT_MS = 400;
/**
 * In very long notes one save holds the page up long enough to delay a
 * keystroke: reading the notes out of the editor, serialising them and handing
 * them over took 35 ms for 9,000 pasted paragraphs in the browser host here,
 * and more notes, a slower computer or another way to the host cost more.
 * There the longest wait grows with what the item's last save cost, so saving
 * takes at most a tenth of the page's time, up to LONG_NOTES_MAX_WAIT_MS: with
 * the idle wait and the save itself, still on disk within a second.
 */
const SAVE_TIME_SHARE = 0.1;
export const LONG_NOTES_MAX_WAIT_MS = 700;

/** The longest a change waits while typing goes on, given what the item's last save cost the page. */
export function longestWait(lastSaveCostMs: number): number {
  return Math.min(LONG_NOTES_MAX_WAIT_MS, Math.max(MAX_WAIT_MS, lastSaveCostMs / SAVE_TIME_SHARE));
}

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 15_000];

/** How long to wait before the next try after `attempts` failed ones. */
export function retryDelay(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)] ?? 15_000;
}

/**
 * Longest a due save waits for a moment between two frames. Serialising the
 * notes and sending them takes a few ms; done between a keystroke and its
 * frame it delayed the letter on screen (the slowest keystrokes in the
 * benchmark were those that met a save).
 */
const IDLE_WAIT_MS = 100;

export function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else setTimeout(work, 0);
}

/**
 * A status change that does not come from a keystroke (a save committed, a
 * retry timer) is shown once typing has paused this long; while typing goes
 * on, the next keystroke carries it to the screen in its own frame. Drawn at
 * once it makes a frame of its own, and a keystroke right after such a frame
 * waits for the next frame interval (an A/B run that drew every status change
 * in a frame of its own doubled the typing p95). The indicator also stays on
 * "Sparar…" while the secretary types instead of flickering.
 */
export const TYPING_PAUSE_MS = 500;
