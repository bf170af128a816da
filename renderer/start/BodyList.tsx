import { useRef, useState } from 'react';
import type { BodyMeetingsOverview } from '../../shared/model/archive';
import type { BodySummary, MeetingSummary } from '../../shared/model/domain';
import { formatLongDate } from '../../shared/format/date';
import { compareSwedish } from '../../shared/format/sort';
import { api } from '../api/client';
import { archiveHref, bodyHref, meetingHref } from '../app/router';
import { count } from '../app/text';
import { StatusPill } from '../components/StatusPill';
import { CancelledPill } from '../invite/CancelledPill';
import { NewFromPreviousDialog } from '../body/NewFromPreviousDialog';
import { NewMeetingForm } from './NewMeetingForm';
import '../archive/archive.css';

/**
 * The bodies in alphabetical order, each a card with the meetings a secretary
 * works on (the next ones, the latest, older ones not yet approved) and a link
 * to the rest in its archive.
 */
export function BodyList({ bodies, overview }: { bodies: BodySummary[]; overview: BodyMeetingsOverview[] }) {
  if (bodies.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">Inga organ eller möten ännu</h2>
        <p>När ett organ och dess möten har lagts upp visas de här, med det senaste mötet först.</p>
      </div>
    );
  }

  const sortedBodies = [...bodies].sort((a, b) => compareSwedish(a.name, b.name));
  const byBody = new Map(overview.map((o) => [o.bodyId, o]));

  return (
    <div className="body-list">
      {sortedBodies.map((body) => (
        <BodyCard key={body.id} body={body} overview={byBody.get(body.id) ?? { bodyId: body.id, total: 0, meetings: [] }} />
      ))}
    </div>
  );
}

function BodyCard({ body, overview }: { body: BodySummary; overview: BodyMeetingsOverview }) {
  const { meetings, total } = overview;
  const headingId = `body-${body.id}`;
  const [creating, setCreating] = useState<{ from: MeetingSummary | null } | null>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setCreating(null);
    requestAnimationFrame(() => newButtonRef.current?.focus());
  };
  return (
    <section className="card body-card" aria-labelledby={headingId} data-body-id={body.id}>
      <header className="body-card-head">
        <div className="body-title-row">
          <h2 id={headingId} className="body-name">
            {body.name}
          </h2>
          {body.shortName && <span className="chip">{body.shortName}</span>}
          <div className="body-actions">
            <a className="button button-quiet button-small" href={bodyHref(body.id)} aria-label={`Inställningar för ${body.name}`}>
              Inställningar
            </a>
            <button
              ref={newButtonRef}
              type="button"
              className="button button-small"
              aria-expanded={creating !== null && creating.from === null}
              onClick={() => setCreating({ from: null })}
            >
              Nytt möte
            </button>
          </div>
        </div>
        <p className="body-meta">
          <span>{count(body.memberCount, 'medlem', 'medlemmar')}</span>
          <span aria-hidden="true" className="dot-sep">
            ·
          </span>
          <span>
            {body.nextPlannedDate
              ? `Nästa planerade möte ${formatLongDate(body.nextPlannedDate)}`
              : 'Inget planerat möte'}
          </span>
        </p>
      </header>
      {creating && creating.from === null && (
        <NewMeetingForm
          title={`Nytt möte för ${body.shortName || body.name}`}
          lead="Ledamöterna kopieras från organets lista, med de stående punkterna på dagordningen."
          defaultDate={body.nextPlannedDate ?? ''}
          onCancel={close}
          create={(date) => api['meetings:createFromBody']({ bodyId: body.id, ...(date ? { date } : {}) })}
        />
      )}
      {creating?.from && <NewFromPreviousDialog previous={creating.from} onClose={() => setCreating(null)} />}
      {meetings.length > 0 ? (
        <MeetingList meetings={meetings} onNewFrom={(m) => setCreating({ from: m })} />
      ) : (
        <p className="muted body-empty">Inga möten ännu.</p>
      )}
      {total > 0 && (
        <p className="body-archive-link">
          <a href={archiveHref(body.id)} aria-label={`Alla möten i arkivet (${total}) för ${body.name}`}>
            Alla möten i arkivet ({total})
          </a>
        </p>
      )}
    </section>
  );
}

function MeetingList({ meetings, onNewFrom }: { meetings: MeetingSummary[]; onNewFrom?: (meeting: MeetingSummary) => void }) {
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="meeting-item">
          <a className="meeting-row" href={meetingHref(m.id)} data-meeting-id={m.id} id={`meeting-link-${m.id}`}>
            <span className="meeting-date">{formatLongDate(m.date)}</span>{' '}
            <span className="meeting-row-title">{m.title || 'Namnlöst möte'}</span>{' '}
            <span className="meeting-items">{count(m.itemCount, 'punkt', 'punkter')}</span>{' '}
            <span className="meeting-pills">
              <StatusPill status={m.status} /> <CancelledPill cancelledAt={m.cancelledAt} />
            </span>
          </a>
          {onNewFrom && (
            <button
              type="button"
              className="button button-quiet button-small meeting-from"
              aria-describedby={`meeting-link-${m.id}`}
              title={`Nytt möte som tar med öppna uppdrag och kallade från mötet ${formatLongDate(m.date)}`}
              onClick={() => onNewFrom(m)}
            >
              Nytt möte utifrån detta
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
