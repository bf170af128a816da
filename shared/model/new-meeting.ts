import { z } from 'zod';
import {
  agendaItemSchema,
  bodyStandingItemSchema,
  bodySettingsSchema,
  calledPersonSchema,
  meetingHeaderSchema,
  meetingStatusSchema,
  memberSchema,
  plannedDateSchema,
  clockTimeSchema,
  idSchema,
  taskSchema,
} from './domain';
import type { CalledPerson } from './called-person';
import { fieldsOf } from './fields';

/**
 * Input shapes for creating a body or a whole meeting in one go (demo data,
 * the meeting-file importer, "new meeting from body"). They are the stored
 * shapes without database ids; nesting replaces the id references.
 */

export const newMemberSchema = memberSchema.omit({ id: true });
export type NewMember = z.infer<typeof newMemberSchema>;

export const newBodySchema = bodySettingsSchema.extend({
  plannedDates: z.array(plannedDateSchema),
  /** Left out: the standing items a new body starts with (see shared/model/standing-agenda.ts). */
  standingItems: z.array(bodyStandingItemSchema).optional(),
  sides: z.array(
    z.object({
      name: z.string().max(200),
      categories: z.array(z.object({ name: z.string().min(1).max(200), members: z.array(newMemberSchema) })),
    }),
  ),
});
/** Layout settings a body file or script may leave out take their defaults. */
export type NewBody = z.input<typeof newBodySchema>;

export const newCalledPersonSchema = calledPersonSchema.omit({ id: true, itemId: true, position: true });
export type NewCalledPerson = z.infer<typeof newCalledPersonSchema>;

/** A called person as a new meeting's called person: the same person and attendance, without ids or place in the list. */
export function asNewCalledPerson(person: CalledPerson): NewCalledPerson {
  return { ...fieldsOf(newCalledPersonSchema, person), attendance: { ...person.attendance } };
}

export const newTaskSchema = taskSchema.omit({ id: true, itemId: true, doneAt: true, doneVia: true });
export type NewTask = z.infer<typeof newTaskSchema>;

const newAgendaItemBase = agendaItemSchema.omit({ id: true, parentId: true, position: true, notesRevision: true }).extend({
  /** Subject items are the usual case; standing items say so. */
  standing: z.boolean().default(false),
  /** Guests (gäster / föredragande) invited for this item only. */
  guests: z.array(newCalledPersonSchema).default([]),
  tasks: z.array(newTaskSchema).default([]),
});

export const newAgendaItemSchema = newAgendaItemBase.extend({
  /** Sub-items a), b) … */
  children: z.array(newAgendaItemBase).default([]),
});
export type NewAgendaItem = z.input<typeof newAgendaItemSchema>;

/** An agenda item with nothing filled in but its title: no topics, presenters, links or notes, kind "other". */
export function plainAgendaItem(title: string): NewAgendaItem {
  return {
    title,
    topics: [],
    kind: 'other',
    minutes: null,
    attachment: false,
    links: [],
    presenters: [],
    standpoint: '',
    notes: null,
  };
}

export const newMeetingSchema = meetingHeaderSchema.extend({
  status: meetingStatusSchema.default('draft'),
  openedAt: clockTimeSchema.nullable().default(null),
  closedAt: clockTimeSchema.nullable().default(null),
  secretaryName: z.string().max(200).default(''),
  /** Members and whole-meeting invitees (inbjudna), in printed order. */
  calledPersons: z.array(newCalledPersonSchema),
  agenda: z.array(newAgendaItemSchema),
  /** Tasks not tied to one item; a task carried from an earlier meeting points at the one it carries. */
  tasks: z.array(newTaskSchema.extend({ carriedFromTaskId: idSchema.nullable().default(null) })).default([]),
});
export type NewMeeting = z.input<typeof newMeetingSchema>;

/** Where the next meeting's called list comes from. */
export const CALLED_SOURCES = ['previous', 'roster'] as const;
export const calledSourceSchema = z.enum(CALLED_SOURCES);
export type CalledSource = z.infer<typeof calledSourceSchema>;

/**
 * What "Nytt möte utifrån detta" brings, as the secretary chose it: which of
 * the body's standing items (by title, in the body's order), which of the
 * earlier meeting's open tasks (by id), and the called list of the earlier
 * meeting or the body's roster as it is now.
 */
export const carryOverSchema = z.strictObject({
  standingTitles: z.array(z.string().trim().min(1).max(1000)).max(100),
  taskIds: z.array(idSchema).max(1000),
  called: calledSourceSchema,
});
export type CarryOver = z.infer<typeof carryOverSchema>;
