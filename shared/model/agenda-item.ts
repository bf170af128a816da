import { z } from 'zod';
import { notesDocumentSchema } from '../notes/schema';
import { itemKindSchema } from './kinds';
import { idSchema, isoDateSchema } from './values';

/** An item of a meeting's agenda (with its presenters, links, standpoint and notes), and a task. */

export const presenterSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().max(200),
});
export type Presenter = z.infer<typeof presenterSchema>;

export const safeUrlSchema = z
  .string()
  .max(2000)
  .refine((u) => /^(https?:\/\/|mailto:)/i.test(u), 'Länken måste börja med http://, https:// eller mailto:.');

export const documentLinkSchema = z.object({
  title: z.string().trim().min(1).max(500),
  url: safeUrlSchema,
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  /** Sub-items (a), b)) point at their parent item. */
  parentId: idSchema.nullable(),
  position: z.number().int().nonnegative(),
  title: z.string().max(1000),
  /**
   * A standing item (Mötets öppnande, Godkännande av dagens agenda …) that
   * every meeting of the body has; carried over to the next meeting.
   */
  standing: z.boolean(),
  topics: z.array(z.string().max(500)),
  kind: itemKindSchema,
  minutes: z.number().int().nonnegative().max(24 * 60).nullable(),
  attachment: z.boolean(),
  links: z.array(documentLinkSchema),
  presenters: z.array(presenterSchema),
  standpoint: z.string().max(20000),
  notes: notesDocumentSchema.nullable(),
  notesRevision: z.number().int().nonnegative(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const taskSchema = z.object({
  id: idSchema,
  itemId: idSchema.nullable(),
  what: z.string().trim().min(1).max(2000),
  owner: z.string().max(200),
  deadline: isoDateSchema.nullable(),
  done: z.boolean(),
  /**
   * When the task was marked done (ISO UTC) and where: in its meeting or
   * from the list of all tasks. Set from the list on approved minutes while
   * `done` (what the frozen minutes print) stays false. Left out or null
   * while open, and for tasks marked done before this was recorded.
   */
  doneAt: z.string().max(40).nullable().optional(),
  doneVia: z.enum(['meeting', 'task_list']).nullable().optional(),
});
export type Task = z.infer<typeof taskSchema>;
export type TaskDoneVia = NonNullable<Task['doneVia']>;

/** The fields of an agenda item the agenda editor changes (notes and standpoint save on their own). */
export const agendaItemPatchSchema = agendaItemSchema
  .pick({ title: true, topics: true, kind: true, minutes: true, attachment: true, links: true, presenters: true })
  .partial();
export type AgendaItemPatch = z.infer<typeof agendaItemPatchSchema>;
