import type { ToolbarButton } from '../notes/toolbar/buttons';
import { NEXT_MISSPELLING_SHORTCUT } from './flags';

/** A tick above a wavy underline: spelling checked as she writes. */
function SpellingIcon() {
  return (
    <svg className="tb-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d="M4.5 7.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
      <path className="tb-spelling-wave" d="M2 15.5q2-2.4 4 0t4 0t4 0t4 0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** The notes toolbar's "Stavning" button: live spelling on (pressed) or off, for every editor of the window. */
export function spellingButton(on: boolean, setOn: (on: boolean) => void): ToolbarButton {
  return {
    id: 'spelling',
    label: 'Stavning',
    shortcut: `${NEXT_MISSPELLING_SHORTCUT} i texten går till nästa stavfel`,
    icon: <SpellingIcon />,
    pressed: on,
    run: () => setOn(!on),
  };
}
