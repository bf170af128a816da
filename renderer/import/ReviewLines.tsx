import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useTransition } from 'react';
import { createChoicesStore } from './choicesStore';
import type { ImportLine } from '../../shared/import/reading';
import { ReviewLineRow, lineItemId } from './ReviewLineRow';
import { groupOf, shortText } from './review-model';
import type { ImportReview } from './useImportReview';

const FIRST_LINES = 150;

/**
 * The document line by line, grouped under the item each line belongs to.
 * A line moved to another item moves to that item's group; focus follows it
 * (its select is drawn anew there).
 */
export function ReviewLines({ lines, review }: { lines: readonly ImportLine[]; review: ImportReview }) {
  const { readings, groups, choices, notes, setKind, setItem, moveBy } = review;
  const refocus = useRef<string | null>(null);
  const [store] = useState(() => createChoicesStore(choices));
  useLayoutEffect(() => store.set(choices), [store, choices]);
  const labels = useMemo(() => new Map(choices.map((c) => [c.index, c.sub ? `– ${c.label}` : c.label])), [choices]);
  // The first screenfuls at once, the rest of a long document in a transition React can interrupt for the keyboard.
  const [limit, setLimit] = useState(FIRST_LINES);
  const [, startTransition] = useTransition();
  const total = lines.length;
  useEffect(() => {
    if (limit < total) startTransition(() => setLimit(total));
  }, [limit, total]);
  let budget = limit;

  const onItem = useCallback(
    (line: number, item: number | null) => {
      refocus.current = lineItemId(line);
      setItem(line, item);
    },
    [setItem],
  );
  const onMove = useCallback(
    (line: number, direction: -1 | 1) => {
      refocus.current = lineItemId(line);
      if (!moveBy(line, direction)) refocus.current = null;
    },
    [moveBy],
  );

  useLayoutEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    refocus.current = null;
    const target = document.getElementById(id);
    if (target && document.activeElement !== target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'nearest' });
    }
  }, [readings]);

  return (
    <div className="import-lines" data-lines={limit < total ? 'partial' : 'all'}>
      <div className="import-lines-head" aria-hidden="true">
        <span>I dokumentet</span>
        <span>Läst som och punkt</span>
      </div>
      {groups.map((group) => {
        if (budget <= 0) return null;
        const shown = group.lines.slice(0, budget);
        budget -= shown.length;
        const headingId = group.item === null ? 'import-group-before' : `import-group-${group.item}`;
        const title = group.item === null ? 'Före första punkten' : shortText(lines[group.item]?.text ?? '', 80);
        return (
          <div key={group.item ?? 'before'} role="group" aria-labelledby={headingId} className="import-group">
            <p id={headingId} className="import-group-title">
              {group.item === null ? title : `Punkt: ${title}`}
            </p>
            {shown.map((index) => {
              const line = lines[index];
              const reading = readings[index];
              if (!line || !reading) return null;
              const group = groupOf(readings, index);
              return (
                <ReviewLineRow
                  key={index}
                  line={line}
                  reading={reading}
                  group={group}
                  groupLabel={group === null ? '' : (labels.get(group) ?? '')}
                  choices={store}
                  note={notes.get(index)?.join(' ') ?? ''}
                  onKind={setKind}
                  onItem={onItem}
                  onMove={onMove}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
