import { useSyncExternalStore } from 'react';
import type { SaveState } from '../app/saveState';
import { saveTracker } from '../app/saveTracker';

/**
 * The save state of the meeting's own edits outside the notes text (agenda,
 * header, tasks, justering): one entry per source, combined into
 * `data-agenda-state` on the agenda and passed on to the top bar's indicator.
 */
class EditState {
  private readonly sources = new Map<string, SaveState>();
  private readonly listeners = new Set<() => void>();
  private combined: SaveState = 'saved';

  set(source: string, state: SaveState, message?: string): void {
    if (state === 'saved') this.sources.delete(source);
    else this.sources.set(source, state);
    saveTracker.set(source, state, state === 'error' ? `Kunde inte spara: ${message ?? ''}`.trim() : undefined);
    this.recompute();
  }

  /** Runs one request, reported as saving until it is answered. */
  async track<T extends { ok: boolean }>(source: string, request: Promise<T>, messageOf?: (r: T) => string): Promise<T> {
    this.set(source, 'saving');
    const result = await request;
    if (result.ok) this.set(source, 'saved');
    else this.set(source, 'error', messageOf?.(result));
    return result;
  }

  clear(source: string): void {
    if (this.sources.delete(source)) {
      saveTracker.clear(source);
      this.recompute();
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  state = (): SaveState => this.combined;

  private recompute(): void {
    let next: SaveState = 'saved';
    for (const state of this.sources.values()) {
      if (state === 'error') {
        next = 'error';
        break;
      }
      if (state === 'saving') next = 'saving';
    }
    if (next !== this.combined) {
      this.combined = next;
      for (const l of this.listeners) l();
    }
  }
}

export const editState = new EditState();

export function useEditState(): SaveState {
  return useSyncExternalStore(editState.subscribe, editState.state);
}
