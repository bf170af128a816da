import type { Finding } from '../../shared/publication/findings';
import { api } from '../api/client';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';
import { usePageLoad } from '../app/useLoad';
import { BackToMeeting } from '../components/BackToMeeting';
import { LoadStatus } from '../components/LoadingBlock';
import { notPublishableReason } from './publicationModel';
import { PublicationBoard } from './PublicationBoard';
import './publication.css';

/**
 * "Publicera" (#/meeting/<id>/publicera): loads the meeting and, for approved
 * minutes only, the publication check; other minutes get the reason why not.
 */
export function PublicationView({ meetingId }: { meetingId: number }) {
  const { load, reload } = usePageLoad(async () => {
    const meeting = await api['meetings:get']({ id: meetingId });
    if (!meeting.ok) return meeting;
    const body = await api['bodies:get']({ id: meeting.value.bodyId });
    let findings: Finding[] = [];
    if (meeting.value.status === 'approved') {
      const check = await api['publication:check']({ meetingId });
      if (!check.ok) return check;
      findings = check.value.findings;
    }
    return { ok: true, value: { meeting: meeting.value, body: body.ok ? body.value : null, findings } };
  }, [meetingId]);
  const subject = load.state === 'ready' ? meetingSubject(load.meeting, load.body) : null;
  useDocumentTitle(pageTitle('Publicera', subject));
  const reason = load.state === 'ready' ? notPublishableReason(load.meeting.status) : null;

  return (
    <div className="page page-publication">
      <BackToMeeting meetingId={meetingId} />
      {/* A failed load brings its own heading ("Mötet finns inte"). */}
      {load.state !== 'error' && <h1 className="page-title">Publicera{subject ? ` ${subject}` : ''}</h1>}
      <LoadStatus
        load={load}
        loadingText="Letar efter personuppgifter …"
        notFoundTitle="Mötet finns inte"
        failedTitle="Publiceringskontrollen kunde inte göras"
        onRetry={reload}
      />
      {load.state === 'ready' &&
        (reason !== null ? (
          <p className="publication-blocked" data-publication-blocked>
            {reason}
          </p>
        ) : (
          <PublicationBoard meetingId={meetingId} initialFindings={load.findings} />
        ))}
    </div>
  );
}
