import { useId, useSyncExternalStore } from 'react';
import type { Meeting } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { itemReference } from '../../shared/model/agenda';
import { summaryOfStandpoints } from '../../shared/model/summary';
import { standpointStore } from '../standpoints/store';

/** The standpoints as typed in this session (the store), over the stored copy. */
function useLiveAgenda(meeting: Meeting, live: boolean): Meeting['agenda'] {
  const key = useSyncExternalStore(standpointStore.subscribe, () =>
    live ? meeting.agenda.map((i) => standpointStore.get(meeting.id, i.id)?.text ?? '\u0000').join('\u0001') : '',
  );
  if (!live || key === '') return meeting.agenda;
  return meeting.agenda.map((i) => {
    const text = standpointStore.get(meeting.id, i.id)?.text;
    return text === undefined ? i : { ...i, standpoint: text };
  });
}

/**
 * "Sammanfattning av ställningstaganden": derived from the items each time,
 * never typed twice (for bodies that end their minutes with it).
 */
export function StandpointSummary({
  meeting,
  live = true,
  numberedItems = true,
}: {
  meeting: Meeting;
  live?: boolean;
  /** False: the items are named by their titles, as the body prints them. */
  numberedItems?: boolean;
}) {
  const headingId = useId();
  const agenda = useLiveAgenda(meeting, live);
  const lines = summaryOfStandpoints({ agenda });
  return (
    <section className="standpoint-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Sammanfattning av ställningstaganden
      </h2>
      <p className="muted summary-note">Hämtas från punkterna – ändra ett ställningstagande vid dess punkt.</p>
      {lines.length === 0 ? (
        <p className="muted">Inga ställningstaganden ännu.</p>
      ) : (
        <ol className="summary-list">
          {lines.map((line) => (
            <li key={line.itemId} className="summary-line">
              <p className="summary-item">
                {numberedItems ? `${line.label.includes(')') ? line.label : `${line.label}.`} ${line.title}` : itemReference(line.entry, false)}
              </p>
              <p className="summary-standpoint">
                <span className="item-standpoint-label">Ställningstagande:</span> <em>{line.standpoint}</em>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** "Vid anteckningarna" and "Justerat av", as printed at the end. */
export function Signatures({ meeting }: { meeting: Meeting }) {
  const headingId = useId();
  return (
    <section className="signatures" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Underskrifter
      </h2>
      <dl className="signature-list">
        <div className="signature" data-signature="secretary">
          <dt>Vid anteckningarna:</dt>
          <dd>{meeting.secretaryName.trim() || <span className="muted">Ingen angiven – fyll i under Ändra mötesuppgifter.</span>}</dd>
        </div>
        <div className="signature" data-signature="reviewers">
          <dt>Justerat av:</dt>
          <dd>
            {meeting.reviewers.length === 0 ? (
              <span className="muted">{meeting.status === 'approved' ? '–' : 'Inte justerad ännu.'}</span>
            ) : (
              <ul className="reviewer-list">
                {meeting.reviewers.map((r, i) => (
                  <li key={i}>
                    {r.role ? `${r.name}, ${r.role}` : r.name}
                    {meeting.approvedOn && i === 0 && <span className="signature-date"> {formatLongDate(meeting.approvedOn)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
