import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Body, Meeting, MeetingHeader } from '../../shared/model/domain';
import type { IpcError } from '../../shared/ipc/result';
import { numberAgenda } from '../../shared/model/agenda';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { attendanceHref, navigate } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { ErrorBanner, InfoBanner } from '../components/Banner';
import { notesAutosaver } from '../notes/autosave';
import { AgendaItemView, labelAgenda, type LabelledItem } from './AgendaItemView';
import { AttendanceSummary } from './AttendanceSummary';
import { MeetingHeaderBlock } from './MeetingHeaderBlock';
import { MeetingTabs } from './MeetingTabs';
import { LoadingBlock } from './StartView';

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; meeting: Meeting; body: Body | null };

/** One meeting, laid out like the printed minutes, with a notes editor per agenda item. */
export function MeetingView({ meetingId }: { meetingId: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void (async () => {
      // Text typed here a moment ago may still be on its way: let it land first.
      await notesAutosaver.settle(meetingId);
      const meeting = await api['meetings:get']({ id: meetingId });
      if (cancelled) return;
      if (!meeting.ok) {
        setLoad({ state: 'error', error: meeting.error });
        setAppState('error');
        return;
      }
      const body = await api['bodies:get']({ id: meeting.value.bodyId });
      if (cancelled) return;
      setLoad({ state: 'ready', meeting: meeting.value, body: body.ok ? body.value : null });
      setAppState('ready');
    })();
    return () => {
      cancelled = true;
    };
  }, [meetingId, attempt]);

  // Alt+N opens the attendance board, from anywhere in the meeting (also while writing notes).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN') {
        event.preventDefault();
        notesAutosaver.flush(meetingId);
        navigate(attendanceHref(meetingId));
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [meetingId]);

  const onHeaderSaved = useCallback((header: MeetingHeader, updatedAt: string) => {
    setLoad((prev) => (prev.state === 'ready' ? { ...prev, meeting: { ...prev.meeting, ...header, updatedAt } } : prev));
  }, []);

  return (
    <div className="page page-meeting">
      <MeetingTabs meetingId={meetingId} current="notes" />
      {load.state === 'loading' && <LoadingBlock text="Hämtar mötet …" />}
      {load.state === 'error' && (
        <>
          <h1 className="page-title">{load.error.code === 'not_found' ? 'Mötet finns inte' : 'Mötet kunde inte öppnas'}</h1>
          <ErrorBanner
            error={load.error}
            action={
              load.error.code === 'not_found' ? undefined : (
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
              )
            }
          />
        </>
      )}
      {load.state === 'ready' && <MeetingDocument meeting={load.meeting} body={load.body} onHeaderSaved={onHeaderSaved} />}
    </div>
  );
}

function MeetingDocument({
  meeting,
  body,
  onHeaderSaved,
}: {
  meeting: Meeting;
  body: Body | null;
  onHeaderSaved: (header: MeetingHeader, updatedAt: string) => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);

  const frozen = meeting.status === 'approved';
  const items = useMemo(() => labelAgenda(numberAgenda(meeting.agenda)), [meeting.agenda]);
  const standpointPlacement = body?.standpointPlacement ?? 'afterPresenters';

  return (
    <div className={`meeting-layout${items.length > 0 ? ' has-outline' : ''}`}>
      <AgendaOutline items={items} />
      <article className="meeting-doc" aria-labelledby="meeting-title" data-meeting-id={meeting.id}>
        <MeetingHeaderBlock meeting={meeting} body={body} headingRef={headingRef} onSaved={onHeaderSaved} />

        {frozen && (
          <InfoBanner>
            Mötesanteckningen är justerad och kan inte längre ändras. En ändring blir en ny, synlig version.
          </InfoBanner>
        )}

        <AttendanceSummary meetingId={meeting.id} persons={meeting.calledPersons} agenda={items} />

        <section className="agenda" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="section-title">
            Dagordning
          </h2>
          {items.length === 0 ? (
            <p className="muted">Dagordningen är tom.</p>
          ) : (
            items.map((entry) => (
              <AgendaItemView
                key={entry.item.id}
                meetingId={meeting.id}
                entry={entry}
                readOnly={frozen}
                standpointPlacement={standpointPlacement}
              />
            ))
          )}
        </section>
      </article>
    </div>
  );
}

/** The agenda as a table of contents beside the document (wide windows only). */
function AgendaOutline({ items }: { items: LabelledItem[] }) {
  if (items.length === 0) return null;
  return (
    <nav className="outline" aria-label="Punkter på dagordningen">
      <p className="outline-title" aria-hidden="true">
        Dagordning
      </p>
      <ol className="outline-list">
        {items.map((entry) => (
          <li key={entry.item.id} className={entry.depth === 1 ? 'outline-sub' : undefined}>
            <button
              type="button"
              className="outline-link"
              onClick={() => {
                const heading = document.getElementById(entry.headingId);
                const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
                heading?.scrollIntoView({ behavior: calm ? 'auto' : 'smooth', block: 'start' });
                heading?.focus({ preventScroll: true });
              }}
            >
              <span className="outline-number">{entry.depth === 0 ? `${entry.label}.` : entry.label}</span>{' '}
              <span className="outline-text">{entry.item.title || 'Namnlös punkt'}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
