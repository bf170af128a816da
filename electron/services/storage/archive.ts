import {
  START_PAGE_LATEST,
  START_PAGE_UNAPPROVED,
  START_PAGE_UPCOMING,
  chosenYear,
  yearRange,
  type ArchiveBody,
  type ArchiveMeeting,
  type ArchivePage,
  type ArchiveYearCount,
  type BodyMeetingsOverview,
  type YearLog,
  type YearLogStandpoint,
  type YearLogTask,
} from '../../../shared/model/archive';
import type { MeetingSummary } from '../../../shared/model/meeting';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { MEETING_SUMMARY_COLUMNS } from './meetings';
import { prepared } from './sql';

/**
 * A body's archive, read one year at a time, and the start page's few
 * meetings per body. Every query names the body and a date range, so the
 * index on meetings (body_id, date) answers it without reading other years.
 */

/** The body's years with meetings, newest first, and how many each holds. */
export function archiveYears(db: Db, bodyId: number): ArchiveYearCount[] {
  return prepared<ArchiveYearCount>(
    db,
    `SELECT CAST(substr(date, 1, 4) AS INTEGER) AS year, count(*) AS count
     FROM meetings WHERE body_id = ? GROUP BY substr(date, 1, 4) ORDER BY year DESC`,
  ).all(bodyId);
}

/** One year's meetings of a body, newest first. */
export function archiveMeetings(db: Db, bodyId: number, year: number): ArchiveMeeting[] {
  const { from, until } = yearRange(year);
  return prepared<ArchiveMeeting>(
    db,
    `SELECT m.id, m.date, m.title, m.status, m.version, m.cancelled_at AS cancelledAt,
       (SELECT count(*) FROM agenda_items WHERE meeting_id = m.id AND parent_id IS NULL) AS itemCount
     FROM meetings m
     WHERE m.body_id = @bodyId AND m.date >= @from AND m.date < @until
     ORDER BY m.date DESC, m.start_time DESC, m.id DESC`,
  ).all({ bodyId, from, until });
}

/**
 * The year's standpoints with their items' numbers ("4", "4 a)"), numbered as
 * the agenda numbers them: top-level items by position, sub-items by letter.
 * A standpoint that is one of the body's standing phrases is left out.
 */
function yearStandpoints(db: Db, bodyId: number, year: number): YearLogStandpoint[] {
  const { from, until } = yearRange(year);
  return prepared<YearLogStandpoint>(
    db,
    `WITH year_meetings AS (
       SELECT id, date, title, start_time FROM meetings WHERE body_id = @bodyId AND date >= @from AND date < @until
     ),
     numbered AS (
       SELECT a.id, a.meeting_id, a.parent_id, a.title, a.standpoint,
         row_number() OVER (PARTITION BY a.meeting_id, coalesce(a.parent_id, 0) ORDER BY a.position, a.id) AS n
       FROM agenda_items a WHERE a.meeting_id IN (SELECT id FROM year_meetings)
     )
     SELECT ym.id AS meetingId, ym.date, ym.title AS meetingTitle, i.id AS itemId,
       CASE WHEN i.parent_id IS NULL THEN CAST(i.n AS TEXT)
         ELSE CAST(p.n AS TEXT) || ' ' || char(96 + ((i.n - 1) % 26) + 1) || ')' END AS itemNumber,
       i.title AS itemTitle, trim(i.standpoint) AS standpoint
     FROM numbered i
     JOIN year_meetings ym ON ym.id = i.meeting_id
     LEFT JOIN numbered p ON p.id = i.parent_id
     WHERE trim(i.standpoint) <> ''
       -- The standing phrases ("Dagens agenda godkändes.") are no decisions of the year.
       AND trim(i.standpoint) NOT IN (SELECT trim(text) FROM standpoint_templates WHERE body_id = @bodyId AND standing IS NOT NULL)
     ORDER BY ym.date, ym.start_time, ym.id, coalesce(p.n, i.n), CASE WHEN i.parent_id IS NULL THEN 0 ELSE i.n END`,
  ).all({ bodyId, from, until });
}

interface TaskRow extends Omit<YearLogTask, 'done'> {
  done: 0 | 1;
}

/**
 * The tasks given in the year's meetings. A task carried on to a later
 * meeting is one task: it is given where it first appears, and done when it
 * or any of its copies was marked done.
 */
function yearTasks(db: Db, bodyId: number, year: number): YearLogTask[] {
  const { from, until } = yearRange(year);
  return prepared<TaskRow>(
    db,
    `WITH RECURSIVE given AS (
       SELECT t.id, t.meeting_id, t.position, t.what, t.owner, t.deadline, t.done, m.date, m.title, m.start_time
       FROM tasks t JOIN meetings m ON m.id = t.meeting_id
       WHERE m.body_id = @bodyId AND m.date >= @from AND m.date < @until AND t.carried_from_task_id IS NULL
     ),
     copies (root, id, done) AS (
       SELECT id, id, done FROM given
       UNION ALL
       SELECT copies.root, t.id, t.done FROM tasks t JOIN copies ON t.carried_from_task_id = copies.id
     )
     SELECT g.id, g.meeting_id AS meetingId, g.date, g.title AS meetingTitle, g.what, g.owner, g.deadline,
       (SELECT max(done) FROM copies WHERE root = g.id) AS done
     FROM given g
     ORDER BY g.date, g.start_time, g.meeting_id, g.position, g.id`,
  )
    .all({ bodyId, from, until })
    .map((row) => ({ ...row, done: row.done === 1 }));
}

/** The year log ("Beslutslogg"): the body's standpoints and tasks of one year. */
export function yearLog(db: Db, bodyId: number, year: number): YearLog {
  return { standpoints: yearStandpoints(db, bodyId, year), tasks: yearTasks(db, bodyId, year) };
}

export function archiveBody(db: Db, bodyId: number): ArchiveBody {
  const row = prepared<Omit<ArchiveBody, 'numberedItems'> & { numberedItems: 0 | 1 }>(
    db,
    'SELECT id, name, short_name AS shortName, numbered_items AS numberedItems FROM bodies WHERE id = ?',
  ).get(bodyId);
  if (!row) throw new AppError('not_found', 'Organet finns inte.');
  return { ...row, numberedItems: row.numberedItems === 1 };
}

/** One page of a body's archive: its years, and the meetings and log of the year asked for (else the newest). */
export function archivePage(db: Db, bodyId: number, requestedYear: number | null): ArchivePage {
  const body = archiveBody(db, bodyId);
  const years = archiveYears(db, bodyId);
  const year = chosenYear(years, requestedYear);
  if (year === null) return { body, years, year, meetings: [], log: { standpoints: [], tasks: [] } };
  return { body, years, year, meetings: archiveMeetings(db, bodyId, year), log: yearLog(db, bodyId, year) };
}

/**
 * The start page's meetings of every body: the next coming ones (from
 * `today`), the latest held, and older minutes not yet approved (still work
 * to do), with the body's total for the link to its archive.
 */
export function meetingsOverview(db: Db, today: string): BodyMeetingsOverview[] {
  const bodies = prepared<{ id: number; total: number }>(
    db,
    'SELECT b.id, (SELECT count(*) FROM meetings WHERE body_id = b.id) AS total FROM bodies b ORDER BY b.id',
  ).all();
  const summaries = (where: string, order: string) =>
    prepared<MeetingSummary>(
      db,
      `SELECT ${MEETING_SUMMARY_COLUMNS} WHERE m.body_id = @bodyId AND ${where} ORDER BY ${order} LIMIT @limit`,
    );
  const upcoming = summaries('m.date >= @today', 'm.date, m.start_time, m.id');
  const latest = summaries('m.date < @today', 'm.date DESC, m.start_time DESC, m.id DESC');
  const unapproved = summaries(`m.date < @today AND m.status <> 'approved'`, 'm.date DESC, m.start_time DESC, m.id DESC');
  return bodies.map(({ id: bodyId, total }) => {
    const shown = new Map<number, MeetingSummary>();
    const add = (rows: MeetingSummary[]) => rows.forEach((m) => shown.set(m.id, m));
    add(upcoming.all({ bodyId, today, limit: START_PAGE_UPCOMING }));
    add(latest.all({ bodyId, today, limit: START_PAGE_LATEST }));
    // Beyond the latest: drafts and minutes awaiting approval, the ones the secretary still works on.
    add(
      unapproved
        .all({ bodyId, today, limit: START_PAGE_LATEST + START_PAGE_UNAPPROVED })
        .filter((m) => !shown.has(m.id))
        .slice(0, START_PAGE_UNAPPROVED),
    );
    const meetings = [...shown.values()].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
    return { bodyId, total, meetings };
  });
}
