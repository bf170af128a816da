import { useCallback, useEffect, useState } from 'react';
import { archivedLine } from '../../shared/archive/issued-text';
import type { ListedIssuedFile } from '../../shared/ipc/contract-archive';
import type { Meeting } from '../../shared/model/domain';
import { api } from '../api/client';
import { publicationHref } from '../app/router';
import { FormError } from '../components/Field';
import { ConfirmDialog } from '../review/Dialog';
import './archive-copy.css';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'confirm' }
  | { kind: 'done'; folderName: string }
  | { kind: 'error'; message: string };

/**
 * "Arkiv" on approved minutes: "Arkivera" writes the archive copy (PDF/A-2b,
 * DOCX, meeting file, metadata.json) as a folder in the export folder; the
 * archive copies made are listed with "Visa i mappen". An existing folder of
 * the same version is replaced only after the secretary says so.
 * `data-archive-copy` = none | archived.
 */
export function ArchiveCopy({ meeting, beforeArchive }: { meeting: Meeting; beforeArchive: () => Promise<void> }) {
  const [copies, setCopies] = useState<ListedIssuedFile[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [showError, setShowError] = useState<string | null>(null);
  const approved = meeting.status === 'approved';

  const reload = useCallback(async () => {
    const result = await api['archive:issued']({ meetingId: meeting.id });
    // The archive's metadata.json stands for its folder: one line per archive copy.
    if (result.ok) setCopies(result.value.filter((f) => f.kind === 'archive-metadata'));
  }, [meeting.id]);
  useEffect(() => {
    if (approved) void reload();
  }, [approved, reload]);
  if (!approved) return null;

  const busy = state.kind === 'busy';
  const archive = async (overwrite: boolean) => {
    setState({ kind: 'busy' });
    await beforeArchive();
    const result = await api['archive:write']({ meetingId: meeting.id, overwrite });
    if (result.ok) {
      setState({ kind: 'done', folderName: result.value.folderName });
      await reload();
    } else if (result.error.code === 'conflict' && result.error.field === 'overwrite' && !overwrite) {
      setState({ kind: 'confirm' });
    } else {
      setState({ kind: 'error', message: result.error.message });
    }
  };

  const show = async (path: string) => {
    setShowError(null);
    const result = await api['export:showInFolder']({ path });
    if (!result.ok) setShowError(result.error.message);
    else if (!result.value.shown) setShowError('Mappen kan inte visas härifrån. Den finns i exportmappen.');
  };

  return (
    <section className="archive-copy" aria-label="Arkiv och publicering" data-archive-copy={copies.length > 0 ? 'archived' : 'none'}>
      <div className="archive-copy-actions">
        <span className="archive-copy-lead">
          {copies.length > 0 ? 'Arkivexemplar av den justerade versionen:' : 'Inget arkivexemplar än.'}
        </span>
        <button
          type="button"
          className="button button-small"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void archive(false);
          }}
        >
          Arkivera
        </button>
        <a className="button button-small" href={publicationHref(meeting.id)}>
          Publicera …
        </a>
      </div>
      {copies.length > 0 && (
        <ul className="archive-copy-list">
          {copies.map((file) => (
            <li key={file.id} className="archive-copy-line" data-version={file.summary.version}>
              <span>{archivedLine(file)}</span>
              {file.path !== null && (
                <button type="button" className="button button-small button-quiet" onClick={() => void show(file.path!)}>
                  Visa i mappen
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="archive-copy-status" role="status">
        {busy && 'Skriver arkivexemplaret (PDF/A, Word och mötesfil) …'}
        {state.kind === 'done' && `Arkivexemplaret är sparat i mappen ${state.folderName}.`}
      </p>
      {state.kind === 'error' && <FormError error={state.message} />}
      {showError !== null && <FormError error={showError} />}
      {state.kind === 'confirm' && (
        <ConfirmDialog
          title="Ersätta arkivmappen?"
          lead={
            <>
              Version {meeting.version} är redan arkiverad i exportmappen. Ersätter du mappen skrivs filerna om; kontrollen av de
              tidigare filerna fungerar ändå.
            </>
          }
          confirmLabel="Ersätt mappen"
          onConfirm={() => void archive(true)}
          onClose={() => setState({ kind: 'idle' })}
        />
      )}
    </section>
  );
}
