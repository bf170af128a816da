import { api } from '../api/client';
import { usePageLoad } from '../app/useLoad';
import { LoadStatus } from '../components/LoadingBlock';
import { AttendanceBoard } from '../attendance/AttendanceBoard';
import { MeetingTabs } from './MeetingTabs';
import { meetingSubject, pageTitle, useDocumentTitle } from '../app/pageTitle';

/** The attendance page (#/meeting/<id>/narvaro): loads the meeting, its body and history, then shows the board. */
export function AttendanceView({ meetingId }: { meetingId: number }) {
  const { load, reload } = usePageLoad(async () => {
    const [meeting, history] = await Promise.all([
      api['meetings:get']({ id: meetingId }),
      api['attendance:history']({ meetingId }),
    ]);
    if (!meeting.ok) return meeting;
    const body = await api['bodies:get']({ id: meeting.value.bodyId });
    return {
      ok: true,
      value: { meeting: meeting.value, body: body.ok ? body.value : null, history: history.ok ? history.value : [] },
    };
  }, [meetingId]);
  useDocumentTitle(pageTitle('Närvaro', load.state === 'ready' ? meetingSubject(load.meeting, load.body) : null));

  return (
    <div className="page page-attendance">
      <MeetingTabs meetingId={meetingId} current="attendance" />
      <LoadStatus
        load={load}
        loadingText="Hämtar närvarolistan …"
        notFoundTitle="Mötet finns inte"
        failedTitle="Närvarolistan kunde inte öppnas"
        onRetry={reload}
      />
      {load.state === 'ready' && <AttendanceBoard meeting={load.meeting} body={load.body} initialHistory={load.history} />}
    </div>
  );
}
