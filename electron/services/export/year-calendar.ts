import type { Body } from '../../../shared/model/body';
import { icsCalendar } from '../../../shared/calendar/ics';
import { yearCalendarEvents, yearCalendarFileName, yearCalendarProblem } from '../../../shared/calendar/year-dates';
import { AppError } from '../../../shared/ipc/result';
import { safeFileName } from './files';

export interface YearCalendarFile {
  /** The iCalendar text (METHOD:PUBLISH), CRLF lines. */
  ics: string;
  /** "Mötesdatum SGS 2027.ics", safe for any file system. */
  fileName: string;
  /** Meetings (events) in the file. */
  count: number;
}

/**
 * The body's planned meetings of one year as one calendar file, for the app's
 * button and the CLI alike; refused in Swedish when the year has no dates or
 * the meetings no time.
 */
export function yearCalendarFile(body: Body, year: number, now: Date): YearCalendarFile {
  const problem = yearCalendarProblem(body, year);
  if (problem) throw new AppError('validation', problem, 'year');
  const events = yearCalendarEvents(body, year);
  return {
    ics: icsCalendar('PUBLISH', events, now),
    fileName: safeFileName(yearCalendarFileName(body, year)) || `Mötesdatum ${year}.ics`,
    count: events.length,
  };
}
