import { useSyncExternalStore } from 'react';

/**
 * Whether the notes are checked as she types: on unless turned off with the
 * toolbar's "Stavning" button. Kept in localStorage (the benchmark sets it to
 * measure typing with and without), shared by every editor of the window.
 */

export const LIVE_SPELLING_KEY = 'anteckna.spelling.live';

const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(LIVE_SPELLING_KEY) !== 'off';
  } catch {
    return true;
  }
}

let current: boolean | null = null;

export function isLiveSpellingOn(): boolean {
  if (current === null) current = read();
  return current;
}

export function setLiveSpelling(on: boolean): void {
  current = on;
  try {
    window.localStorage.setItem(LIVE_SPELLING_KEY, on ? 'on' : 'off');
  } catch {
    // Storage may be disabled: the choice then holds for this window only.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** [on, set]: the live spelling preference, re-rendering when any editor changes it. */
export function useLiveSpellingPreference(): readonly [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, isLiveSpellingOn, () => true);
  return [on, setLiveSpelling] as const;
}
