import { z } from 'zod';

/**
 * The closed lists of the domain (roles, attendance statuses, item kinds …):
 * each as its values, its schema and its type. Migrations spell the same
 * lists out in CHECK constraints; a test keeps the two in step.
 */

export const ROLES = [
  'ordforande',
  'vice_ordforande',
  'forste_vice_ordforande',
  'andre_vice_ordforande',
  'sekreterare',
  'ledamot',
  'adjungerad',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Where a called person was: in the room, on the link, away with apologies,
 * absent, or not yet marked. Arriving late, leaving early and being replaced
 * are not statuses of their own: they are times and a substitute beside the
 * status (see `attendanceSchema`), because real meetings combine them ("late
 * and on Teams", "left at 14.10 and was replaced").
 */
export const ATTENDANCE_STATUSES = ['unmarked', 'present', 'remote', 'excused', 'absent'] as const;
export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const ITEM_KINDS = [
  'information',
  'dialog',
  'information_dialog',
  'standpoint',
  'decision',
  'other',
] as const;
export const itemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof itemKindSchema>;

export const MEETING_STATUSES = ['draft', 'review', 'approved'] as const;
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const DATE_STYLES = ['long', 'iso'] as const;
export const dateStyleSchema = z.enum(DATE_STYLES);
export type DateStyle = z.infer<typeof dateStyleSchema>;

export const STANDPOINT_PLACEMENTS = ['afterPresenters', 'endOfItem'] as const;
export const standpointPlacementSchema = z.enum(STANDPOINT_PLACEMENTS);
export type StandpointPlacement = z.infer<typeof standpointPlacementSchema>;

export const ATTENDANCE_STYLES = ['lines', 'markers', 'blocks'] as const;
export const attendanceStyleSchema = z.enum(ATTENDANCE_STYLES);
export type AttendanceStyle = z.infer<typeof attendanceStyleSchema>;

/** The order of a person's details after the name: "Namn, organisation, titel" or "Namn, titel, organisation". */
export const PERSON_DETAIL_ORDERS = ['organisationTitle', 'titleOrganisation'] as const;
export const personDetailOrderSchema = z.enum(PERSON_DETAIL_ORDERS);
export type PersonDetailOrder = z.infer<typeof personDetailOrderSchema>;

/** Where an attendance marker ("förhindrad") stands: right after the name, or at the end of the person's line. */
export const MARKER_PLACEMENTS = ['afterName', 'endOfLine'] as const;
export const markerPlacementSchema = z.enum(MARKER_PLACEMENTS);
export type MarkerPlacement = z.infer<typeof markerPlacementSchema>;

/**
 * How the body's name agrees in a standpoint: like an en-word ("styrgruppen
 * ställer sig positiv"), an ett-word ("samrådsorganet ställer sig positivt")
 * or a plural ("LGS ledamöter ställer sig positiva").
 */
export const NAME_FORMS = ['common', 'neuter', 'plural'] as const;
export const nameFormSchema = z.enum(NAME_FORMS);
export type NameForm = z.infer<typeof nameFormSchema>;

/** Whether a standing item stands before the meeting's subject items or after them. */
export const STANDING_PLACEMENTS = ['beforeSubjects', 'afterSubjects'] as const;
export const standingPlacementSchema = z.enum(STANDING_PLACEMENTS);
export type StandingPlacement = z.infer<typeof standingPlacementSchema>;

export const CALLED_KINDS = ['member', 'invitee', 'guest'] as const;
export const calledKindSchema = z.enum(CALLED_KINDS);
export type CalledKind = z.infer<typeof calledKindSchema>;
