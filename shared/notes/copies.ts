import { z } from 'zod';
import { idSchema } from '../model/domain';
import { notesDocumentSchema } from './schema';

/**
 * When two editors wrote to one item and the secretary chose one text, the
 * other is kept as a read-only copy under the item:
 * - `replacedByMine`: the text another editor had saved, replaced when she kept hers;
 * - `setAsideForSaved`: her text, set aside when she took the saved one.
 */
export const NOTES_COPY_REASONS = ['replacedByMine', 'setAsideForSaved'] as const;
export type NotesCopyReason = (typeof NOTES_COPY_REASONS)[number];

/** Which text wins a conflict: hers (the editor's) or the one another editor saved. */
export const notesChoiceSchema = z.enum(['mine', 'saved']);
export type NotesChoice = z.infer<typeof notesChoiceSchema>;

export const notesCopySchema = z.object({
  id: idSchema,
  itemId: idSchema,
  /** ISO time in UTC. */
  keptAt: z.string(),
  why: z.enum(NOTES_COPY_REASONS),
  notes: notesDocumentSchema,
});
export type NotesCopy = z.infer<typeof notesCopySchema>;

/** An item's stored notes and their revision (the base of the next save). */
export const storedNotesSchema = z.object({
  notes: notesDocumentSchema.nullable(),
  revision: z.number().int().nonnegative(),
  savedAt: z.string().nullable(),
});
