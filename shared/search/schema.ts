import { z } from 'zod';
import { itemKindSchema, meetingStatusSchema } from '../model/kinds';
import { idSchema, isoDateSchema } from '../model/values';

/**
 * A search across every meeting of every body ("Sök"), its filters and its
 * answer. The words are read by `parseSearchText` (shared/search/query.ts);
 * any text is a valid question: what cannot be searched for gets a hint, never
 * an error.
 */

/** Longest question read; longer text is answered with a hint, not searched. */
export const SEARCH_TEXT_MAX = 1000;

export const searchRequestSchema = z.strictObject({
  /** What she typed; up to 100,000 characters are accepted and answered (with a hint when too long). */
  text: z.string().max(100_000),
  bodyId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2999).optional(),
  status: meetingStatusSchema.optional(),
  kind: itemKindSchema.optional(),
  /** A called person, presenter or task owner of the meeting (part of the name). */
  person: z.string().max(200).optional(),
  /** Hits per page (20 unless asked) and where the page starts. */
  limit: z.number().int().min(1).max(200).optional(),
  offset: z.number().int().min(0).max(100_000).optional(),
});
export type SearchRequest = z.input<typeof searchRequestSchema>;

/** A piece of a snippet: text as written, and whether it is one of the words searched for. */
export const snippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchHitSchema = z.object({
  meetingId: idSchema,
  /** The agenda item the words stand in; null for the meeting's own header, called list and tasks without item. */
  itemId: idSchema.nullable(),
  date: isoDateSchema,
  bodyId: idSchema,
  /** The body's short name ("SRO"). */
  body: z.string(),
  meetingTitle: z.string(),
  status: meetingStatusSchema,
  /** Set when the meeting was called off ("Inställt"). */
  cancelledAt: z.string().nullable().default(null),
  /** "3", "3 b" for a sub-item, '' for the meeting itself. */
  itemNumber: z.string(),
  itemTitle: z.string(),
  /** Where in the item the words were found first ("Anteckningar", "Ställningstagande", …). */
  where: z.string(),
  /** The words around the hit, each hit marked as **word** (for scripts). */
  snippet: z.string(),
  /** The same snippet in parts, for the app to mark without HTML. */
  parts: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  /** Matching items (and meeting headers) in all, not just this page. */
  total: z.number().int().nonnegative(),
  tookMs: z.number().nonnegative(),
  /** A calm Swedish hint when the question could not be searched as written (null otherwise). */
  hint: z.string().nullable(),
  /** The words as searched for (phrases as one entry), to mark them where a hit is opened. */
  words: z.array(z.string()),
  /** Ranked, hits of one meeting together, newest meeting first where ranks tie. */
  hits: z.array(searchHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
