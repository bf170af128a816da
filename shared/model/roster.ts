import { z } from 'zod';
import { idSchema, memberSchema } from './domain';

/**
 * The roster as the editor saves it: the whole ordered tree at once. Ids are
 * kept where the entry already existed, so a save is a diff, not a rebuild.
 */
export const rosterMemberInputSchema = memberSchema.extend({ id: idSchema.optional() });
export type RosterMemberInput = z.infer<typeof rosterMemberInputSchema>;

export const rosterCategoryInputSchema = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1, 'Kategorin behöver ett namn.').max(200),
  members: z.array(rosterMemberInputSchema).max(500),
});
export type RosterCategoryInput = z.infer<typeof rosterCategoryInputSchema>;

export const rosterSideInputSchema = z.object({
  id: idSchema.optional(),
  name: z.string().max(200),
  categories: z.array(rosterCategoryInputSchema).max(50),
});
export type RosterSideInput = z.infer<typeof rosterSideInputSchema>;

export const rosterInputSchema = z.array(rosterSideInputSchema).max(20);
