import { useEffect, useState } from 'react';
import type { Body, Meeting } from '../../shared/model/domain';
import type { AttendanceEvent } from '../../shared/model/attendance';
import type { IpcError } from '../../shared/ipc/result';
import { api } from '../api/client';
import { setAppState } from '../app/appState';
import { LoadFailure } from '../components/LoadFailure';
import { AttendanceBoard } from '../attendance/AttendanceBoard';
import { MeetingTabs } from './MeetingTabs';
import { LoadingBlock } from './StartView';

/** The attendance page (#/meeting/<id>/narvaro): loads the meeting, its body and history, then shows the board. */

type Load =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; meeting: Meeting; body: Body | null; history: AttendanceEvent[] };

export function AttendanceView({ meetingId }: { meetingId: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void (async () => {
      const [meeting, history] = await Promise.all([
        api['meetings:get']({ id: meetingId }),
        api['attendance:history']({ meetingId }),
      ]);
      if (cancelled) return;
      if (!meeting.ok) {
        setLoad({ state: 'error', error: meeting.error });
        setAppState('error');
        return;
      }
      const body = await api['bodies:get']({ id: meeting.value.bodyId });
      if (cancelled) return;
      setLoad({
        state: 'ready',
        meeting: meeting.value,
        body: body.ok ? body.value : null,
        history: history.ok ? history.value : [],
      });
      setAppState('ready');
    })();
    return () => {
      cancelled = true;
    };
  }, [meetingId, attempt]);

  return (
    <div className="page page-attendance">
      <MeetingTabs meetingId={meetingId} current="attendance" />
      {load.state === 'loading' && <LoadingBlock text="Hämtar närvarolistan …" />}
      {load.state === 'error' && (
        <LoadFailure
          error={load.error}
          notFoundTitle="Mötet finns inte"
          failedTitle="Närvarolistan kunde inte öppnas"
          onRetry={() => {
            setLoad({ state: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {load.state === 'ready' && <AttendanceBoard meeting={load.meeting} body={load.body} initialHistory={load.history} />}
    </div>
  );
}
