import { useId, useState, type FormEvent } from 'react';
import type { Finding, PublicationDecision } from '../../shared/publication/findings';
import { FieldError, fieldErrorId, TextField } from '../components/Field';
import { contextParts, DECISION_CHOICES, findingKindLabel } from './publicationModel';

/**
 * One finding: its kind, the text marked in its context, and Behåll / Ta bort
 * / Skriv om. Keep and remove are saved as soon as they are chosen; a
 * rewrite once its words are saved ("Spara"), since it needs them.
 */
export function FindingCard({
  finding,
  error,
  choosingRewrite,
  onChooseRewrite,
  onDecide,
}: {
  finding: Finding;
  error: string | undefined;
  /** "Skriv om" chosen and its words not yet saved: shown as chosen, not counted as decided. */
  choosingRewrite: boolean;
  onChooseRewrite: (key: string) => void;
  onDecide: (key: string, decision: PublicationDecision | null, replacement: string) => Promise<boolean>;
}) {
  const id = useId();
  const [words, setWords] = useState(finding.replacement);
  const rewriting = finding.decision === 'rewrite' || choosingRewrite;
  const shown: PublicationDecision | null = choosingRewrite ? 'rewrite' : finding.decision;
  const parts = contextParts(finding.context, finding.text);

  const choose = (decision: PublicationDecision) => {
    if (decision === 'rewrite') {
      onChooseRewrite(finding.key);
      return;
    }
    void onDecide(finding.key, decision, '');
  };
  const saveRewrite = (event: FormEvent) => {
    event.preventDefault();
    void onDecide(finding.key, 'rewrite', words.trim());
  };

  return (
    <li className="finding" data-finding-kind={finding.kind} data-decision={finding.decision ?? 'none'}>
      <fieldset className="finding-choices" aria-describedby={error ? `${id}-context ${fieldErrorId(`${id}-decision`)}` : `${id}-context`}>
        <legend className="finding-legend">
          <span className="finding-kind">{findingKindLabel(finding.kind)}:</span> <span className="finding-text">{finding.text}</span>
          {finding.count > 1 && <span className="finding-count"> ({finding.count} gånger)</span>}
        </legend>
        <p id={`${id}-context`} className="finding-context">
          {parts.before}
          {parts.found && <mark>{parts.found}</mark>}
          {parts.after}
        </p>
        <div className="finding-radios">
          {DECISION_CHOICES.map((choice) => (
            <label key={choice.value} className="choice finding-choice">
              <input
                type="radio"
                name={`${id}-decision`}
                value={choice.value}
                checked={shown === choice.value}
                onChange={() => choose(choice.value)}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-decision`} error={error} alert />
      </fieldset>
      {rewriting && (
        <form className="finding-rewrite" onSubmit={saveRewrite}>
          <TextField id={`${id}-rewrite`} label="Skriv i stället" value={words} onChange={setWords} maxLength={500} />
          <button type="submit" className="button button-small">
            Spara
          </button>
          {finding.decision === 'rewrite' && finding.replacement === words.trim() && <span className="muted finding-rewrite-saved">Sparad</span>}
        </form>
      )}
    </li>
  );
}
