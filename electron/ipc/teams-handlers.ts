import { AppError } from '../../shared/ipc/result';
import { localClock } from '../../shared/format/clock';
import type { Db } from '../services/storage/database';
import { applyTeamsAttendance } from '../services/storage/teams-attendance';
import { readTeamsForMeeting } from '../services/teams/read';
import type { Handlers } from './dispatch';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The Teams attendance report: read and matched for confirmation, then applied as one undoable step. */
export function teamsHandlers(db: Db, clock: () => Date): Pick<Handlers, 'teams:read' | 'teams:apply'> {
  return {
    'teams:read': ({ meetingId, contentBase64 }) => {
      if (!BASE64.test(contentBase64)) throw new AppError('validation', 'Filen kunde inte tas emot. Försök igen.', 'contentBase64');
      return readTeamsForMeeting(db, meetingId, Buffer.from(contentBase64, 'base64'));
    },
    'teams:apply': (input) => {
      const now = clock();
      return applyTeamsAttendance(db, input, { at: now.toISOString(), clock: localClock(now) });
    },
  };
}
