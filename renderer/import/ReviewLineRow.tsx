import { memo, useState, type KeyboardEvent } from 'react';
import { LINE_KINDS, LINE_KIND_LABELS, type ImportLine, type LineKind, type LineReading } from '../../shared/import/reading';
import { KindOptions } from '../components/Field';
import { useOfferedChoices, type ChoicesStore } from './choicesStore';
import { isItemHeading } from './review-model';

const kindLabel = (kind: LineKind) => LINE_KIND_LABELS[kind];

/** The id of a line's kind select, where the review notes and a moved line send focus. */
export function lineKindId(index: number): string {
  return `import-line-${index}-kind`;
}
export function lineItemId(index: number): string {
  return `import-line-${index}-item`;
}

const BEFORE_ITEMS = 'före';

interface Props {
  line: ImportLine;
  reading: LineReading;
  /** The item the line is shown under. */
  group: number | null;
  /** The title of that item, shown before the row offers the whole list. */
  groupLabel: string;
  choices: ChoicesStore;
  /** The review notes about this line, joined (a string, so an unchanged row is not drawn again). */
  note: string;
  onKind: (line: number, kind: LineKind) => void;
  onItem: (line: number, item: number | null) => void;
  onMove: (line: number, direction: -1 | 1) => void;
}

/**
 * One line of the document: the text as read on the left, what it was read
 * as and the item it stands under on the right. Memoised by its props, so a
 * change to one line draws that line alone, also in a 1,500-line document.
 */
export const ReviewLineRow = memo(function ReviewLineRow({ line, reading, group, groupLabel, choices, note, onKind, onItem, onMove }: Props) {
  const number = line.index + 1;
  const heading = isItemHeading(reading.kind);
  // A 1,500-line document would hold some 150,000 options; a row offers its lists once pointed at or focused.
  const [offered, setOffered] = useState(false);
  const offer = offered ? undefined : () => setOffered(true);
  const items = useOfferedChoices(choices, offered);
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || heading) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    onMove(line.index, event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <div
      className={`import-line${heading ? ' import-line-heading' : ''}`}
      data-kind={reading.kind}
      data-line={line.index}
      data-guessed={reading.guessed ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={offer}
      onPointerEnter={offer}
    >
      <div className="import-line-source">
        <span className="import-line-number" aria-hidden="true">
          {number}
        </span>
        <span className="import-line-text">
          {line.table && <span className="import-line-table">Tabell, rad {line.table.row + 1}: </span>}
          <SourceText line={line} />
        </span>
      </div>
      <div className="import-line-reading">
        <select
          id={lineKindId(line.index)}
          className="field-input import-kind-select"
          aria-label={`Rad ${number} lästes som`}
          value={reading.kind}
          onChange={(e) => onKind(line.index, e.target.value as LineKind)}
        >
          <KindOptions kinds={offered ? LINE_KINDS : [reading.kind]} label={kindLabel} />
        </select>
        {!heading && (
          <select
            id={lineItemId(line.index)}
            className="field-input import-item-select"
            aria-label={`Rad ${number} hör till punkt`}
            value={group === null ? BEFORE_ITEMS : String(group)}
            onChange={(e) => onItem(line.index, e.target.value === BEFORE_ITEMS ? null : Number(e.target.value))}
          >
            <option value={BEFORE_ITEMS}>Före första punkten</option>
            {offered
              ? items.map((c) => (
                  <option key={c.index} value={c.index}>
                    {c.sub ? `– ${c.label}` : c.label}
                  </option>
                ))
              : group !== null && <option value={group}>{groupLabel}</option>}
          </select>
        )}
        {reading.guessed && <p className="import-line-guess">Gissning – kontrollera</p>}
        {note && <p className="import-line-note">{note}</p>}
      </div>
    </div>
  );
});

/** The line's runs with their bold, italic and links, as the document wrote them (links are shown, not followed). */
function SourceText({ line }: { line: ImportLine }) {
  if (line.text === '') return <span className="muted">(tom cell)</span>;
  return (
    <>
      {line.runs.map((run, i) => {
        let content = <>{run.text}</>;
        if (run.bold) content = <strong>{content}</strong>;
        if (run.italic) content = <em>{content}</em>;
        if (run.href) content = <span className="import-line-link" title={run.href}>{content}</span>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}
