import { useEffect, useId, useRef, useState } from 'react';
import type { Meeting } from '../../shared/model/domain';
import type { ReviewComment } from '../../shared/model/review-round';
import { FormError } from '../components/Field';
import { LiveText } from '../components/LiveText';
import { ConfirmDialog } from './Dialog';
import { formatStamp } from './ReviewBar';
import { useReviewComments } from './useReviewComments';
import './review-round.css';

const OTHER = '__other__';

/**
 * "Kommentarer från justerare" under an agenda item: what the reviewers said
 * back about it, noted while the minutes are out for justering, ticked
 * "Åtgärdad" once dealt with. Approved minutes show them, unchangeable.
 */
export function ReviewComments({ meeting, itemId, itemLabel }: { meeting: Meeting; itemId: number; itemLabel: string }) {
  const editable = meeting.status === 'review';
  const shown = editable || meeting.status === 'approved';
  const { comments, loadError, add, setDone, remove } = useReviewComments(meeting.id, shown);
  const mine = (comments ?? []).filter((c) => c.itemId === itemId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<ReviewComment | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const [focusAdd, setFocusAdd] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!focusAdd) return;
    setFocusAdd(false);
    addRef.current?.focus();
  }, [focusAdd]);

  if (!shown || (!editable && mine.length === 0)) return null;

  return (
    <div className="review-comments" role="group" aria-labelledby={titleId} data-review-comments={itemId}>
      <p id={titleId} className="review-comments-title">
        Kommentarer från justerare<span className="visually-hidden">, {itemLabel}</span>
      </p>
      {loadError && <FormError error={loadError} />}
      {mine.length > 0 && (
        <ul className="review-comment-list">
          {mine.map((c) => (
            <CommentRow
              key={c.id}
              comment={c}
              editable={editable}
              onDone={async (done) => {
                setError(await setDone(c.id, done));
              }}
              onRemove={() => {
                setError(null);
                setRemoving(c);
              }}
            />
          ))}
        </ul>
      )}
      {editable && mine.length === 0 && !adding && <p className="muted review-comments-none">Inga kommentarer.</p>}
      {editable &&
        (adding ? (
          <CommentForm
            reviewers={meeting.reviewers.map((r) => r.name)}
            itemLabel={itemLabel}
            onCancel={() => {
              setAdding(false);
              setFocusAdd(true);
            }}
            onAdd={async (author, text) => {
              const failed = await add(itemId, author, text);
              if (failed) return failed;
              setAdding(false);
              setFocusAdd(true);
              setSaid('Kommentaren är tillagd.');
              return null;
            }}
          />
        ) : (
          <button ref={addRef} type="button" className="button button-quiet button-small" onClick={() => setAdding(true)}>
            + Kommentar<span className="visually-hidden"> från justerare, {itemLabel}</span>
          </button>
        ))}
      <FormError error={error} />
      {removing && (
        <ConfirmDialog
          title="Ta bort kommentaren?"
          lead={`”${removing.text}”${removing.author ? ` (${removing.author})` : ''} tas bort från mötesanteckningen.`}
          confirmLabel="Ta bort"
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            const comment = removing;
            void remove(comment.id).then((failed) => {
              setRemoving(null);
              setError(failed);
              if (!failed) {
                setSaid('Kommentaren är borttagen.');
                setFocusAdd(true);
              }
            });
          }}
        />
      )}
      <LiveText text={said} />
    </div>
  );
}

function CommentRow({
  comment,
  editable,
  onDone,
  onRemove,
}: {
  comment: ReviewComment;
  editable: boolean;
  onDone: (done: boolean) => Promise<void>;
  onRemove: () => void;
}) {
  const id = useId();
  const who = comment.author || 'Justerare';
  return (
    <li className={`review-comment${comment.doneAt ? ' is-done' : ''}`} data-comment-id={comment.id} data-done={comment.doneAt ? 'true' : 'false'}>
      <p className="review-comment-text">
        <strong>{who}:</strong> {comment.text}
      </p>
      <p className="review-comment-meta muted">Noterad {formatStamp(comment.createdAt)}</p>
      <div className="review-comment-actions">
        {editable ? (
          <>
            <span className="review-comment-done">
              <input id={`${id}-done`} type="checkbox" checked={comment.doneAt !== null} onChange={(e) => void onDone(e.target.checked)} />
              <label htmlFor={`${id}-done`}>
                Åtgärdad<span className="visually-hidden"> – kommentaren från {who}</span>
              </label>
            </span>
            <button type="button" className="button button-quiet button-small" onClick={onRemove}>
              Ta bort<span className="visually-hidden"> kommentaren från {who}</span>
            </button>
          </>
        ) : (
          <span className="muted">{comment.doneAt ? `Åtgärdad ${formatStamp(comment.doneAt)}` : 'Inte åtgärdad'}</span>
        )}
      </div>
    </li>
  );
}

function CommentForm({
  reviewers,
  itemLabel,
  onAdd,
  onCancel,
}: {
  reviewers: string[];
  itemLabel: string;
  onAdd: (author: string, text: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [who, setWho] = useState(reviewers[0] ?? OTHER);
  const [other, setOther] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    textRef.current?.focus();
  }, []);

  const submit = async () => {
    if (text.trim() === '') {
      setError('Skriv kommentaren.');
      textRef.current?.focus();
      return;
    }
    setBusy(true);
    const failed = await onAdd(who === OTHER ? other.trim() : who, text.trim());
    setBusy(false);
    setError(failed);
  };

  return (
    <form
      className="review-comment-form"
      noValidate
      aria-label={`Ny kommentar, ${itemLabel}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className="review-comment-fields">
        <div className="form-field">
          <label htmlFor={`${id}-who`} className="field-label">
            Från
          </label>
          <select id={`${id}-who`} className="field-input" value={who} onChange={(e) => setWho(e.target.value)}>
            {reviewers.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            <option value={OTHER}>Någon annan …</option>
          </select>
        </div>
        {who === OTHER && (
          <div className="form-field">
            <label htmlFor={`${id}-other`} className="field-label">
              Namn <span className="muted">(valfritt)</span>
            </label>
            <input id={`${id}-other`} className="field-input" value={other} onChange={(e) => setOther(e.target.value)} />
          </div>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-text`} className="field-label">
          Kommentar
        </label>
        <textarea
          ref={textRef}
          id={`${id}-text`}
          className="field-input field-textarea"
          rows={2}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="review-comment-form-actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy ? 'Sparar …' : 'Lägg till kommentar'}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
