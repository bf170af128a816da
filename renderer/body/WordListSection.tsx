import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { TextField, FormError } from '../components/Field';
import { SwedishForm } from '../components/InlineForm';
import { LiveText } from '../components/LiveText';
import { foldWord } from '../../shared/spelling/tokens';
import { useBodyWords } from './useBodyWords';
import './word-list.css';

/**
 * "Ordlista": the body's own words that the spelling check accepts in all its
 * minutes (place and project names, local terms), the same list "Lägg till i
 * ordlistan" in the notes adds to. Saved at once; a removal needs no
 * confirmation, as a word is quickly added again.
 * `data-word-list-state` = loading | ready | saving | error;
 * `data-word-count` = the number of words shown.
 */
export function WordListSection({ bodyId }: { bodyId: number }) {
  const baseId = useId();
  const { words, state, loadError, reload, add, remove } = useBodyWords(bodyId);
  const [draft, setDraft] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  /** After a removal: the place in the list whose button takes focus once the shorter list is shown. */
  const focusAfterRemoval = useRef<number | null>(null);
  const inputId = `${baseId}-word`;
  const focusField = () => document.getElementById(inputId)?.focus();

  // Focus moves only once the list without the word is on the screen: moved
  // earlier (a frame after the answer), it could land on the removed word's
  // own button and be lost with it when a busy machine rendered late.
  useLayoutEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-remove-word]');
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else document.getElementById(inputId)?.focus();
  }, [words, inputId]);

  const submit = async () => {
    const word = draft.trim();
    const existing = words.find((w) => foldWord(w) === foldWord(word));
    if (word && existing) {
      setFieldError(`”${existing}” finns redan i ordlistan.`);
      return;
    }
    const outcome = await add(draft);
    if (!outcome.ok) {
      setFieldError(outcome.message);
      focusField();
      return;
    }
    setFieldError(null);
    setListError(null);
    setDraft('');
    setAnnounce(`”${word}” har lagts till i ordlistan.`);
    focusField();
  };

  const removeWord = async (word: string, index: number) => {
    // Focus stays in the list: on the word that took the removed one's place, else the one before, else the field.
    focusAfterRemoval.current = index;
    const outcome = await remove(word);
    if (!outcome.ok) {
      focusAfterRemoval.current = null;
      setListError(outcome.message);
      return;
    }
    setListError(null);
    setAnnounce(`”${word}” har tagits bort ur ordlistan.`);
  };

  return (
    <section
      className="card word-list-card"
      aria-labelledby={`${baseId}-heading`}
      data-word-list-state={state}
      data-word-count={words.length}
    >
      <h2 id={`${baseId}-heading`} className="card-title">
        Ordlista
      </h2>
      <p className="card-lead">
        Ord som stavningskontrollen godtar i organets anteckningar, till exempel ortnamn, projektnamn och egna begrepp. Namn, partier
        och organisationer i ledamotslistan och kallelsen känns igen ändå.
      </p>
      <SwedishForm className="word-list-add" label="Lägg till ett ord i ordlistan" onSubmit={() => void submit()}>
        <TextField
          id={inputId}
          label="Nytt ord"
          value={draft}
          error={fieldError}
          alert
          onChange={(value) => {
            setDraft(value);
            if (fieldError) setFieldError(null);
          }}
          spellCheck={false}
          lang="sv"
        />
        <button type="submit" className="button button-small" disabled={state === 'saving' || state === 'loading'}>
          Lägg till
        </button>
      </SwedishForm>
      {state === 'error' && loadError !== null ? (
        <div className="word-list-failed">
          <FormError error={`Ordlistan kunde inte hämtas. ${loadError}`} />
          <button type="button" className="button button-small" onClick={() => void reload()}>
            Försök igen
          </button>
        </div>
      ) : (
        <WordListBody words={words} loading={state === 'loading'} listRef={listRef} busy={state === 'saving'} onRemove={removeWord} />
      )}
      <FormError error={listError} />
      <LiveText text={announce} />
    </section>
  );
}

function WordListBody({
  words,
  loading,
  busy,
  listRef,
  onRemove,
}: {
  words: string[];
  loading: boolean;
  busy: boolean;
  listRef: RefObject<HTMLUListElement | null>;
  onRemove: (word: string, index: number) => Promise<void>;
}) {
  if (loading) return <p className="word-list-note">Hämtar ordlistan …</p>;
  if (words.length === 0) {
    return (
      <p className="word-list-note word-list-empty">
        Ordlistan är tom. Ord du lägger till med ”Lägg till i ordlistan” i anteckningarna hamnar här. Du kan också skriva in ord ovan.
      </p>
    );
  }
  return (
    <>
      <p className="word-list-note word-list-count">{words.length} ord i ordlistan, i bokstavsordning.</p>
      <ul ref={listRef} className="word-list">
        {words.map((word, index) => (
          <li key={word} className="word-list-entry" data-word={word}>
            <span className="word-list-word" lang="sv">
              {word}
            </span>
            <button
              type="button"
              className="button button-quiet button-small"
              data-remove-word={word}
              aria-label={`Ta bort ${word}`}
              onClick={() => {
                if (!busy) void onRemove(word, index);
              }}
            >
              Ta bort
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
