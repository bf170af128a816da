import { useMemo, useRef } from 'react';
import type { Body, Meeting, MeetingVersion } from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { formatLongDate } from '../../shared/format/date';
import { api } from '../api/client';
import { usePageLoad } from '../app/useLoad';
import { meetingHref } from '../app/router';
import { useFocusHeading } from '../app/useFocusHeading';
import { ErrorBanner } from '../components/Banner';
import { AgendaItemView } from '../views/AgendaItemView';
import { labelAgenda } from '../agenda/labels';
import { AttendanceSummary } from '../views/AttendanceSummary';
import { MeetingHeaderBlock } from '../views/MeetingHeaderBlock';
import { LoadingBlock } from '../components/LoadingBlock';
import { StandpointSummary, Signatures } from './Closing';
import { formatStamp } from './ReviewBar';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';

/** An earlier version of the minutes, exactly as it was justerad: read only. */
export function VersionView({ meetingId, version }: { meetingId: number; version: number }) {
  const { load } = usePageLoad(async () => {
    const [meeting, versions] = await Promise.all([
      api['versions:get']({ meetingId, version }),
      api['versions:list']({ meetingId }),
    ]);
    if (!meeting.ok) return meeting;
    const body = await api['bodies:get']({ id: meeting.value.bodyId });
    const record = versions.ok ? (versions.value.find((v) => v.version === version) ?? null) : null;
    return { ok: true, value: { meeting: meeting.value, body: body.ok ? body.value : null, record } };
  }, [meetingId, version]);
  useDocumentTitle(pageTitle(`Version ${version}`, load.state === 'ready' ? meetingSubject(load.meeting, load.body) : null));

  return (
    <div className="page page-meeting page-version">
      <div className="meeting-nav">
        <a className="back-link" href={meetingHref(meetingId)}>
          <span aria-hidden="true">←</span> Till den aktuella versionen
        </a>
      </div>
      {load.state === 'loading' && <LoadingBlock text="Hämtar versionen …" />}
      {load.state === 'error' && (
        <>
          <h1 className="page-title">{load.error.code === 'not_found' ? 'Versionen finns inte' : 'Versionen kunde inte öppnas'}</h1>
          <ErrorBanner error={load.error} />
        </>
      )}
      {load.state === 'ready' && <VersionDocument meeting={load.meeting} body={load.body} record={load.record} version={version} />}
    </div>
  );
}

function VersionDocument({
  meeting,
  body,
  record,
  version,
}: {
  meeting: Meeting;
  body: Body | null;
  record: MeetingVersion | null;
  version: number;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusHeading(headingRef, true);
  const numberedItems = body?.numberedItems ?? true;
  const items = useMemo(() => labelAgenda(numberAgenda(meeting.agenda), numberedItems), [meeting.agenda, numberedItems]);
  const approvedOn = record?.approvedOn ?? meeting.approvedOn;

  return (
    <>
      <div className="version-banner" role="note" data-version={version}>
        <p className="version-banner-title">
          Version {version}
          {approvedOn ? ` – justerad ${formatLongDate(approvedOn)}` : ''}, endast läsning
        </p>
        {record && (
          <p className="version-banner-detail">
            Upplåst av {record.unlockedBy} {formatStamp(record.unlockedAt)}. Skäl: {record.reason}
          </p>
        )}
      </div>
      <article className="meeting-doc is-frozen is-version" aria-labelledby="meeting-title" data-version={version} data-readonly="true">
        <MeetingHeaderBlock meeting={meeting} body={body} headingRef={headingRef} onSaved={() => undefined} readOnly />
        <AttendanceSummary meetingId={meeting.id} persons={meeting.calledPersons} agenda={items} readOnly boardLink={false} />
        <section className="agenda" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading" className="section-title">
            Dagordning
          </h2>
          {items.map((entry) => (
            <AgendaItemView
              key={entry.item.id}
              meetingId={meeting.id}
              entry={entry}
              readOnly
              snapshot
              body={body}
              standpointPlacement={body?.standpointPlacement ?? 'afterPresenters'}
            />
          ))}
        </section>
        {meeting.tasks.length > 0 && (
          <section className="gathered-tasks" aria-label="Uppdrag från mötet">
            <h2 className="section-title">Uppdrag från mötet</h2>
            <ol className="gathered-list">
              {meeting.tasks.map((t) => (
                <li key={t.id} className="gathered-task">
                  {t.what}
                  {t.owner && ` – ${t.owner}`}
                  {t.deadline && `, senast ${formatLongDate(t.deadline)}`}
                  {t.done && ' (klart)'}
                </li>
              ))}
            </ol>
          </section>
        )}
        {body?.summaryOfStandpoints && <StandpointSummary meeting={meeting} live={false} numberedItems={numberedItems} />}
        <Signatures meeting={meeting} />
      </article>
    </>
  );
}
