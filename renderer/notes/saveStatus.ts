import { SAVED, SAVING, sameStatus, type SaveStatus } from '../app/saveState';
import { TYPING_PAUSE_MS } from './saveTiming';

/**
 * The notes' save status as the secretary sees it: one per item and one for
 * the header, kept outside React so typing never re-renders the meeting view;
 * only the small status components subscribe. See TYPING_PAUSE_MS for when
 * they are told.
 */

export class SaveStatusBoard {
  /** The status components. */
  private readonly listeners = new Set<() => void>();
  /** Told of every change at once (settle waits on them). */
  private readonly watchers = new Set<() => void>();
  /** A status change the status components have not been told of yet. */
  private untold = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastKeystrokeAt = -Infinity;
  private global: SaveStatus = SAVED;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  globalStatus = (): SaveStatus => this.global;

  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  keystroke(at: number): void {
    this.lastKeystrokeAt = at;
  }

  /**
   * Something changed: `itemChanged` says whether an item's status did, and
   * `items` are every item's status now, from which the header's is made
   * (an error anywhere wins, then saving). A keystroke or an error is shown
   * at once, anything else when typing pauses.
   */
  publish(itemChanged: boolean, items: Iterable<{ status: SaveStatus }>, fromKeystroke: boolean): void {
    let global: SaveStatus = SAVED;
    for (const { status } of items) {
      if (status.state === 'error') {
        global = status;
        break;
      }
      if (status.state === 'saving') global = SAVING;
    }
    let changed = itemChanged;
    if (!sameStatus(global, this.global)) {
      this.global = global;
      changed = true;
    }
    for (const watcher of this.watchers) watcher();
    if (changed) this.untold = true;
    if (fromKeystroke || global.state === 'error') this.tell();
    else this.tellWhenTypingPauses();
  }

  /** Tells the status components now (a change that must not wait for typing to pause). */
  tellNow(): void {
    this.untold = true;
    this.tell();
  }

  private tellWhenTypingPauses(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.untold) return;
    const wait = TYPING_PAUSE_MS - (Date.now() - this.lastKeystrokeAt);
    if (wait <= 0) {
      this.tell();
      return;
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tellWhenTypingPauses();
    }, wait);
  }

  private tell(): void {
    if (!this.untold) return;
    this.untold = false;
    for (const listener of this.listeners) listener();
  }
}
