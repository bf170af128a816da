import { useEffect, useRef } from 'react';
import type { Meeting } from '../../shared/model/domain';
import { FormError } from '../components/Field';
import { LiveText } from '../components/LiveText';
import { LoadingBlock } from '../components/LoadingBlock';
import { itemLinks, unknownCountText, wordDomId } from './spellingCheckModel';
import { UnknownWordCard } from './UnknownWordCard';
import { useSpellingCheck } from './useSpellingCheck';

export const FROZEN_REASON =
  'Mötesanteckningen är justerad och kan inte ändras, så inga ord kan ersättas här. Lås upp den först. Ord kan ändå läggas till i ordlistan.';

/**
 * The list of unknown words with their count, items and the three actions.
 * `data-spelling-check-state` tells the tests when the check is there.
 */
export function SpellingCheckBoard({ meeting, numberedItems, bodyId }: { meeting: Meeting; numberedItems: boolean; bodyId: number }) {
  const { state, retry, busy, errors, outcome, replace, addToList } = useSpellingCheck(meeting.id, bodyId);
  const countRef = useRef<HTMLParagraphElement>(null);
  const frozen = meeting.status === 'approved';

  // After an action: the word now in its place, or the count when the list is empty.
  useEffect(() => {
    if (!outcome) return;
    const target = outcome.focus === null ? countRef.current : document.getElementById(`${wordDomId(outcome.focus)}-heading`);
    (target ?? countRef.current)?.focus();
  }, [outcome]);

  return (
    <section className="spelling-check" data-spelling-check-state={state.kind}>
      <p className="spelling-check-lead">
        Ord i mötesanteckningen som inte finns i den svenska ordlistan, bland mötets namn eller i organets ordlista. Rätta dem före
        exporten, eller lägg till dem i ordlistan om de är rätt.
      </p>
      {frozen && (
        <p id="spelling-frozen" className="spelling-frozen" data-spelling-frozen>
          {FROZEN_REASON}
        </p>
      )}
      {state.kind === 'loading' && <LoadingBlock text="Läser in ordlistan …" />}
      {state.kind === 'error' && (
        <div className="spelling-error">
          <FormError error={state.message} />
          <button type="button" className="button button-small" onClick={retry}>
            Försök igen
          </button>
        </div>
      )}
      {state.kind === 'ready' && (
        <>
          <p ref={countRef} className="spelling-count" tabIndex={-1} data-spelling-count={state.words.length}>
            {unknownCountText(state.words.length)}
          </p>
          <LiveText text={outcome?.said ?? ''} />
          {state.words.length > 0 && (
            <ul className="spelling-words" aria-label="Okända ord">
              {state.words.map((word) => (
                <UnknownWordCard
                  key={word.word}
                  meetingId={meeting.id}
                  word={word}
                  items={itemLinks(meeting, { numberedItems }, word.itemIds)}
                  frozen={frozen}
                  busy={busy !== null}
                  error={errors.get(word.word) ?? null}
                  onReplace={(replacement, scope) => void replace(word.word, replacement, scope)}
                  onAdd={() => void addToList(word.word)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
