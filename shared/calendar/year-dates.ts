import type { BodySettings, PlannedDate } from '../model/body';
import { clockMinutes } from '../model/values';
import type { IcsEvent } from './ics';

/**
 * The body's meetings of one year as it publishes them: the planned dates
 * with their times and place, as one calendar file (one event per date) and
 * as the sentence for the minutes ("Mötesdatum 2027: 21 januari, 22 april
 * och 25 november, klockan 13.00–15.00, Stationshuset.").
 *
 * A planned date has only a day and a free note; the note's placeholder asks
 * for "klockan 13.00-15.00, plats", so a time range written there is that
 * meeting's time, and the body's default times hold for the others.
 */

export type YearDatesBody = Pick<BodySettings, 'name' | 'shortName' | 'defaultPlace' | 'defaultMeetingForm' | 'defaultStartTime' | 'defaultEndTime'> & {
  id: number;
  plannedDates: readonly PlannedDate[];
};

export interface YearMeeting {
  date: string;
  /** "13.00"; '' when neither the note nor the body gives one. */
  startTime: string;
  endTime: string;
  note: string;
}

/** "13.00-15.00", "kl. 9:00 – 12:00" in a note: the meeting's own times. */
const NOTE_TIMES = /(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)\s*[-–—]\s*([01]?\d|2[0-3])[.:]([0-5]\d)(?![\d.:])/u;

const dayMonth = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: 'UTC' });

function clock(hours: string, minutes: string): string {
  return `${hours.padStart(2, '0')}.${minutes}`;
}

/** A time range written in a planned date's note, when it holds one with the end after the start. */
export function timesInNote(note: string): { startTime: string; endTime: string } | null {
  const m = NOTE_TIMES.exec(note);
  if (!m) return null;
  const startTime = clock(m[1]!, m[2]!);
  const endTime = clock(m[3]!, m[4]!);
  return clockMinutes(endTime) > clockMinutes(startTime) ? { startTime, endTime } : null;
}

/** The years that have planned dates, in order. */
export function plannedYears(dates: readonly PlannedDate[]): number[] {
  return [...new Set(dates.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
}

/**
 * The year a calendar is made for when none is asked: the first year after
 * this one with planned dates (the dates are published ahead), else this
 * year, else the latest year with dates; null without any planned date.
 */
export function defaultCalendarYear(dates: readonly PlannedDate[], today: string): number | null {
  const years = plannedYears(dates);
  const thisYear = Number(today.slice(0, 4));
  return years.find((y) => y > thisYear) ?? (years.includes(thisYear) ? thisYear : (years.at(-1) ?? null));
}

/** The planned meetings of `year` in date order, each with its times. */
export function yearMeetings(body: YearDatesBody, year: number): YearMeeting[] {
  return body.plannedDates
    .filter((d) => d.date.startsWith(`${year}-`))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => {
      const own = timesInNote(d.note);
      return {
        date: d.date,
        startTime: own?.startTime ?? normalClock(body.defaultStartTime),
        endTime: own?.endTime ?? normalClock(body.defaultEndTime),
        note: d.note.trim(),
      };
    });
}

function normalClock(time: string): string {
  return time ? time.replace(':', '.') : '';
}

/** "13.00–15.00", "9.00" (no end), '' (no time), as printed in running text. */
export function spokenTimes(startTime: string, endTime: string): string {
  const short = (t: string) => t.replace(':', '.').replace(/^0(\d)/, '$1');
  if (!startTime) return '';
  return endTime ? `${short(startTime)}–${short(endTime)}` : short(startTime);
}

/** "21 januari, 22 april och 25 november". */
function spokenList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts.at(-1)}`;
}

/** The time most of the meetings have (ties: the earliest date's), '' when most have none. */
function commonTimes(meetings: readonly YearMeeting[]): string {
  const counts = new Map<string, number>();
  for (const m of meetings) {
    const t = spokenTimes(m.startTime, m.endTime);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [t, n] of counts) {
    if (n > bestCount) [best, bestCount] = [t, n];
  }
  return best;
}

/**
 * "Mötesdatum 2027: 21 januari, 22 april, 23 september och 25 november,
 * klockan 13.00–15.00, Stationshuset." A meeting at other times than most
 * has its own in brackets after the date; no time or no place: left out.
 * '' for a year without planned dates.
 */
export function yearDatesSentence(body: YearDatesBody, year: number): string {
  const meetings = yearMeetings(body, year);
  if (meetings.length === 0) return '';
  const common = commonTimes(meetings);
  const days = meetings.map((m) => {
    const own = spokenTimes(m.startTime, m.endTime);
    const day = dayMonth.format(utcDate(m.date));
    return own !== common && own !== '' ? `${day} (klockan ${own})` : day;
  });
  const place = meetingPlace(body);
  const tail = [common ? `klockan ${common}` : '', place].filter(Boolean);
  return `Mötesdatum ${year}: ${spokenList(days)}${tail.length > 0 ? `, ${tail.join(', ')}` : ''}.`;
}

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Where the body meets: its place, else its meeting form ("Teams"). */
function meetingPlace(body: YearDatesBody): string {
  return body.defaultPlace.trim() || body.defaultMeetingForm.trim();
}

/** The standpoint phrase's name in the body's list. */
export function yearDatesTemplateLabel(year: number): string {
  return `Mötesdatum ${year}`;
}

/**
 * A planned date's UID: the same body and day give the same UID in every
 * file written, so importing the year again updates the events instead of
 * adding them twice.
 */
export function plannedDateUid(bodyId: number, date: string): string {
  return `planerat-${date}-organ-${bodyId}@anteckna`;
}

/** The events of the year's calendar file (METHOD:PUBLISH); meetings without a start time cannot be placed in a calendar. */
export function yearCalendarEvents(body: YearDatesBody, year: number): IcsEvent[] {
  const summary = body.shortName.trim() && !body.name.includes(body.shortName.trim()) ? `${body.name} (${body.shortName.trim()})` : body.name;
  return yearMeetings(body, year).map((m) => ({
    uid: plannedDateUid(body.id, m.date),
    sequence: 0,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    summary: summary.trim() || 'Möte',
    location: meetingPlace(body),
    description: m.note,
    url: '',
    organizer: null,
    attendees: [],
    cancelled: false,
  }));
}

/** Why no calendar file can be made for the year, in Swedish; null when it can. */
export function yearCalendarProblem(body: YearDatesBody, year: number): string | null {
  const meetings = yearMeetings(body, year);
  if (meetings.length === 0) return `Organet har inga planerade mötesdatum ${year}.`;
  const untimed = meetings.filter((m) => m.startTime === '');
  if (untimed.length > 0) {
    return 'Mötena behöver en starttid för att kunna läggas i en kalender: skriv organets starttid under Inställningar, eller tiden i datumets anteckning (till exempel 13.00-15.00).';
  }
  return null;
}

/** "Mötesdatum SGS 2027.ics" (the characters file systems refuse are the caller's to remove). */
export function yearCalendarFileName(body: Pick<BodySettings, 'shortName' | 'name'>, year: number): string {
  return `Mötesdatum ${body.shortName.trim() || body.name.trim()} ${year}.ics`;
}
