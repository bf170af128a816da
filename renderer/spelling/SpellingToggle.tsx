import { useSyncExternalStore } from 'react';
import type { ToolbarButton } from '../notes/toolbar/buttons';
import { NEXT_MISSPELLING_SHORTCUT } from './flags';
import { spellingClient } from './spellingClient';

/** A tick above a wavy underline: spelling checked as she writes. */
function SpellingIcon() {
  return (
    <svg className="tb-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M4.5 7.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
      <path className="tb-spelling-wave" d="M2 15.5q2-2.4 4 0t4 0t4 0t4 0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** Whether the window's spelling worker failed (its dictionary could not be read): the toggle's title says so, quietly. */
export function useSpellingUnavailable(): boolean {
  return useSyncExternalStore(
    (listener) => spellingClient.subscribe(listener),
    () => spellingClient.getState() === 'unavailable',
    () => false,
  );
}

/** The notes toolbar's "Stavning" button: live spelling on (pressed) or off, for every editor of the window. */
export function spellingButton(on: boolean, setOn: (on: boolean) => void, unavailable = false): ToolbarButton {
  return {
    id: 'spelling',
    label: 'Stavning',
    shortcut: unavailable
      ? 'ordlistan kunde inte läsas in, så inga ord stryks under'
      : `${NEXT_MISSPELLING_SHORTCUT} i texten går till nästa stavfel`,
    icon: <SpellingIcon />,
    pressed: on,
    run: () => setOn(!on),
  };
}
