import { useState } from 'react';
import type { MeetingSpellingWord } from '../../shared/spelling/meeting-spelling';
import type { ReplaceScope } from '../../shared/spelling/replace';
import { foundHref } from '../app/router';
import { FieldError, fieldControl } from '../components/Field';
import { timesText, wordDomId, type ItemLink } from './spellingCheckModel';

/**
 * One unknown word: how often and where, what to write instead (the first
 * suggestion, editable, or another suggestion chosen), and "Ersätt",
 * "Ersätt alla", "Lägg till i ordlistan". The buttons are described by the
 * word's heading, so each says which word it acts on.
 */
export function UnknownWordCard({
  meetingId,
  word,
  items,
  frozen,
  busy,
  error,
  onReplace,
  onAdd,
}: {
  meetingId: number;
  word: MeetingSpellingWord;
  items: readonly ItemLink[];
  frozen: boolean;
  busy: boolean;
  error: string | null;
  onReplace: (replacement: string, scope: ReplaceScope) => void;
  onAdd: () => void;
}) {
  const id = wordDomId(word.word);
  const headingId = `${id}-heading`;
  const [replacement, setReplacement] = useState(word.suggestions[0] ?? '');
  const replaceDisabled = frozen ? { disabled: true, 'aria-describedby': `${headingId} spelling-frozen` } : { 'aria-describedby': headingId };
  const whileBusy = busy ? { 'aria-disabled': true as const } : {};

  return (
    <li className="spelling-word" data-word={word.word}>
      <h2 id={headingId} className="spelling-word-heading" tabIndex={-1}>
        {word.word}
      </h2>
      <p className="spelling-word-where">
        <span className="spelling-word-count">{timesText(word.count)}</span>
        {items.length === 0 && <span> i mötets rubrik, plats eller uppdrag</span>}
      </p>
      {items.length > 0 && (
        <ul className="spelling-word-items" aria-label={`Punkter med ”${word.word}”`}>
          {items.map((item) => (
            <li key={item.itemId}>
              <a href={foundHref(meetingId, item.itemId, word.word)}>{item.label}</a>
            </li>
          ))}
        </ul>
      )}
      {frozen ? (
        <p className="spelling-word-suggestions">
          {word.suggestions.length > 0 ? `Förslag: ${word.suggestions.join(', ')}` : 'Inga förslag.'}
        </p>
      ) : (
        <div className="spelling-word-fields">
          {word.suggestions.length > 1 && (
            <div className="form-field">
              <label htmlFor={`${id}-suggestion`} className="field-label">
                Förslag
              </label>
              <select
                id={`${id}-suggestion`}
                className="field-input"
                value={word.suggestions.includes(replacement) ? replacement : ''}
                onChange={(event) => event.target.value && setReplacement(event.target.value)}
              >
                {!word.suggestions.includes(replacement) && <option value="">Eget ord</option>}
                {word.suggestions.map((suggestion) => (
                  <option key={suggestion} value={suggestion}>
                    {suggestion}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="form-field">
            <label htmlFor={`${id}-replacement`} className="field-label">
              Ersätt med
            </label>
            <input
              className="field-input"
              autoComplete="off"
              spellCheck={false}
              {...fieldControl(`${id}-replacement`, error)}
              value={replacement}
              onChange={(event) => setReplacement(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && !busy) onReplace(replacement, 'first');
              }}
            />
          </div>
        </div>
      )}
      <div className="spelling-word-actions">
        <button type="button" className="button button-small button-primary" {...replaceDisabled} {...whileBusy} onClick={() => busy || onReplace(replacement, 'first')}>
          Ersätt
        </button>
        <button type="button" className="button button-small" {...replaceDisabled} {...whileBusy} onClick={() => busy || onReplace(replacement, 'all')}>
          Ersätt alla
        </button>
        <button type="button" className="button button-small button-quiet" aria-describedby={headingId} {...whileBusy} onClick={() => busy || onAdd()}>
          Lägg till i ordlistan
        </button>
      </div>
      <FieldError id={`${id}-replacement`} error={error} alert />
    </li>
  );
}
