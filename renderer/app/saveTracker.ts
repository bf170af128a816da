import { useSyncExternalStore } from 'react';
import type { SaveState, SaveStatus } from './saveState';

/**
 * Save states of everything that is not notes text (body settings, roster,
 * attendance), one entry per source, so the quiet indicator in the top bar
 * tells the truth about all of it. Lives outside React like the notes
 * autosaver; only the indicator subscribes.
 */
class SaveTracker {
  private readonly sources = new Map<string, SaveStatus>();
  private readonly listeners = new Set<() => void>();
  private combined: SaveStatus = { state: 'saved', message: 'Sparat' };

  set(source: string, state: SaveState, message?: string): void {
    const status: SaveStatus = {
      state,
      message: message ?? (state === 'saving' ? 'Sparar…' : state === 'saved' ? 'Sparat' : 'Kunde inte spara.'),
    };
    if (state === 'saved') this.sources.delete(source);
    else this.sources.set(source, status);
    this.recompute();
  }

  clear(source: string): void {
    if (this.sources.delete(source)) this.recompute();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  status = (): SaveStatus => this.combined;

  private recompute(): void {
    let next: SaveStatus = { state: 'saved', message: 'Sparat' };
    for (const status of this.sources.values()) {
      if (status.state === 'error') {
        next = status;
        break;
      }
      if (status.state === 'saving') next = status;
    }
    if (next.state !== this.combined.state || next.message !== this.combined.message) {
      this.combined = next;
      for (const listener of this.listeners) listener();
    }
  }
}

export const saveTracker = new SaveTracker();

export function useTrackedSaveStatus(): SaveStatus {
  return useSyncExternalStore(saveTracker.subscribe, saveTracker.status);
}
