import { useGlobalSaveStatus } from '../notes/autosave';

/**
 * The quiet global save state in the header: "Sparat", "Sparar…" or the
 * error. `data-save-state` is saved | saving | error (tests wait on it).
 */
export function SaveIndicator() {
  const status = useGlobalSaveStatus();
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
