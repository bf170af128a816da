import { api } from '../api/client';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';
import { usePageLoad } from '../app/useLoad';
import { BackToMeeting } from '../components/BackToMeeting';
import { LoadStatus } from '../components/LoadingBlock';
import { SpellingCheckBoard } from './SpellingCheckBoard';
import './spelling-check.css';

/**
 * "Stavningskontroll" (#/meeting/<id>/stavning): the meeting, its body and
 * the body's id for the word list load first; the check itself (which may
 * have to read the dictionary) loads inside the board with its own status.
 */
export function SpellingCheckView({ meetingId }: { meetingId: number }) {
  const { load, reload } = usePageLoad(async () => {
    const meeting = await api['meetings:get']({ id: meetingId });
    if (!meeting.ok) return meeting;
    const context = await api['spelling:context']({ meetingId });
    if (!context.ok) return context;
    const body = await api['bodies:get']({ id: context.value.bodyId });
    return { ok: true, value: { meeting: meeting.value, body: body.ok ? body.value : null, bodyId: context.value.bodyId } };
  }, [meetingId]);
  const subject = load.state === 'ready' ? meetingSubject(load.meeting, load.body) : null;
  useDocumentTitle(pageTitle('Stavningskontroll', subject));

  return (
    <div className="page page-spelling-check">
      <BackToMeeting meetingId={meetingId} />
      {/* A failed load brings its own heading ("Mötet finns inte"). */}
      {load.state !== 'error' && <h1 className="page-title">Stavningskontroll{subject ? ` – ${subject}` : ''}</h1>}
      <LoadStatus
        load={load}
        loadingText="Hämtar mötet …"
        notFoundTitle="Mötet finns inte"
        failedTitle="Stavningskontrollen kunde inte göras"
        onRetry={reload}
      />
      {load.state === 'ready' && (
        <SpellingCheckBoard meeting={load.meeting} numberedItems={load.body?.numberedItems ?? true} bodyId={load.bodyId} />
      )}
    </div>
  );
}
