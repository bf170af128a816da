import { useCallback } from 'react';
import type { Body, Meeting } from '../../shared/model/domain';
import { api } from '../api/client';
import { notesAutosaver } from '../notes/autosave';
import { usePageLoad, type PageLoad } from './useLoad';

export type MeetingLoad = PageLoad<{ meeting: Meeting; body: Body | null }>;

/** What the meeting view and live mode say while the meeting loads, or when it cannot. */
export const MEETING_LOAD_TEXT = {
  loadingText: 'Hämtar mötet …',
  notFoundTitle: 'Mötet finns inte',
  failedTitle: 'Mötet kunde inte öppnas',
} as const;

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
  const { load, reload, update } = usePageLoad(async () => {
    // Text typed a moment ago may still be on its way: let it land first.
    await notesAutosaver.settle(meetingId);
    const meeting = await api['meetings:get']({ id: meetingId });
    if (!meeting.ok) return meeting;
    const body = await api['bodies:get']({ id: meeting.value.bodyId });
    return { ok: true, value: { meeting: meeting.value, body: body.ok ? body.value : null } };
  }, [meetingId]);

  const setMeeting = useCallback(
    (change: (meeting: Meeting) => Meeting) => update((value) => ({ ...value, meeting: change(value.meeting) })),
    [update],
  );

  return { load, setMeeting, reload };
}
