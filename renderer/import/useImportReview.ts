import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { assembleMeeting } from '../../shared/import/assemble';
import type { Recognised } from '../../shared/import/recognise';
import type { ImportDraft, LineKind, LineReading } from '../../shared/import/reading';
import type { SourceDocument } from '../../shared/import/source';
import {
  changeKind,
  groupLines,
  itemChoices,
  moveToItem,
  neighbourItem,
  notesByLine,
  type ItemChoice,
  type LineGroup,
} from './review-model';

export interface ImportReview {
  readings: LineReading[];
  groups: LineGroup[];
  choices: ItemChoice[];
  /** The meeting as assembled from the readings (a step behind while a change is being assembled). */
  draft: ImportDraft;
  notes: Map<number, string[]>;
  /** A change is being assembled. */
  assembling: boolean;
  setKind: (line: number, kind: LineKind) => void;
  setItem: (line: number, item: number | null) => void;
  /** Moves a line to the item before or after its own; false when there is none that way. */
  moveBy: (line: number, direction: -1 | 1) => boolean;
  /** What the review has come to, to keep when the secretary goes back to the list of files. */
  current: () => Recognised;
}

/**
 * The review of one document: the secretary's readings, and the meeting
 * assembled from them. A 40-page document has some 1,500 lines, so the
 * assembly runs on a deferred copy of the readings: the changed row answers
 * at once and the meeting beside it follows when React has time.
 */
export function useImportReview(source: SourceDocument, recognised: Recognised, today: string): ImportReview {
  const { lines } = recognised;
  const [readings, setReadings] = useState<LineReading[]>(recognised.readings);
  const deferred = useDeferredValue(readings);
  const draft = useMemo(
    () => (deferred === recognised.readings ? recognised.draft : assembleMeeting(source, lines, deferred, { today })),
    [deferred, recognised, source, lines, today],
  );
  const groups = useMemo(() => groupLines(readings), [readings]);
  const choices = useStableChoices(useMemo(() => itemChoices(lines, readings), [lines, readings]));
  const notes = useMemo(() => notesByLine(draft.review), [draft]);

  const readingsRef = useRef(readings);
  readingsRef.current = readings;
  const setKind = useCallback((line: number, kind: LineKind) => setReadings((r) => changeKind(r, line, kind)), []);
  const setItem = useCallback((line: number, item: number | null) => setReadings((r) => moveToItem(r, line, item)), []);
  const moveBy = useCallback(
    (line: number, direction: -1 | 1) => {
      const now = readingsRef.current;
      const to = neighbourItem(itemChoices(lines, now), now, line, direction);
      if (to === undefined) return false;
      setReadings((r) => moveToItem(r, line, to));
      return true;
    },
    [lines],
  );
  const current = useCallback(
    (): Recognised => ({ lines, readings: readingsRef.current, draft: assembleMeeting(source, lines, readingsRef.current, { today }) }),
    [lines, source, today],
  );

  return { readings, groups, choices, draft, notes, assembling: deferred !== readings, setKind, setItem, moveBy, current };
}

/** The same list object while the headings are the same, so rows that only offer them need not render again. */
function useStableChoices(choices: ItemChoice[]): ItemChoice[] {
  const kept = useRef(choices);
  const same =
    kept.current.length === choices.length &&
    kept.current.every((c, i) => c.index === choices[i]?.index && c.label === choices[i]?.label && c.sub === choices[i]?.sub);
  if (!same) kept.current = choices;
  return kept.current;
}
