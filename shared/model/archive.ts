import { z } from 'zod';
import { formatLongDate } from '../format/date';
import { meetingStatusSchema } from './kinds';
import { meetingSummarySchema } from './meeting';
import { idSchema, isoDateSchema } from './values';

/**
 * A body's archive: its meetings by year, and the year's log of standpoints
 * and tasks ("Beslutslogg 2026") for the annual report. Schemas for the IPC
 * contract and the pure rules the archive view and the year log share.
 */

/** A year the archive can show; four digits, as the meetings' ISO dates have. */
export const archiveYearNumberSchema = z
  .number({ message: 'Ange året med fyra siffror.' })
  .int('Ange året med fyra siffror.')
  .min(1000, 'Ange året med fyra siffror.')
  .max(9999, 'Ange året med fyra siffror.');

/** One year of a body's archive and how many meetings it holds. */
export const archiveYearCountSchema = z.object({ year: archiveYearNumberSchema, count: z.number().int().positive() });
export type ArchiveYearCount = z.infer<typeof archiveYearCountSchema>;

/** A meeting as the archive lists it. */
export const archiveMeetingSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  title: z.string(),
  status: meetingStatusSchema,
  /** 1 until the minutes were unlocked after approval; each unlock starts the next. */
  version: z.number().int().min(1),
  itemCount: z.number().int().nonnegative(),
  /** Set when the meeting was called off ("Inställt"). */
  cancelledAt: z.string().nullable().default(null),
});
export type ArchiveMeeting = z.infer<typeof archiveMeetingSchema>;

/** A standpoint the body took, where and when. */
export const yearLogStandpointSchema = z.object({
  meetingId: idSchema,
  date: isoDateSchema,
  meetingTitle: z.string(),
  itemId: idSchema,
  /** "4" or "4 a)": the item's number in its meeting. */
  itemNumber: z.string(),
  itemTitle: z.string(),
  standpoint: z.string(),
});
export type YearLogStandpoint = z.infer<typeof yearLogStandpointSchema>;

/** A task given in one of the year's meetings (not a copy carried on from an earlier one). */
export const yearLogTaskSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  date: isoDateSchema,
  meetingTitle: z.string(),
  what: z.string(),
  owner: z.string(),
  deadline: isoDateSchema.nullable(),
  /** Done here or in any later meeting that carried it on. */
  done: z.boolean(),
});
export type YearLogTask = z.infer<typeof yearLogTaskSchema>;

export const yearLogSchema = z.object({
  standpoints: z.array(yearLogStandpointSchema),
  tasks: z.array(yearLogTaskSchema),
});
export type YearLog = z.infer<typeof yearLogSchema>;

export const archiveBodySchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  /** Whether the body prints item numbers ("punkt 4") or titles alone. */
  numberedItems: z.boolean(),
});
export type ArchiveBody = z.infer<typeof archiveBodySchema>;

/** One page of the archive: the years with their counts, and one year's meetings and log. */
export const archivePageSchema = z.object({
  body: archiveBodySchema,
  /** Newest first. */
  years: z.array(archiveYearCountSchema),
  /** The year shown; null only when the body has no meetings. */
  year: archiveYearNumberSchema.nullable(),
  /** That year's meetings, newest first. */
  meetings: z.array(archiveMeetingSchema),
  log: yearLogSchema,
});
export type ArchivePage = z.infer<typeof archivePageSchema>;

/** The start page's part of one body: what is coming, the latest held, and how many there are in all. */
export const bodyMeetingsOverviewSchema = z.object({
  bodyId: idSchema,
  total: z.number().int().nonnegative(),
  /** Newest first, as the start page lists them. */
  meetings: z.array(meetingSummarySchema),
});
export type BodyMeetingsOverview = z.infer<typeof bodyMeetingsOverviewSchema>;

/** How many of a body's meetings the start page shows: the next ones, the latest held, and older ones not yet approved. */
export const START_PAGE_UPCOMING = 2;
export const START_PAGE_LATEST = 5;
export const START_PAGE_UNAPPROVED = 5;

/** The year to show: the one asked for, else the newest with meetings; null for a body without meetings. */
export function chosenYear(years: readonly ArchiveYearCount[], requested: number | null): number | null {
  if (requested !== null) return requested;
  return years[0]?.year ?? null;
}

/** The dates a year spans, as an index on (body, date) can use them: from its first day, up to the next year's. */
export function yearRange(year: number): { from: string; until: string } {
  return { from: `${pad4(year)}-01-01`, until: `${pad4(year + 1)}-01-01` };
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}

/** "version 2" for minutes unlocked after approval; nothing for the first version. */
export function versionLabel(version: number): string | null {
  return version > 1 ? `version ${version}` : null;
}

/** "Punkt 4 Färdplan" for a body that numbers its items; the title alone otherwise. */
export function itemLabel(itemNumber: string, itemTitle: string, numberedItems: boolean): string {
  const title = itemTitle.trim() || 'Namnlös punkt';
  return numberedItems ? `Punkt ${itemNumber} ${title}` : title;
}

/** The year's standpoints by meeting, in the order the meetings were held, each meeting once. */
export function standpointsByMeeting(
  standpoints: readonly YearLogStandpoint[],
): { meetingId: number; date: string; meetingTitle: string; standpoints: YearLogStandpoint[] }[] {
  const groups = new Map<number, { meetingId: number; date: string; meetingTitle: string; standpoints: YearLogStandpoint[] }>();
  for (const s of standpoints) {
    let group = groups.get(s.meetingId);
    if (!group) {
      group = { meetingId: s.meetingId, date: s.date, meetingTitle: s.meetingTitle, standpoints: [] };
      groups.set(s.meetingId, group);
    }
    group.standpoints.push(s);
  }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date) || a.meetingId - b.meetingId);
}

/** "Beslutslogg 2026". */
export function yearLogTitle(year: number): string {
  return `Beslutslogg ${year}`;
}

/** "12 mars 2026, Mötesanteckning SRO": a meeting as the log names it. */
export function meetingName(date: string, meetingTitle: string): string {
  const title = meetingTitle.trim();
  return title ? `${formatLongDate(date)}, ${title}` : formatLongDate(date);
}

/** "Ja" / "Nej": what the annual report asks of each task. */
export function doneLabel(task: Pick<YearLogTask, 'done'>): string {
  return task.done ? 'Ja' : 'Nej';
}
