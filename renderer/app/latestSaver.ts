import type { IpcError, IpcResult } from '../../shared/ipc/result';
import type { SaveState } from './saveState';
import { saveTracker } from './saveTracker';

export interface LatestSaverHandlers<T, R> {
  send: (value: T) => Promise<IpcResult<R>>;
  /** Called with each answer, together with what was sent. */
  onSaved?: (value: R, sent: T) => void;
  onFailed?: (error: IpcError, sent: T) => void;
  onState?: (state: SaveState) => void;
}

/**
 * Saves "the latest value" of something edited in place (body settings, the
 * roster): changes wait a short pause, at most one request is in flight, a
 * change made while saving is sent right after, and a failure keeps the
 * value so the next change (or `flush`) tries again.
 */
export class LatestSaver<T, R> {
  private pending: { value: T } | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight = false;
  private state: SaveState = 'saved';

  constructor(
    private readonly source: string,
    public handlers: LatestSaverHandlers<T, R>,
  ) {}

  /** Queues a value; it is sent after `delayMs` unless another change comes first. */
  schedule(value: T, delayMs = 500): void {
    this.pending = { value };
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delayMs);
    this.setState('saving');
  }

  /** Sends what is pending now. */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    void this.run();
  }

  /** Forgets a pending value that has not been sent (e.g. it became invalid). */
  cancel(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.pending = null;
    if (!this.inFlight && this.state === 'saving') this.setState('saved');
  }

  dispose(): void {
    this.flush();
  }

  private async run(): Promise<void> {
    if (this.inFlight || this.pending === null) return;
    const { value } = this.pending;
    this.pending = null;
    this.inFlight = true;
    this.setState('saving');
    const result = await this.handlers.send(value);
    this.inFlight = false;
    if (result.ok) {
      this.handlers.onSaved?.(result.value, value);
      if (this.pending !== null && this.timer === null) {
        void this.run();
        return;
      }
      if (this.pending === null && this.timer === null) this.setState('saved');
    } else {
      this.handlers.onFailed?.(result.error, value);
      const newer = this.pending !== null;
      // Kept for the next change or flush, unless the value itself was refused.
      if (!newer && result.error.code !== 'validation') this.pending = { value };
      this.setState('error', result.error.message);
      if (newer && this.timer === null) void this.run();
    }
  }

  private setState(state: SaveState, message?: string): void {
    this.state = state;
    saveTracker.set(this.source, state, state === 'error' ? `Kunde inte spara: ${message ?? ''}`.trim() : undefined);
    this.handlers.onState?.(state);
  }
}
