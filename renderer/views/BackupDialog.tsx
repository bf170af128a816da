import { useEffect, useRef, useState } from 'react';
import type { BackupEntry, ResponseOf } from '../../shared/ipc/contract';
import { formatBackupTime, formatBytes, formatLocalTimestamp } from '../../shared/format/datetime';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';
import { CloseActions, Dialog } from '../review/Dialog';
import './backup.css';
import { useAppCommand } from '../app/commands';
import { FormError } from '../components/Field';

/**
 * Backups from the start view: "Gör en säkerhetskopia nu" and "Återställ
 * från säkerhetskopia", plus the notice shown once after a damaged database
 * was replaced by a backup at start.
 */

let noticeDismissed = false;

/** The start-up notice ("Databasen var skadad …"), until the secretary closes it. */
export function StartupNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  useLoad(async (active) => {
    if (noticeDismissed) return;
    const result = await api['app:info']({});
    if (active() && result.ok && result.value.startupNotice) setNotice(result.value.startupNotice);
  }, []);
  if (notice === null) return null;
  return (
    <div className="banner banner-info startup-notice" role="status">
      <span className="banner-text">{notice}</span>
      <button
        type="button"
        className="button button-quiet button-small"
        onClick={() => {
          noticeDismissed = true;
          setNotice(null);
        }}
      >
        Stäng
      </button>
    </div>
  );
}

/** The quiet row at the foot of the start view; `onRestored` reloads the view's data. */
export function BackupFooter({ onRestored }: { onRestored: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  useAppCommand('backups', () => setOpen(true));
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);

  const backupNow = async () => {
    setStatus({ kind: 'busy', text: 'Gör en säkerhetskopia …' });
    const result = await api['backups:create']({});
    setStatus(
      result.ok
        ? { kind: 'done', text: `Säkerhetskopian från ${formatLocalTimestamp(result.value.takenAt)} är sparad.` }
        : { kind: 'error', text: result.error.message },
    );
  };

  return (
    <footer className="backup-footer" aria-label="Säkerhetskopior">
      <div className="backup-footer-actions">
        <button type="button" className="button button-quiet button-small" onClick={() => void backupNow()} disabled={status?.kind === 'busy'}>
          Gör en säkerhetskopia nu
        </button>
        <button type="button" className="button button-quiet button-small" onClick={() => setOpen(true)}>
          Återställ från säkerhetskopia …
        </button>
      </div>
      {status && (
        <p className={status.kind === 'error' ? 'field-error' : 'muted backup-status'} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {open && (
        <BackupDialog
          onClose={() => setOpen(false)}
          onRestored={(message) => {
            setOpen(false);
            setStatus(null);
            onRestored(message);
          }}
        />
      )}
    </footer>
  );
}

type Listing =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; folder: string; keepDays: number; backups: BackupEntry[]; space: BackupSpaceInfo };

function BackupDialog({ onClose, onRestored }: { onClose: () => void; onRestored: (message: string) => void }) {
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [chosen, setChosen] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useLoad(async (active) => {
    const result = await api['backups:list']({});
    if (!active()) return;
    setListing(result.ok ? { state: 'ready', ...result.value } : { state: 'error', message: result.error.message });
  }, []);

  useEffect(() => {
    if (chosen) cancelRef.current?.focus();
  }, [chosen]);

  const restore = async (backup: BackupEntry) => {
    setBusy(true);
    setError(null);
    const result = await api['backups:restore']({ fileName: backup.fileName });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRestored(
      `Säkerhetskopian från ${formatLocalTimestamp(result.value.restored.takenAt)} är återställd. ` +
        `Det du hade innan finns kvar som säkerhetskopian från ${formatLocalTimestamp(result.value.safety.takenAt)}.`,
    );
  };

  if (chosen) {
    const when = formatBackupTime(chosen, listing.state === 'ready' ? listing.backups : []);
    return (
      <Dialog
        title={`Återställa säkerhetskopian från ${when}?`}
        lead={
          'Alla organ och möten blir som de var då. Det du har nu sparas först som en ny säkerhetskopia, ' +
          'så du kan gå tillbaka till det om du ångrar dig.'
        }
        onClose={() => (busy ? undefined : setChosen(null))}
      >
        {() => (
          <>
            <FormError error={error} />
            <div className="dialog-actions">
              <button type="button" className="button button-danger" onClick={() => void restore(chosen)} disabled={busy}>
                {busy ? 'Återställer …' : 'Återställ'}
              </button>
              <button ref={cancelRef} type="button" className="button button-quiet" onClick={() => setChosen(null)} disabled={busy}>
                Avbryt
              </button>
            </div>
          </>
        )}
      </Dialog>
    );
  }

  return (
    <Dialog
      title="Återställ från säkerhetskopia"
      lead="Anteckna gör en säkerhetskopia när programmet startar och sedan högst var tionde minut när något har ändrats."
      onClose={onClose}
      className="backup-dialog"
    >
      {() => (
        <>
          {listing.state === 'loading' && <p className="muted">Hämtar säkerhetskopiorna …</p>}
          {listing.state === 'error' && <FormError error={listing.message} />}
          {listing.state === 'ready' && listing.backups.length === 0 && <p>Det finns inga säkerhetskopior ännu.</p>}
          {listing.state === 'ready' && listing.backups.length > 0 && (
            <ul className="backup-list" aria-label="Säkerhetskopior, den senaste först">
              {listing.backups.map((backup) => {
                const when = formatBackupTime(backup, listing.backups);
                return (
                  <li key={backup.fileName} className="backup-row">
                    <span className="backup-when">{when}</span>
                    <span className="backup-size muted">{formatBytes(backup.bytes)}</span>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Återställ säkerhetskopian från ${when}`}
                      onClick={() => setChosen(backup)}
                    >
                      Återställ …
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {listing.state === 'ready' && listing.space.warning && (
            <p className="backup-warning" role="alert">
              {listing.space.warning}
            </p>
          )}
          {listing.state === 'ready' && (
            <>
              <p className="backup-space" data-backup-space={listing.space.totalBytes}>
                {spaceText(listing.space)}
              </p>
              <p className="muted backup-where">
                Säkerhetskopiorna finns i mappen {listing.folder}. Alla från det senaste dygnet sparas, sedan en om dagen i{' '}
                {listing.keepDays} dagar och därefter en i veckan. Den senaste hela säkerhetskopian tas aldrig bort.
              </p>
            </>
          )}
          <CloseActions onClose={onClose} />
        </>
      )}
    </Dialog>
  );
}

type BackupSpaceInfo = ResponseOf<'backups:list'>['space'];

/** "12 säkerhetskopior tar 34 MB. Det finns 120 GB ledigt på disken." */
function spaceText(space: BackupSpaceInfo): string {
  const copies = space.count === 1 ? '1 säkerhetskopia tar' : `${space.count} säkerhetskopior tar`;
  const free = space.freeBytes === null ? '' : ` Det finns ${formatBytes(space.freeBytes)} ledigt på disken.`;
  return `${copies} ${formatBytes(space.totalBytes)}.${free}`;
}
