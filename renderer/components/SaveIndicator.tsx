import type { SaveStatus } from '../app/saveState';
import { useGlobalSaveStatus } from '../notes/autosave';
import { useTrackedSaveStatus } from '../app/saveTracker';
import { revealInvalidField, useInvalidFields } from '../app/invalidFields';

function combine(a: SaveStatus, b: SaveStatus): SaveStatus {
  if (a.state === 'error') return a;
  if (b.state === 'error') return b;
  if (a.state === 'saving') return a;
  return b;
}

/**
 * The quiet global save state in the header: "Sparat", "Sparar…" or the
 * error, for notes text and every other change (settings, roster,
 * attendance), and "fel värde – inte sparat" while a field holds a value
 * that cannot be saved, with a way to it. `data-save-state` is saved |
 * saving | error (tests wait on it).
 *
 * Only a failure of the notes is announced, here (settings, roster and
 * attendance announce theirs where they happen): "Sparar … Sparat" at every
 * pause in typing would talk over the secretary's screen reader all meeting
 * long, and saving is what she can take for granted.
 */
export function SaveIndicator() {
  const notes = useGlobalSaveStatus();
  const status = combine(notes, useTrackedSaveStatus());
  const invalid = useInvalidFields();
  const first = invalid[0];
  return (
    <>
      <div
        className={`save-indicator save-${status.state}`}
        data-save-state={status.state}
        title={first && status.state === 'error' ? `${status.message}: ${first.label} – ${first.message}` : status.message}
      >
        <span className="save-dot" aria-hidden="true" />
        <span className="save-text">{status.message}</span>
      </div>
      <p className="visually-hidden" role="alert" data-save-alert="">
        {notes.state === 'error' ? notes.message : ''}
      </p>
      {first && (
        <button
          type="button"
          className="button button-quiet button-small save-show-field"
          aria-label={`Visa fältet ${first.label}`}
          onClick={() => revealInvalidField(first)}
        >
          Visa
        </button>
      )}
    </>
  );
}
