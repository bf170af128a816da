import { useState } from 'react';
import type { ResponseOf } from '../../shared/ipc/contract';
import { api } from '../api/client';
import { useLoad } from '../app/useLoad';

export type ReviewChanges = ResponseOf<'review:changes'>;

export type ChangesLoad = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: ReviewChanges };

/**
 * What changed since the minutes went to the reviewers, fetched again
 * whenever the meeting changes (its status or its last save) and on `reload`
 * (opening the panel), so the comparison is never older than the text.
 */
export function useReviewChanges(meetingId: number, version: string): { load: ChangesLoad; reload: () => void } {
  const [load, setLoad] = useState<ChangesLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useLoad(
    async (active) => {
      const result = await api['review:changes']({ meetingId });
      if (!active()) return;
      setLoad(result.ok ? { state: 'ready', value: result.value } : { state: 'error', message: result.error.message });
    },
    [meetingId, version, attempt],
  );
  return { load, reload: () => setAttempt((n) => n + 1) };
}
