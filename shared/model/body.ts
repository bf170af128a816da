import { z } from 'zod';
import {
  attendanceStyleSchema,
  dateStyleSchema,
  itemKindSchema,
  markerPlacementSchema,
  nameFormSchema,
  personDetailOrderSchema,
  roleSchema,
  standingPlacementSchema,
  standpointPlacementSchema,
} from './kinds';
import { fieldsOf } from './fields';
import { minutesPageProblem, minutesPatternProblem } from './previous-minutes';
import { clockTimeSchema, emailSchema, endAfterStart, idSchema, isoDateSchema, shortTextSchema as shortText } from './values';

/** A body (organ): its settings, its roster (sides → categories → members), planned dates, standing items and phrases. */

/** A standing item of the body ("Mötets öppnande" with a) and b)), which every new meeting starts with. */
export const bodyStandingItemSchema = z.object({
  title: z.string().trim().min(1, 'Punkten behöver en rubrik.').max(1000),
  /** Sub-items a), b) … */
  children: z.array(z.string().trim().min(1, 'Underpunkten behöver en rubrik.').max(1000)).max(26),
  placement: standingPlacementSchema,
});
export type BodyStandingItem = z.infer<typeof bodyStandingItemSchema>;

const name = z.string().trim().min(1, 'Namnet får inte vara tomt.').max(200);

/** What the roster says of a person; a meeting's called list keeps a copy of the same. */
export const rosterPersonFields = {
  name: z.string().max(200),
  party: z.string().max(20),
  organisation: shortText,
  title: shortText,
  role: roleSchema,
  vacant: z.boolean(),
  /** Where the kallelse and the calendar invitation go; empty: not known yet. */
  email: emailSchema,
};

export const memberSchema = z.object({
  id: idSchema,
  ...rosterPersonFields,
});
export type Member = z.infer<typeof memberSchema>;

export const categorySchema = z.object({
  id: idSchema,
  name,
  members: z.array(memberSchema),
});
export type Category = z.infer<typeof categorySchema>;

export const sideSchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  categories: z.array(categorySchema),
});
export type Side = z.infer<typeof sideSchema>;

export const plannedDateSchema = z.object({
  date: isoDateSchema,
  note: z.string().max(200),
});
export type PlannedDate = z.infer<typeof plannedDateSchema>;

export const bodySettingsSchema = z.object({
  name,
  shortName: z.string().trim().min(1, 'Kortnamnet får inte vara tomt.').max(40),
  formalName: shortText,
  documentTitle: shortText,
  defaultPlace: shortText,
  defaultMeetingForm: shortText,
  defaultStartTime: clockTimeSchema.or(z.literal('')),
  defaultEndTime: clockTimeSchema.or(z.literal('')),
  dateStyle: dateStyleSchema,
  standpointPlacement: standpointPlacementSchema,
  summaryOfStandpoints: z.boolean(),
  attendanceStyle: attendanceStyleSchema,
  /** Items printed as "1. Rubrik" (and sub-items "a)"); off: plain headings, as many bodies write. */
  numberedItems: z.boolean().default(true),
  /** A "Dagordning" heading above the items. */
  agendaHeading: z.boolean().default(true),
  personDetailOrder: personDetailOrderSchema.default('organisationTitle'),
  markerPlacement: markerPlacementSchema.default('afterName'),
  nameForm: nameFormSchema.default('common'),
  /** The name in definite form for standpoints ("Styrgruppen", "Samrådsorganet"); empty: the short name. */
  definiteName: z.string().max(200).default(''),
  /** The web page with all the body's published minutes ("Alla mötesanteckningar"); empty: none. */
  minutesPageUrl: z
    .string()
    .trim()
    .max(2000)
    .default('')
    .superRefine((url, ctx) => {
      const problem = minutesPageProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** How one meeting's published minutes are addressed, with placeholders such as {datum} (see previous-minutes.ts). */
  minutesFilePattern: z
    .string()
    .trim()
    .max(2000)
    .default('')
    .superRefine((pattern, ctx) => {
      const problem = minutesPatternProblem(pattern);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  /** Who receives förhinder and sends the invitations (ORGANIZER); empty: not set. */
  secretaryEmail: emailSchema,
  /** The kallelse's title ("Kallelse", "Kallelse till sammanträde"). */
  kallelseTitle: z.string().trim().max(200).default('Kallelse'),
  /** How to report förhinder, in the body's words; empty: the kallelse's own sentence with the secretary's address. */
  absenceInstruction: z.string().trim().max(1000).default(''),
});
export type BodySettings = z.infer<typeof bodySettingsSchema>;

/** A body's settings alone, without its roster, dates or standing items. */
export function bodySettingsOf(body: BodySettings): BodySettings {
  return fieldsOf(bodySettingsSchema, body);
}

/** How a new body lays out its minutes until the secretary says otherwise (as the reference SRO minutes). */
export const DEFAULT_BODY_LAYOUT = {
  numberedItems: true,
  agendaHeading: true,
  personDetailOrder: 'organisationTitle',
  markerPlacement: 'afterName',
  nameForm: 'common',
  definiteName: '',
} as const satisfies Partial<BodySettings>;

/**
 * A new body's settings until the secretary says otherwise: where the "Nytt
 * organ" form starts, and what the demo and test bodies change from.
 */
export const NEW_BODY_SETTINGS: Omit<BodySettings, 'name' | 'shortName'> = {
  formalName: '',
  documentTitle: 'Mötesanteckning',
  defaultPlace: '',
  defaultMeetingForm: '',
  defaultStartTime: '',
  defaultEndTime: '',
  dateStyle: 'long',
  standpointPlacement: 'afterPresenters',
  summaryOfStandpoints: false,
  attendanceStyle: 'lines',
  ...DEFAULT_BODY_LAYOUT,
  minutesPageUrl: '',
  minutesFilePattern: '',
  secretaryEmail: '',
  kallelseTitle: 'Kallelse',
  absenceInstruction: '',
};

export const bodySettingsInputSchema = bodySettingsSchema.refine(
  (b) => endAfterStart(b.defaultStartTime, b.defaultEndTime),
  { message: 'Sluttiden måste vara efter starttiden.', path: ['defaultEndTime'] },
);

export const bodySchema = bodySettingsSchema.extend({
  id: idSchema,
  /** The file name of the organisation's .docx template that DOCX exports take their styles from; null: the built-in look. */
  docxTemplateName: z.string().nullable(),
  plannedDates: z.array(plannedDateSchema),
  sides: z.array(sideSchema),
  /** What every new meeting of the body starts with, in order. */
  standingItems: z.array(bodyStandingItemSchema),
});
export type Body = z.infer<typeof bodySchema>;

export const bodySummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  shortName: z.string(),
  memberCount: z.number().int().nonnegative(),
  meetingCount: z.number().int().nonnegative(),
  nextPlannedDate: isoDateSchema.nullable(),
});
export type BodySummary = z.infer<typeof bodySummarySchema>;

export const standpointTemplateSchema = z.object({
  id: idSchema,
  bodyId: idSchema,
  label: z.string().trim().min(1, 'Mallen behöver ett namn.').max(200),
  text: z.string().trim().min(1, 'Mallen behöver en text.').max(5000),
  kinds: z.array(itemKindSchema),
  standing: z.enum(['agendaApproved', 'noOtherQuestions', 'noRemarksOnPreviousMinutes']).nullable(),
  position: z.number().int().nonnegative(),
});
export type StandpointTemplate = z.infer<typeof standpointTemplateSchema>;
