import type { SaveStatus } from '../notes/autosave';
import { useGlobalSaveStatus } from '../notes/autosave';
import { useTrackedSaveStatus } from '../app/saveTracker';

function combine(a: SaveStatus, b: SaveStatus): SaveStatus {
  if (a.state === 'error') return a;
  if (b.state === 'error') return b;
  if (a.state === 'saving') return a;
  return b;
}

/**
 * The quiet global save state in the header: "Sparat", "Sparar…" or the
 * error, for notes text and every other change (settings, roster,
 * attendance). `data-save-state` is saved | saving | error (tests wait on it).
 */
export function SaveIndicator() {
  const status = combine(useGlobalSaveStatus(), useTrackedSaveStatus());
  return (
    <div
      className={`save-indicator save-${status.state}`}
      role="status"
      aria-label="Sparstatus"
      data-save-state={status.state}
      title={status.message}
    >
      <span className="save-dot" aria-hidden="true" />
      <span className="save-text">{status.message}</span>
    </div>
  );
}
