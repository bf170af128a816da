import { useSyncExternalStore } from 'react';

/**
 * One short message that outlives a navigation ("Mötet … har raderats."):
 * shown on the view the secretary lands on, gone once she moves on.
 */
let flash: { text: string; hash: string } | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

/** Call after navigating: `hash` is the address the message belongs to. */
export function setFlash(text: string, hash: string): void {
  flash = { text, hash };
  emit();
}

export function clearFlash(): void {
  if (flash === null) return;
  flash = null;
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFlashState(): { text: string; hash: string } | null {
  return useSyncExternalStore(subscribe, () => flash);
}
