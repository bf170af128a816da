import type { Db } from '../services/storage/database';
import { getBody, listBodies } from '../services/storage/bodies';
import { getMeeting, listMeetings, saveItemNotes, updateMeetingHeader } from '../services/storage/meetings';
import type { Handlers } from './dispatch';

export interface HandlerDeps {
  db: Db;
  databasePath: string;
  version: string;
}

/**
 * The handler table shared by every host (Electron, browser host, tests).
 * Handlers are thin: validation happened in `dispatch`, the work is in the
 * storage functions.
 */
export function createHandlers({ db, databasePath, version }: HandlerDeps): Handlers {
  return {
    'app:info': (_request, context) => ({
      version,
      host: context.host === 'electron' ? 'electron' : 'browser',
      databasePath,
    }),
    'bodies:list': () => listBodies(db),
    'bodies:get': ({ id }) => getBody(db, id),
    'meetings:list': ({ bodyId }) => listMeetings(db, bodyId),
    'meetings:get': ({ id }) => getMeeting(db, id),
    'meetings:updateHeader': ({ id, header }) => updateMeetingHeader(db, id, header),
    'notes:save': ({ meetingId, itemId, notes }) => saveItemNotes(db, meetingId, itemId, notes),
  };
}
