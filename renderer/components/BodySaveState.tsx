import type { SaveState } from '../app/saveState';

/**
 * `data-body-state` on the body view: saved | saving | error | invalid, over the
 * settings, the meeting dates and the roster. Tests wait on it.
 */
export type BodySaveState = SaveState | 'invalid';

/** The state of the view as a whole: the worst of its parts. */
export function combineBodyStates(states: readonly BodySaveState[]): BodySaveState {
  if (states.includes('error')) return 'error';
  if (states.includes('invalid')) return 'invalid';
  if (states.includes('saving')) return 'saving';
  return 'saved';
}

/**
 * The words after the view's lead: quiet when all is saved. Not a live
 * region: a failure is announced once, by the header's save indicator and
 * at the field.
 */
export function BodyStateText({ state }: { state: BodySaveState }) {
  const text =
    state === 'saving' ? 'Sparar …' : state === 'error' ? 'Något kunde inte sparas.' : state === 'invalid' ? 'Rätta det markerade så sparas resten.' : '';
  return <span className={`body-state body-state-${state}`}>{text}</span>;
}
