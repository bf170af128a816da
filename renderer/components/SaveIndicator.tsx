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
 */
export function SaveIndicator() {
  const status = combine(useGlobalSaveStatus(), useTrackedSaveStatus());
  const invalid = useInvalidFields();
  const first = invalid[0];
  return (
    <>
      <div
        className={`save-indicator save-${status.state}`}
        role="status"
        aria-label="Sparstatus"
        data-save-state={status.state}
        title={first && status.state === 'error' ? `${status.message}: ${first.label} – ${first.message}` : status.message}
      >
        <span className="save-dot" aria-hidden="true" />
        <span className="save-text">{status.message}</span>
      </div>
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
