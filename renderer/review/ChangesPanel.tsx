import { useId, useState } from 'react';
import type { DiffPart, ItemChange } from '../../shared/ipc/contract-review-round';
import type { Meeting } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { CHANGES_TITLE, sentMoment } from '../../shared/document/changes';
import { api } from '../api/client';
import { FormError } from '../components/Field';
import { useReviewChanges } from './useReviewChanges';
import './changes.css';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: Format }
  | { kind: 'confirm'; format: Format }
  | { kind: 'done'; path: string }
  | { kind: 'error'; message: string };

type Format = 'docx' | 'pdf';
const FORMAT_WORD: Record<Format, string> = { docx: 'Word', pdf: 'PDF' };
const CHANGE_WORD: Record<ItemChange['change'], string> = { changed: '', added: ' (ny punkt)', removed: ' (borttagen punkt)' };

/**
 * "Ändringar sedan utskick": once the minutes have gone to the reviewers, per
 * item the words added and removed since, and the comparison saved as Word
 * or PDF for them. Hidden until opened; refetched when opened and whenever
 * the meeting is saved.
 */
export function ChangesPanel({ meeting, beforeExport }: { meeting: Meeting; beforeExport: () => Promise<void> }) {
  const { load, reload } = useReviewChanges(meeting.id, `${meeting.status}/${meeting.updatedAt}`);
  const [open, setOpen] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const contentId = useId();
  const headingId = useId();
  if (meeting.status === 'approved' || load.state !== 'ready' || load.value.sending === null) return null;
  const { sending, items } = load.value;

  const write = async (format: Format, overwrite: boolean) => {
    setSave({ kind: 'busy', format });
    await beforeExport();
    const result = await api['export:changes']({ meetingId: meeting.id, format, overwrite });
    if (result.ok) setSave({ kind: 'done', path: result.value.path });
    else if (result.error.code === 'conflict') setSave({ kind: 'confirm', format });
    else setSave({ kind: 'error', message: result.error.message });
    reload();
  };

  const toggle = () => {
    if (!open) reload();
    setOpen(!open);
  };
  const busy = save.kind === 'busy';
  const due = sending.dueOn ? `, justera senast ${formatLongDate(sending.dueOn)}` : '';
  const summary = items.length === 0 ? 'inga ändringar' : items.length === 1 ? '1 punkt ändrad' : `${items.length} punkter ändrade`;

  return (
    <section className="changes-panel" aria-labelledby={headingId} data-changes-count={items.length}>
      <h2 id={headingId} className="changes-heading">
        <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls={contentId} onClick={toggle}>
          <svg className="disclosure-chevron" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {CHANGES_TITLE}
          <span className="changes-count"> ({summary})</span>
        </button>
      </h2>
      <div id={contentId} className="changes-content" hidden={!open}>
        <p className="changes-sent">
          Skickad för justering {sentMoment(sending.sentAt)}
          {due}.
        </p>
        {items.length === 0 ? (
          <p className="changes-none">Inga ändringar sedan utskicket.</p>
        ) : (
          <>
            <p className="changes-legend muted">
              Borttagen text är <del>genomstruken</del>, tillagd text <ins>dubbelt understruken</ins>.
            </p>
            {items.map((item) => (
              <ChangedItem key={`${item.itemId ?? 'm'}-${item.change}`} item={item} />
            ))}
          </>
        )}
        <div className="changes-actions">
          {(['docx', 'pdf'] as const).map((format) => (
            <button key={format} type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void write(format, false)}>
              Spara ändringar ({FORMAT_WORD[format]})
            </button>
          ))}
        </div>
        <div className="changes-status" role="status" aria-live="polite">
          {save.kind === 'busy' && <span>Sparar ändringarna som {FORMAT_WORD[save.format]} …</span>}
          {save.kind === 'done' && <span data-changes-path={save.path}>Ändringarna är sparade i {save.path}.</span>}
        </div>
        {save.kind === 'confirm' && (
          <p className="changes-confirm">
            Filen finns redan. Vill du ersätta den?{' '}
            <button type="button" className="button button-small" onClick={() => void write(save.format, true)}>
              Ersätt filen
            </button>{' '}
            <button type="button" className="button button-quiet button-small" onClick={() => setSave({ kind: 'idle' })}>
              Avbryt
            </button>
          </p>
        )}
        <FormError error={save.kind === 'error' ? save.message : null} />
      </div>
    </section>
  );
}

function ChangedItem({ item }: { item: ItemChange }) {
  return (
    <div className="changes-item" data-changes-item={item.itemId ?? 'meeting'}>
      <h3 className="changes-item-label">
        {item.label}
        {CHANGE_WORD[item.change]}
      </h3>
      <dl className="changes-sections">
        {item.sections.map((section) => (
          <div key={section.name} className="changes-section">
            <dt>{section.name}</dt>
            <dd className="changes-text">
              <Parts parts={section.parts} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The words kept, removed (<del>) and added (<ins>), each change also said in words for screen readers. */
function Parts({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.kind}`;
        switch (part.kind) {
          case 'same':
            return <span key={key}>{part.text}</span>;
          case 'added':
            return (
              <ins key={key}>
                <span className="visually-hidden">tillagt: </span>
                {part.text}
              </ins>
            );
          case 'removed':
            return (
              <del key={key}>
                <span className="visually-hidden">borttaget: </span>
                {part.text}
              </del>
            );
          default: {
            const never: never = part.kind;
            throw new Error(`Unhandled diff part ${String(never)}`);
          }
        }
      })}
    </>
  );
}
