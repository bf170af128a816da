import { z } from 'zod';
import { LOCAL_STAMP } from './stamps';

/** A Teams attendance report summarised per person, as read from the file (nothing stored). */

export const localStampSchema = z.string().regex(LOCAL_STAMP, 'Tiden ska skrivas ÅÅÅÅ-MM-DDTTT:MM:SS.');

export const teamsParticipantSchema = z.object({
  /** As Teams wrote it: "Berg Anna (VGR)". */
  name: z.string().max(300),
  email: z.string().max(300),
  /** "Organisatör", "Presenter", "Attendee" … as written; '' when the report has no roles. */
  role: z.string().max(100),
  firstJoin: localStampSchema.nullable(),
  lastLeave: localStampSchema.nullable(),
  /** Time in the meeting, all joins together. */
  seconds: z.number().int().nonnegative(),
});
export type TeamsParticipant = z.infer<typeof teamsParticipantSchema>;

/** `participants`: the newer report with sections; `events`: the older one row per join or leave. */
export const TEAMS_REPORT_FORMATS = ['participants', 'events'] as const;

export const teamsReportSchema = z.object({
  format: z.enum(TEAMS_REPORT_FORMATS),
  title: z.string().max(500),
  meetingStart: localStampSchema.nullable(),
  meetingEnd: localStampSchema.nullable(),
  participants: z.array(teamsParticipantSchema).max(2000),
});
export type TeamsReport = z.infer<typeof teamsReportSchema>;

/** A report person's proposed called person, and the times "Med på länk" would get. */
export const teamsMatchSchema = z.object({
  index: z.number().int().nonnegative(),
  name: z.string().max(300),
  organisation: z.string().max(500),
  candidate: z.object({ personId: z.number().int().positive(), confidence: z.number().min(0).max(1), reason: z.string() }).nullable(),
  personId: z.number().int().positive().nullable(),
  conflict: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  leftAt: z.string().nullable(),
});
export type TeamsMatchProposal = z.infer<typeof teamsMatchSchema>;
