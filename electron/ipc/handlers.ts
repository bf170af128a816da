import type { Db } from '../services/storage/database';
import {
  createBodyFromSettings,
  getBody,
  listBodies,
  setDocxTemplate,
  setPlannedDates,
  updateBodySettings,
} from '../services/storage/bodies';
import { saveRoster } from '../services/storage/body-roster';
import { getMeeting, listMeetings, removeMeeting, updateMeetingHeader } from '../services/storage/meetings';
import { getItemNotes, saveItemNotes } from '../services/storage/item-notes';
import { listNotesCopies, resolveNotesConflict } from '../services/storage/notes-copies';
import { createMeetingFromBody, createMeetingFromPrevious } from '../services/storage/new-meetings';
import { setStandingItems } from '../services/storage/standing-items';
import {
  addCalledPerson,
  attendanceHistory,
  removeCalledPerson,
  setAttendance,
  undoAttendance,
} from '../services/storage/attendance';
import { applyPastedCalled, markUnmarkedPresent } from '../services/storage/attendance-batch';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, removeTask, saveStandpoint, saveTask, updateAgendaItem } from '../services/storage/agenda';
import { archivePage, meetingsOverview } from '../services/storage/archive';
import { listTemplates, removeTemplate, saveTemplate } from '../services/storage/templates';
import { listTaskPage, setTaskDone } from '../services/storage/task-list';
import { closeMeeting, getVersion, listVersions, openMeeting, setReview, unlockMeeting } from '../services/storage/review';
import { localClock, localDate } from '../../shared/format/clock';
import { searchArchive } from '../services/search/search';
import type { Handlers } from './dispatch';
import { checkedDocxTemplate, exportHandlers, type ExporterDeps } from './export-handlers';
import type { BackupService } from '../services/storage/backup';
import { backupHandlers, withBackups } from './backup-handlers';
import { importHandlers } from './import-handlers';
import { teamsHandlers } from './teams-handlers';
import { kallelseHandlers } from './kallelse-handlers';
import { kallelsePdf as printKallelsePdf, type KallelsePdf } from '../services/export/kallelse';
import { attachmentHandlers } from './attachment-handlers';
import { calendarHandlers } from './calendar-handlers';
import { inviteHandlers } from './invite-handlers';
import { reviewRoundHandlers } from './review-round-handlers';
import { reviewChangesHandlers } from './review-changes-handlers';
import { publicationHandlers } from './publication-handlers';
import { publicExportHandlers } from './public-export-handlers';
import { archiveHandlers } from './archive-handlers';
import { spellingHandlers } from './spelling-handlers';
import { spellerProvider, spellingCheckHandlers, type SpellerProvider } from './spelling-check-handlers';

export interface HandlerDeps {
  db: Db;
  databasePath: string;
  version: string;
  /** "Now", for attendance times, "today", the opening stamp and unlock records; tests pass a fixed clock. */
  clock?: () => Date;
  /** Printing, the export folder and "Visa i mappen", from the host; without it export is refused. */
  exporter?: ExporterDeps;
  /** The running host's backups; without it the backup channels are refused. */
  backups?: BackupService;
  /** The kallelse as PDF, first in the handlingar; tests give a small one of their own. */
  kallelsePdf?: KallelsePdf;
  /** Hunspell for the whole-meeting spelling check; by default loaded once per handler table, on first use. */
  speller?: SpellerProvider;
}

/**
 * The handler table shared by every host (Electron, browser host, tests).
 * Handlers are thin: validation happened in `dispatch`, the work is in the
 * storage functions.
 */
export function createHandlers({
  db,
  databasePath,
  version,
  clock = () => new Date(),
  exporter,
  backups,
  kallelsePdf = printKallelsePdf,
  speller = spellerProvider(),
}: HandlerDeps): Handlers {
  const today = () => localDate(clock());
  const at = () => clock().toISOString();
  const moment = () => {
    const now = clock();
    return { at: now.toISOString(), clock: localClock(now), date: localDate(now) };
  };

  return withBackups(backups, {
    'app:info': (_request, context) => ({
      version,
      host: context.host === 'electron' ? 'electron' : 'browser',
      databasePath,
      startupNotice: backups?.startupNotice ?? null,
    }),
    'bodies:list': () => listBodies(db, today()),
    'bodies:get': ({ id }) => getBody(db, id),
    'meetings:list': ({ bodyId }) => listMeetings(db, bodyId),
    'meetings:get': ({ id }) => getMeeting(db, id),
    'meetings:updateHeader': ({ id, header }) => updateMeetingHeader(db, id, header, at()),
    'notes:save': ({ meetingId, itemId, notes, replaceWithEmpty, baseRevision }) =>
      saveItemNotes(db, meetingId, itemId, notes, at(), { replaceWithEmpty, baseRevision }),
    'notes:get': ({ meetingId, itemId }) => getItemNotes(db, meetingId, itemId),
    'notes:resolve': ({ meetingId, itemId, keep, notes }) => resolveNotesConflict(db, meetingId, itemId, keep, notes, at()),
    'notes:copies': ({ meetingId, itemId }) => listNotesCopies(db, meetingId, itemId),

    'bodies:create': ({ settings }) => createBodyFromSettings(db, settings, at()),
    'bodies:updateSettings': ({ id, settings }) => updateBodySettings(db, id, settings, at()),
    'bodies:setPlannedDates': ({ id, dates }) => setPlannedDates(db, id, dates, at()),
    'bodies:setStandingItems': ({ id, items }) => setStandingItems(db, id, items, at()),
    'bodies:setDocxTemplate': ({ id, fileName, contentBase64 }) =>
      setDocxTemplate(db, id, contentBase64 === null ? null : { name: fileName, bytes: checkedDocxTemplate(contentBase64) }, at()),
    'roster:save': ({ bodyId, sides }) => saveRoster(db, bodyId, sides, at()),

    'meetings:createFromBody': ({ bodyId, date }) => ({ id: createMeetingFromBody(db, bodyId, date, { today: today(), at: at() }) }),
    'meetings:createFromPrevious': ({ meetingId, date, carryOver }) => ({
      id: createMeetingFromPrevious(db, meetingId, date, { today: today(), at: at() }, carryOver),
    }),

    'attendance:set': ({ meetingId, personId, attendance }) => setAttendance(db, meetingId, personId, attendance, moment()),
    'attendance:undo': ({ meetingId }) => {
      const { persons, removed } = undoAttendance(db, meetingId, at());
      return { person: persons.at(-1) ?? null, persons, removed };
    },
    'attendance:history': ({ meetingId }) => attendanceHistory(db, meetingId),
    'attendance:markUnmarkedPresent': ({ meetingId }) => markUnmarkedPresent(db, meetingId, moment()),
    'attendance:applyPasted': ({ meetingId, persons }) => applyPastedCalled(db, meetingId, persons, moment()),
    'called:add': ({ meetingId, ...invitation }) => addCalledPerson(db, meetingId, invitation, at()),
    'called:remove': ({ meetingId, personId }) => ({ removed: removeCalledPerson(db, meetingId, personId, at()) }),

    'agenda:add': ({ meetingId, ...input }) => addAgendaItem(db, meetingId, input, at()),
    'agenda:update': ({ meetingId, itemId, patch }) => updateAgendaItem(db, meetingId, itemId, patch, at()),
    'agenda:move': ({ meetingId, itemId, parentId, index }) => moveAgendaItem(db, meetingId, itemId, parentId, index, at()),
    'agenda:remove': ({ meetingId, itemId }) => ({ removed: removeAgendaItem(db, meetingId, itemId, at()) }),
    'standpoint:save': ({ meetingId, itemId, standpoint }) => saveStandpoint(db, meetingId, itemId, standpoint, at()),
    'tasks:save': ({ meetingId, task }) => saveTask(db, meetingId, task, at()),
    'tasks:remove': ({ meetingId, taskId }) => ({ removed: removeTask(db, meetingId, taskId, at()) }),
    'tasks:list': (query) => listTaskPage(db, query, today()),
    'tasks:setDone': ({ taskId, done }) => setTaskDone(db, taskId, done, at(), today()),

    'templates:list': ({ bodyId }) => listTemplates(db, bodyId),
    'templates:save': ({ bodyId, template }) => saveTemplate(db, bodyId, template),
    'templates:remove': ({ bodyId, templateId }) => ({ removed: removeTemplate(db, bodyId, templateId) }),

    'meetings:open': ({ meetingId }) => openMeeting(db, meetingId, moment()),
    'meetings:close': ({ meetingId }) => closeMeeting(db, meetingId, moment()),
    'meetings:remove': ({ id, confirmDate }) => removeMeeting(db, id, confirmDate),
    'review:set': ({ meetingId, ...review }) => setReview(db, meetingId, review, at()),
    'review:unlock': ({ meetingId, who, reason }) => unlockMeeting(db, meetingId, { who, reason }, at()),
    'versions:list': ({ meetingId }) => listVersions(db, meetingId),
    'versions:get': ({ meetingId, version }) => getVersion(db, meetingId, version),
    'meetings:overview': () => meetingsOverview(db, today()),
    'archive:year': ({ bodyId, year }) => archivePage(db, bodyId, year),

    'search:query': (request) => searchArchive(db, request),

    ...exportHandlers(db, exporter),
    ...backupHandlers(backups),
    ...importHandlers(db, clock),
    ...teamsHandlers(db, clock),
    ...kallelseHandlers(db, exporter),
    ...attachmentHandlers(db, exporter, kallelsePdf, at),
    ...calendarHandlers(db, exporter, clock),
    ...inviteHandlers(db, exporter, clock, kallelsePdf),
    ...reviewRoundHandlers(db, exporter, clock),
    ...reviewChangesHandlers(db, exporter),
    ...publicationHandlers(db, clock),
    ...publicExportHandlers(db, exporter, clock),
    ...archiveHandlers(db, exporter, clock, version),
    ...spellingHandlers(db, clock),
    ...spellingCheckHandlers(db, clock, speller),
  });
}
