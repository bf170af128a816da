import { useId } from 'react';
import { formatLongDate } from '../../shared/format/date';
import type { BodySummary } from '../../shared/model/domain';
import { meetingHref } from '../app/router';
import { count } from '../app/text';
import { Field } from '../components/Field';
import { BodyOptions } from './BodyChoice';
import { readingProgress, savableWithoutNotes, type ImportFile } from './import-files-model';

const NEW_BODY = 'nytt';

/**
 * The files of an import: while they are read, how far it has come; then each
 * file with the meeting found in it, what needs a look, or why it could not
 * be read, and "Granska" / "Spara" for each.
 */
export function ImportSummary({
  files,
  reading,
  bodies,
  bodyId,
  onBodyId,
  onReview,
  onSave,
  onSaveAll,
  onRestart,
}: {
  files: readonly ImportFile[];
  reading: boolean;
  bodies: readonly BodySummary[];
  /** Where "Spara" saves: a body, or null for a new body made from each document. */
  bodyId: number | null;
  onBodyId: (bodyId: number | null) => void;
  onReview: (index: number) => void;
  onSave: (index: number) => void;
  onSaveAll: () => void;
  onRestart: () => void;
}) {
  const baseId = useId();
  const progress = readingProgress(files);
  const clean = savableWithoutNotes(files);
  const busy = reading || files.some((f) => f.status === 'saving');
  return (
    <section className="card import-summary" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="card-title">
        {reading ? 'Läser filerna' : 'Inlästa filer'}
      </h2>
      {reading && (
        <div className="import-progress">
          <label htmlFor={`${baseId}-progress`}>
            Läser {progress.current} av {progress.total} …
          </label>
          <progress id={`${baseId}-progress`} max={progress.total} value={Math.max(0, progress.current - 1)} />
        </div>
      )}
      {!reading && (
        <div className="import-summary-target">
          <Field id={`${baseId}-body`} label="Spara i">
            {(control) => (
              <select
                className="field-input"
                {...control}
                value={bodyId === null ? NEW_BODY : String(bodyId)}
                onChange={(e) => onBodyId(e.target.value === NEW_BODY ? null : Number(e.target.value))}
              >
                <option value={NEW_BODY}>Nytt organ ur varje dokument</option>
                <BodyOptions bodies={bodies} />
              </select>
            )}
          </Field>
          <button type="button" className="button" disabled={busy || clean.length === 0} onClick={onSaveAll}>
            Spara alla utan anmärkningar ({clean.length})
          </button>
        </div>
      )}
      <ul className="import-files">
        {files.map((file, index) => (
          <FileRow key={index} file={file} busy={busy} onReview={() => onReview(index)} onSave={() => onSave(index)} />
        ))}
      </ul>
      {!reading && (
        <button type="button" className="button button-quiet" onClick={onRestart}>
          Välj andra filer
        </button>
      )}
    </section>
  );
}

function FileRow({ file, busy, onReview, onSave }: { file: ImportFile; busy: boolean; onReview: () => void; onSave: () => void }) {
  const meeting = file.recognised?.draft.file.meeting;
  const notes = file.recognised?.draft.review.length ?? 0;
  return (
    <li className="import-file" data-file-status={file.status} data-file-name={file.name}>
      <p className="import-file-name">{file.name}</p>
      <FileStatus file={file} />
      {meeting && file.status !== 'failed' && (
        <p className="import-file-meeting">
          {meeting.date ? formatLongDate(meeting.date) : 'Datum saknas'}
          {meeting.title ? ` – ${meeting.title}` : ''} · {count(meeting.agenda.length, 'punkt', 'punkter')} ·{' '}
          {notes === 0 ? 'inga anmärkningar' : count(notes, 'anmärkning', 'anmärkningar')}
        </p>
      )}
      {file.error && <p className="field-error import-file-error">{file.error}</p>}
      {(file.status === 'read' || file.status === 'saving') && (
        <div className="import-file-actions">
          <button type="button" className="button button-small" disabled={busy} onClick={onReview} aria-label={`Granska ${file.name}`}>
            Granska
          </button>
          <button type="button" className="button button-small button-quiet" disabled={busy} onClick={onSave} aria-label={`Spara ${file.name}`}>
            Spara
          </button>
        </div>
      )}
      {file.status === 'saved' && file.meetingId !== null && (
        <p className="import-file-actions">
          <a href={meetingHref(file.meetingId)}>Öppna mötet</a>
        </p>
      )}
    </li>
  );
}

function FileStatus({ file }: { file: ImportFile }) {
  switch (file.status) {
    case 'waiting':
      return <p className="import-file-status muted">Väntar</p>;
    case 'reading':
      return <p className="import-file-status muted">Läser …</p>;
    case 'read':
      return <p className="import-file-status">Inläst</p>;
    case 'failed':
      return <p className="import-file-status import-file-failed">Kunde inte läsas</p>;
    case 'saving':
      return <p className="import-file-status muted">Sparar …</p>;
    case 'saved':
      return <p className="import-file-status import-file-saved">Sparad</p>;
    default: {
      const never: never = file.status;
      throw new Error(`Unhandled status ${String(never)}`);
    }
  }
}
