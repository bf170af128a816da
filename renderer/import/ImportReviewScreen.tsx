import { useId, useRef, useState } from 'react';
import type { Recognised } from '../../shared/import/recognise';
import type { SourceDocument } from '../../shared/import/source';
import type { BodySummary } from '../../shared/model/domain';
import { api } from '../api/client';
import { useFocusHeading } from '../app/useFocusHeading';
import { FormError } from '../components/Field';
import { BodyChoice, fileForTarget, initialTarget, targetErrors, type BodyTarget } from './BodyChoice';
import { MeetingPreview } from './MeetingPreview';
import { ReviewLines } from './ReviewLines';
import { ReviewNotes } from './ReviewNotes';
import { useImportReview } from './useImportReview';
import './import-review.css';

/**
 * "Granska": one document beside what was read from it. Nothing is saved
 * until "Spara som möte". `data-import-state` is reviewing, then saving.
 */
export function ImportReviewScreen({
  source,
  recognised,
  bodies,
  bodyId,
  today,
  onSaved,
  onBack,
}: {
  source: SourceDocument;
  recognised: Recognised;
  bodies: readonly BodySummary[];
  bodyId: number | null;
  today: string;
  onSaved: (saved: { meetingId: number; bodyId: number }) => void;
  /** Back to the list of files, keeping what was changed; absent for a single document. */
  onBack?: (current: Recognised) => void;
}) {
  const baseId = useId();
  const review = useImportReview(source, recognised, today);
  const [target, setTarget] = useState<BodyTarget>(() => initialTarget(recognised.draft.file, bodyId, bodies));
  const [saving, setSaving] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);

  const save = async () => {
    const errors = targetErrors(target);
    if (errors.name || errors.shortName) {
      setShowErrors(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.import-body-choice [aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    setError(null);
    // The meeting assembled from the readings as they are now, not the deferred one a fast click could catch.
    const { file, bodyId: into } = fileForTarget(review.current().draft.file, target);
    const result = await api['import:save']({ file, bodyId: into });
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    setSaving(false);
    setError(result.error.message);
  };

  const notesCount = review.draft.review.length;
  return (
    <div className="page page-import-review" data-import-state={saving ? 'saving' : 'reviewing'}>
      <div className="page-head">
        {onBack && (
          <button type="button" className="button button-quiet button-small import-back" onClick={() => onBack(review.current())}>
            <span aria-hidden="true">←</span> Tillbaka till filerna
          </button>
        )}
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Granska: {source.name}
        </h1>
        <p className="page-lead">
          Varje rad i dokumentet står med vad den lästes som och vilken punkt den hör till (i ett smalt fönster under
          raden). Ändra det som blev fel; mötet sparas först när du väljer Spara som möte.
        </p>
      </div>

      <BodyChoice bodies={bodies} target={target} file={review.draft.file} showErrors={showErrors} onChange={setTarget} />

      <div className="import-review-layout">
        <section className="import-review-lines" aria-labelledby={`${baseId}-lines`}>
          <h2 id={`${baseId}-lines`} className="import-section-title">
            Dokumentet rad för rad ({recognised.lines.length} rader)
          </h2>
          <p className="import-hint">
            Flytta en rad till föregående eller nästa punkt med <kbd>Alt+Shift+↑</kbd> och <kbd>Alt+Shift+↓</kbd>.
          </p>
          <ReviewLines lines={recognised.lines} review={review} />
        </section>
        {/* Scrolls on its own beside a long document, so it can be reached and scrolled by keyboard. */}
        <div className="import-review-side" tabIndex={0} role="group" aria-label="Att titta på och mötet som sparas">
          <section className="card import-side-card" aria-labelledby={`${baseId}-notes`}>
            <h2 id={`${baseId}-notes`} className="import-section-title">
              Att titta på ({notesCount})
            </h2>
            <ReviewNotes notes={review.draft.review} lines={recognised.lines} />
          </section>
          <section
            className="card import-side-card"
            aria-labelledby={`${baseId}-meeting`}
            aria-busy={review.assembling || undefined}
            data-assembly={review.assembling ? 'pending' : 'done'}
          >
            <h2 id={`${baseId}-meeting`} className="import-section-title">
              Mötet som sparas
            </h2>
            <MeetingPreview file={review.draft.file} />
          </section>
        </div>
      </div>

      <div className="import-review-actions">
        <FormError error={error} />
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Sparar …' : 'Spara som möte'}
        </button>
      </div>
    </div>
  );
}
