import type { Db } from '../services/storage/database';
import { createBodyFromSettings, getBody, listBodies, saveRoster, setPlannedDates, updateBodySettings } from '../services/storage/bodies';
import { getMeeting, listMeetings, saveItemNotes, updateMeetingHeader } from '../services/storage/meetings';
import { createMeetingFromBody, createMeetingFromPrevious } from '../services/storage/new-meetings';
import {
  addCalledPerson,
  attendanceHistory,
  removeCalledPerson,
  setAttendance,
  undoAttendance,
} from '../services/storage/attendance';
import { localClock, localDate } from '../services/clock';
import type { Handlers } from './dispatch';

export interface HandlerDeps {
  db: Db;
  databasePath: string;
  version: string;
  /** "Now", for attendance times and "today"; tests pass a fixed clock. */
  clock?: () => Date;
}

/**
 * The handler table shared by every host (Electron, browser host, tests).
 * Handlers are thin: validation happened in `dispatch`, the work is in the
 * storage functions.
 */
export function createHandlers({ db, databasePath, version, clock = () => new Date() }: HandlerDeps): Handlers {
  const today = () => localDate(clock());
  const moment = () => {
    const now = clock();
    return { at: now.toISOString(), clock: localClock(now) };
  };

  return {
    'app:info': (_request, context) => ({
      version,
      host: context.host === 'electron' ? 'electron' : 'browser',
      databasePath,
    }),
    'bodies:list': () => listBodies(db, today()),
    'bodies:get': ({ id }) => getBody(db, id),
    'meetings:list': ({ bodyId }) => listMeetings(db, bodyId),
    'meetings:get': ({ id }) => getMeeting(db, id),
    'meetings:updateHeader': ({ id, header }) => updateMeetingHeader(db, id, header),
    // Freezing approved notes (with an explicit unlock) comes with the review flow.
    'notes:save': ({ meetingId, itemId, notes }) => saveItemNotes(db, meetingId, itemId, notes),

    'bodies:create': ({ settings }) => createBodyFromSettings(db, settings),
    'bodies:updateSettings': ({ id, settings }) => updateBodySettings(db, id, settings),
    'bodies:setPlannedDates': ({ id, dates }) => setPlannedDates(db, id, dates),
    'roster:save': ({ bodyId, sides }) => saveRoster(db, bodyId, sides),

    'meetings:createFromBody': ({ bodyId, date }) => ({ id: createMeetingFromBody(db, bodyId, date, today()) }),
    'meetings:createFromPrevious': ({ meetingId, date }) => ({
      id: createMeetingFromPrevious(db, meetingId, date, today()),
    }),

    'attendance:set': ({ meetingId, personId, attendance }) => setAttendance(db, meetingId, personId, attendance, moment()),
    'attendance:undo': ({ meetingId }) => ({ person: undoAttendance(db, meetingId, moment().at) }),
    'attendance:history': ({ meetingId }) => attendanceHistory(db, meetingId),
    'called:add': ({ meetingId, ...invitation }) => addCalledPerson(db, meetingId, invitation, moment().at),
    'called:remove': ({ meetingId, personId }) => ({ removed: removeCalledPerson(db, meetingId, personId, moment().at) }),
  };
}
