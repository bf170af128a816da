import { useId } from 'react';
import type { BodySettings } from '../../shared/model/domain';
import { LabelledInput } from '../components/LabelledInput';
import './kallelse-settings.css';

/** What the kallelse says, saved with the body's other settings. */
export type KallelseField = 'kallelseTitle' | 'secretaryEmail' | 'absenceInstruction';

export const KALLELSE_FIELDS: readonly KallelseField[] = ['kallelseTitle', 'secretaryEmail', 'absenceInstruction'];

interface Props {
  draft: BodySettings;
  errors: Partial<Record<KallelseField, string>>;
  onChange: (field: KallelseField, value: string, delayMs: number) => void;
  onLeave: (field: KallelseField) => void;
}

/**
 * "Kallelse": the kallelse's title, the secretary's e-mail address (where
 * förhinder go) and, if the body words it otherwise, how to report förhinder.
 */
export function KallelseSettings({ draft, errors, onChange, onLeave }: Props) {
  const baseId = useId();
  const id = (name: KallelseField) => `${baseId}-${name}`;
  const common = (name: KallelseField) => ({
    id: id(name),
    name,
    value: draft[name],
    onBlur: () => onLeave(name),
  });
  const instructionError = errors.absenceInstruction;

  return (
    <div className="kallelse-settings" role="group" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`} className="layout-settings-title">
        Kallelse
      </h3>
      <div className="kallelse-settings-fields">
        <LabelledInput
          {...common('kallelseTitle')}
          className="kallelse-field"
          label="Rubrik"
          placeholder="Kallelse"
          error={errors.kallelseTitle}
          onChange={(e) => onChange('kallelseTitle', e.target.value, 700)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onLeave('kallelseTitle');
          }}
        />
        <LabelledInput
          {...common('secretaryEmail')}
          className="kallelse-field"
          inputMode="email"
          spellCheck={false}
          label="Sekreterarens e-post"
          placeholder="namn@organisation.se"
          describedBy={`${baseId}-email-help`}
          after={
            <span id={`${baseId}-email-help`} className="kallelse-settings-help">
              Dit skickas förhinder.
            </span>
          }
          error={errors.secretaryEmail}
          onChange={(e) => onChange('secretaryEmail', e.target.value, 700)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onLeave('secretaryEmail');
          }}
        />
        <div className="form-field kallelse-field-wide">
          <label htmlFor={id('absenceInstruction')} className="field-label">
            Så anmäler man förhinder <span className="field-hint">(frivilligt)</span>
          </label>
          <textarea
            {...common('absenceInstruction')}
            className="field-input field-textarea"
            rows={2}
            aria-describedby={[`${baseId}-instruction-help`, instructionError ? `${id('absenceInstruction')}-error` : ''].filter(Boolean).join(' ')}
            aria-invalid={instructionError ? true : undefined}
            onChange={(e) => onChange('absenceInstruction', e.target.value, 700)}
          />
          <span id={`${baseId}-instruction-help`} className="kallelse-settings-help">
            Lämna tomt så skriver kallelsen: Anmäl förhinder till sekreteraren, med namn och e-post.
          </span>
          {instructionError && (
            <p id={`${id('absenceInstruction')}-error`} className="field-error">
              {instructionError}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
