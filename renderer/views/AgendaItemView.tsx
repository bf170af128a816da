import { memo, useState } from 'react';
import type { StandpointPlacement } from '../../shared/model/domain';
import type { NumberedItem } from '../../shared/model/agenda';
import { typeLine } from '../../shared/format/labels';
import { presentersText } from '../app/text';
import { notesAutosaver } from '../notes/autosave';
import { NotesEditor } from '../notes/NotesEditor';

export interface LabelledItem extends NumberedItem {
  /** Visible heading text: "4. Färdplan …" or "a) närvaro/presentation". */
  headingText: string;
  /** For names read out of context: "4. Färdplan …" or "1 a) närvaro/presentation". */
  fullLabel: string;
  headingId: string;
}

/** Adds the heading texts and ids to numberAgenda's output. */
export function labelAgenda(numbered: NumberedItem[]): LabelledItem[] {
  let parentLabel = '';
  return numbered.map((entry) => {
    const title = entry.item.title.trim();
    if (entry.depth === 0) parentLabel = entry.label;
    const number = entry.depth === 0 ? `${entry.label}.` : entry.label;
    const fullNumber = entry.depth === 0 ? `${entry.label}.` : `${parentLabel} ${entry.label}`;
    return {
      ...entry,
      headingText: `${number} ${title}`.trim(),
      fullLabel: `${fullNumber} ${title}`.trim(),
      headingId: `item-${entry.item.id}-heading`,
    };
  });
}

interface Props {
  meetingId: number;
  entry: LabelledItem;
  readOnly: boolean;
  standpointPlacement: StandpointPlacement;
}

/** One agenda item, printed like the minutes, with its notes editor. */
export const AgendaItemView = memo(function AgendaItemView({ meetingId, entry, readOnly, standpointPlacement }: Props) {
  const { item, depth, headingId } = entry;
  // Text that failed to save before the meeting was reopened wins over the stored copy.
  const [initialNotes] = useState(() => notesAutosaver.unsaved(meetingId, item.id) ?? item.notes);
  const type = typeLine(item.kind, item.minutes, item.attachment);
  const standpoint = item.standpoint.trim();
  const HeadingTag = depth === 0 ? 'h3' : 'h4';

  const standpointBlock = standpoint ? (
    <p className="item-standpoint">
      <span className="item-standpoint-label">Ställningstagande:</span> <em>{standpoint}</em>
    </p>
  ) : null;

  return (
    <section
      className={`agenda-item depth-${depth}`}
      aria-labelledby={headingId}
      data-item-id={item.id}
      data-item-number={entry.label}
    >
      <HeadingTag id={headingId} className="item-title" tabIndex={-1}>
        <span className="item-number">{depth === 0 ? `${entry.label}.` : entry.label}</span>{' '}
        <span className="item-title-text">{item.title.trim() || 'Namnlös punkt'}</span>
      </HeadingTag>

      {item.topics.length > 0 && (
        <ul className="item-topics">
          {item.topics.map((topic, i) => (
            <li key={i}>{topic}</li>
          ))}
        </ul>
      )}

      {(type || item.presenters.length > 0) && (
        <div className="item-meta">
          {type && <p className="item-type">{type}</p>}
          {item.presenters.length > 0 && (
            <p className="item-presenters">
              <span className="item-meta-label">Föredragande:</span> {presentersText(item.presenters)}
            </p>
          )}
        </div>
      )}

      {item.links.length > 0 && (
        <ul className="item-links" aria-label={`Länkar för punkt ${entry.fullLabel}`}>
          {item.links.map((link, i) => (
            <li key={i}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.title}
              </a>
            </li>
          ))}
        </ul>
      )}

      {standpointPlacement === 'afterPresenters' && standpointBlock}

      <NotesEditor
        meetingId={meetingId}
        itemId={item.id}
        initialNotes={initialNotes}
        itemLabel={entry.fullLabel}
        readOnly={readOnly}
      />

      {standpointPlacement === 'endOfItem' && standpointBlock}
    </section>
  );
});
