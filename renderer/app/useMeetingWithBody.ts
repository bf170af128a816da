import { useCallback, useEffect, useState } from 'react';
import type { Body, Meeting } from '../../shared/model/domain';
import type { IpcError } from '../../shared/ipc/result';
import { api } from '../api/client';
import { notesAutosaver } from '../notes/autosave';
import { setAppState } from './appState';

export type MeetingLoad =
  | { state: 'loading' }
  | { state: 'error'; error: IpcError }
  | { state: 'ready'; meeting: Meeting; body: Body | null };

/**
 * A meeting and its body, as the meeting view and live mode show them; sets
 * the app's loading signal. `setMeeting` applies a local change after a save,
 * `reload` fetches both again.
 */
export function useMeetingWithBody(meetingId: number): {
  load: MeetingLoad;
  setMeeting: (update: (meeting: Meeting) => Meeting) => void;
  reload: () => void;
} {
  const [load, setLoad] = useState<MeetingLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setAppState('loading');
    void (async () => {
      // Text typed a moment ago may still be on its way: let it land first.
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

  const setMeeting = useCallback((update: (meeting: Meeting) => Meeting) => {
    setLoad((prev) => (prev.state === 'ready' ? { ...prev, meeting: update(prev.meeting) } : prev));
  }, []);

  const reload = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { load, setMeeting, reload };
}
