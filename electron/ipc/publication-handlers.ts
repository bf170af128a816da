import { AppError } from '../../shared/ipc/result';
import { findingsOf } from '../../shared/publication/check';
import type { Finding } from '../../shared/publication/findings';
import { getBody } from '../services/storage/bodies';
import type { Db } from '../services/storage/database';
import { getMeeting } from '../services/storage/meetings';
import { listPublicationDecisions, setPublicationDecision } from '../services/storage/publication-decisions';
import type { Handlers } from './dispatch';

export const FINDING_GONE = 'Uppgiften finns inte längre i mötesanteckningen. Gör kontrollen igen.';
export const REWRITE_NEEDS_TEXT = 'Skriv vad som ska stå i stället, eller välj ta bort.';

/** The findings of a meeting's minutes now, with the decisions made. */
export function currentFindings(db: Db, meetingId: number): Finding[] {
  const meeting = getMeeting(db, meetingId);
  return findingsOf(meeting, getBody(db, meeting.bodyId), listPublicationDecisions(db, meetingId));
}

/** The publication check: personal data in the minutes, and keep / remove / rewrite for each finding. */
export function publicationHandlers(db: Db, clock: () => Date): Pick<Handlers, 'publication:check' | 'publication:decide'> {
  return {
    'publication:check': ({ meetingId }) => ({ findings: currentFindings(db, meetingId) }),
    'publication:decide': ({ meetingId, key, decision, replacement }) => {
      const text = replacement.trim();
      // Taking a decision back is always allowed, also for a finding the minutes no longer have.
      if (decision !== null && !currentFindings(db, meetingId).some((f) => f.key === key)) {
        throw new AppError('not_found', FINDING_GONE, 'key');
      }
      if (decision === 'rewrite' && text === '') throw new AppError('validation', REWRITE_NEEDS_TEXT, 'replacement');
      setPublicationDecision(db, meetingId, key, decision, text, clock().toISOString());
      return { key, decision, replacement: decision === 'rewrite' ? text : '' };
    },
  };
}
