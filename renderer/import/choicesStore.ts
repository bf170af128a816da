import { useSyncExternalStore } from 'react';
import type { ItemChoice } from './review-model';

/**
 * The items a line can be moved to, held outside React's props: when a line
 * becomes an item, only the rows that offer the list (pointed at or focused)
 * draw again, not all 1,500.
 */
export interface ChoicesStore {
  get: () => ItemChoice[];
  set: (choices: ItemChoice[]) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createChoicesStore(initial: ItemChoice[]): ChoicesStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (choices) => {
      if (choices === current) return;
      current = choices;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const NONE: ItemChoice[] = [];
const noSubscription = () => () => undefined;
const nothing = () => NONE;

/** The list while the row offers it; an empty list (and no subscription) before. */
export function useOfferedChoices(store: ChoicesStore, offered: boolean): ItemChoice[] {
  return useSyncExternalStore(offered ? store.subscribe : noSubscription, offered ? store.get : nothing);
}
