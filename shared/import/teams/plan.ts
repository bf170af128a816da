import { z } from 'zod';
import { idSchema } from '../../model/values';
import { localStampSchema } from './schema';
import { clockOfStamp, stampOf, stampSeconds, type LocalStamp } from './stamps';

/**
 * What a confirmed Teams match becomes: "Med på länk", with the time the
 * person came when it was more than a few minutes after the start, and the
 * time they left when it was more than a few minutes before the end.
 */

/** Coming or leaving within this many minutes of the start or end is being there all along. */
export const TEAMS_GRACE_MINUTES = 10;

export interface MeetingWindow {
  start: LocalStamp | null;
  end: LocalStamp | null;
}

/** The meeting's own start and end when it has them, else the report's. */
export function meetingWindow(
  meeting: { date: string; startTime: string; endTime: string },
  report: { meetingStart: LocalStamp | null; meetingEnd: LocalStamp | null },
): MeetingWindow {
  return {
    start: meeting.startTime !== '' ? stampOf(meeting.date, meeting.startTime) : report.meetingStart,
    end: meeting.endTime !== '' ? stampOf(meeting.date, meeting.endTime) : report.meetingEnd,
  };
}

/** The same clock time on the day of `on`: a report from another day than the meeting's is compared by the clock. */
function sameDay(moment: LocalStamp, on: LocalStamp): LocalStamp {
  return `${on.slice(0, 10)}${moment.slice(10)}`;
}

export interface RemoteTimes {
  /** "13.25" when the person came late; null: from the start. */
  arrivedAt: string | null;
  /** "14.40" when the person left early; null: to the end. */
  leftAt: string | null;
}

export function remoteTimes(meeting: MeetingWindow, firstJoin: LocalStamp | null, lastLeave: LocalStamp | null): RemoteTimes {
  const grace = TEAMS_GRACE_MINUTES * 60;
  const late =
    meeting.start !== null && firstJoin !== null && stampSeconds(firstJoin) - stampSeconds(sameDay(meeting.start, firstJoin)) > grace;
  const early =
    meeting.end !== null && lastLeave !== null && stampSeconds(sameDay(meeting.end, lastLeave)) - stampSeconds(lastLeave) > grace;
  const arrivedAt = late ? clockOfStamp(firstJoin!) : null;
  let leftAt = early ? clockOfStamp(lastLeave!) : null;
  // Came late and left within the same minute: the minutes can only say when they came.
  if (arrivedAt !== null && leftAt !== null && leftAt <= arrivedAt) leftAt = null;
  return { arrivedAt, leftAt };
}

const joinedSchema = {
  firstJoin: localStampSchema.nullable(),
  lastLeave: localStampSchema.nullable(),
};

/** "Markera med på länk": the matches the secretary confirmed and the report persons to add as guests. */
export const teamsApplyInputSchema = z.strictObject({
  meetingId: idSchema,
  /** The report's own start and end, used when the meeting has no times. */
  reportStart: localStampSchema.nullable(),
  reportEnd: localStampSchema.nullable(),
  matches: z.array(z.strictObject({ personId: idSchema, ...joinedSchema })).max(2000),
  guests: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200),
        organisation: z.string().max(500),
        ...joinedSchema,
      }),
    )
    .max(2000),
});
export type TeamsApplyInput = z.infer<typeof teamsApplyInputSchema>;
