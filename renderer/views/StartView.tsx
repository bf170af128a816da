import { useEffect, useRef, useState } from 'react';
import type { BodySummary, MeetingSummary } from '../../shared/model/domain';
import type { IpcError } from '../../shared/ipc/result';
import { formatLongDate } from '../../shared/format/date';
import { compareSwedish } from '../../shared/format/sort';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { meetingHref } from '../app/router';
import { count } from '../app/text';
import { useFocusHeading } from '../app/useFocusHeading';
import { ErrorBanner } from '../components/Banner';
import { StatusPill } from '../components/StatusPill';

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; bodies: BodySummary[]; meetings: MeetingSummary[] };

/** "Möten": every body with its meetings, newest first. */
export function StartView() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void Promise.all([api['bodies:list']({}), api['meetings:list']({})]).then(([bodies, meetings]) => {
      if (cancelled) return;
      if (!bodies.ok) {
        setLoad({ state: 'error', error: bodies.error });
        setAppState('error');
      } else if (!meetings.ok) {
        setLoad({ state: 'error', error: meetings.error });
        setAppState('error');
      } else {
        setLoad({ state: 'ready', bodies: bodies.value, meetings: meetings.value });
        setAppState('ready');
      }
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useFocusHeading(headingRef, load.state === 'ready');

  return (
    <div className="page page-start">
      <div className="page-head">
        <h1 ref={headingRef} tabIndex={-1} className="page-title">
          Möten
        </h1>
        <p className="page-lead">Välj ett möte för att förbereda dagordningen eller anteckna.</p>
      </div>

      {load.state === 'loading' && <LoadingBlock text="Hämtar organ och möten …" />}

      {load.state === 'error' && (
        <ErrorBanner
          error={load.error}
          action={
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setLoad({ state: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              Försök igen
            </button>
          }
        />
      )}

      {load.state === 'ready' && <BodyList bodies={load.bodies} meetings={load.meetings} />}
    </div>
  );
}

export function LoadingBlock({ text }: { text: string }) {
  return (
    <div className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

function byDateDesc(a: MeetingSummary, b: MeetingSummary): number {
  return b.date.localeCompare(a.date) || b.id - a.id;
}

function BodyList({ bodies, meetings }: { bodies: BodySummary[]; meetings: MeetingSummary[] }) {
  if (bodies.length === 0 && meetings.length === 0) {
    return (
      <div className="empty-state">
        <h2 className="empty-title">Inga organ eller möten ännu</h2>
        <p>När ett organ och dess möten har lagts upp visas de här, med det senaste mötet först.</p>
      </div>
    );
  }

  const sortedBodies = [...bodies].sort((a, b) => compareSwedish(a.name, b.name));
  const known = new Set(bodies.map((b) => b.id));
  const orphans = meetings.filter((m) => !known.has(m.bodyId)).sort(byDateDesc);

  return (
    <div className="body-list">
      {sortedBodies.map((body) => (
        <BodyCard
          key={body.id}
          body={body}
          meetings={meetings.filter((m) => m.bodyId === body.id).sort(byDateDesc)}
        />
      ))}
      {orphans.length > 0 && (
        <section className="card body-card" aria-labelledby="body-other">
          <header className="body-card-head">
            <h2 id="body-other" className="body-name">
              Övriga möten
            </h2>
          </header>
          <MeetingList meetings={orphans} />
        </section>
      )}
    </div>
  );
}

function BodyCard({ body, meetings }: { body: BodySummary; meetings: MeetingSummary[] }) {
  const headingId = `body-${body.id}`;
  return (
    <section className="card body-card" aria-labelledby={headingId} data-body-id={body.id}>
      <header className="body-card-head">
        <div className="body-title-row">
          <h2 id={headingId} className="body-name">
            {body.name}
          </h2>
          {body.shortName && <span className="chip">{body.shortName}</span>}
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
      {meetings.length > 0 ? (
        <MeetingList meetings={meetings} />
      ) : (
        <p className="muted body-empty">Inga möten ännu.</p>
      )}
    </section>
  );
}

function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <a className="meeting-row" href={meetingHref(m.id)} data-meeting-id={m.id}>
            <span className="meeting-date">{formatLongDate(m.date)}</span>{' '}
            <span className="meeting-row-title">{m.title || 'Namnlöst möte'}</span>{' '}
            <span className="meeting-items">{count(m.itemCount, 'punkt', 'punkter')}</span>{' '}
            <StatusPill status={m.status} />
          </a>
        </li>
      ))}
    </ul>
  );
}
