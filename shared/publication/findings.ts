import { z } from 'zod';
import { idSchema } from '../model/values';

/**
 * The publication check: personal data found in the minutes' text before a
 * public version is made, and what the secretary decided for each. Pure: no
 * DOM, no Node.
 */

export const FINDING_KINDS = [
  /** Personnummer, with a valid check digit. */
  'personal-identity-number',
  /** Samordningsnummer (day + 60), with a valid check digit. */
  'coordination-number',
  'phone',
  'email',
  /** A street address or a postal code with its town. */
  'address',
  /** A person's name that is not in the called list. */
  'name',
  /** Words about health or social circumstances next to a name. */
  'health',
] as const;
export const findingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof findingKindSchema>;

export const PUBLICATION_DECISIONS = ['keep', 'remove', 'rewrite'] as const;
export const publicationDecisionSchema = z.enum(PUBLICATION_DECISIONS);
export type PublicationDecision = z.infer<typeof publicationDecisionSchema>;

/** What replaces removed text in the public version (never in the minutes). */
export const REDACTED_TEXT = '[uppgift borttagen]';

export const findingSchema = z.object({
  /** Stable across edits elsewhere: where (item or the meeting's own parts), kind and the text found. */
  key: z.string().min(1).max(1000),
  kind: findingKindSchema,
  /** The text found, as written. */
  text: z.string(),
  /** The agenda item it stands in; null: the header, attendance or other parts of the meeting. */
  itemId: idSchema.nullable(),
  /** Where, for people: "3. Regional utveckling". */
  where: z.string(),
  /** The sentence or words around it. */
  context: z.string(),
  /** How many times the same text stands there. */
  count: z.number().int().min(1),
  decision: publicationDecisionSchema.nullable(),
  /** The text written instead, for 'rewrite'. */
  replacement: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;
