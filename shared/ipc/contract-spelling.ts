import { z } from 'zod';
import { idSchema } from '../model/values';
import { bodyWordSchema } from '../spelling/word-list';
import { REPLACE_SCOPES, replacementSchema } from '../spelling/replace';

const wordList = z.object({ words: z.array(z.string()) });

/** The whole meeting's unknown words ("Stavningskontroll"), as `meetingSpelling` lists them. */
const meetingSpellingWords = z.array(
  z.object({ word: z.string(), count: z.number().int().positive(), itemIds: z.array(idSchema), suggestions: z.array(z.string()) }),
);

/**
 * Spelling: what a meeting's minutes may write without the dictionary
 * knowing it, and the body's own word list. The check itself runs where the
 * text is (the renderer's worker, the CLI), not over IPC.
 */
export const spellingContract = {
  /** The words known in this meeting: names, parties, organisations, titles, the body's names (`knownWords`), and the body's word list. */
  'spelling:context': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.object({ bodyId: idSchema, knownWords: z.array(z.string()), bodyWords: z.array(z.string()) }),
    writes: false,
  },
  /** The body's word list, alphabetical. */
  'spelling:bodyWords': {
    request: z.strictObject({ bodyId: idSchema }),
    response: wordList,
    writes: false,
  },
  /** "Lägg till i ordlistan": kept once, whatever its case; returns the list. */
  'spelling:addWord': {
    request: z.strictObject({ bodyId: idSchema, word: bodyWordSchema }),
    response: wordList,
    writes: true,
  },
  /** Takes a word off the body's list; returns the list. */
  'spelling:removeWord': {
    request: z.strictObject({ bodyId: idSchema, word: z.string().min(1).max(100) }),
    response: wordList,
    writes: true,
  },
  /** "Stavningskontroll" before export: every unknown word of the minutes with its count, items and suggestions. */
  'spelling:check': {
    request: z.strictObject({ meetingId: idSchema }),
    response: z.object({ words: meetingSpellingWords }),
    writes: false,
  },
  /** "Ersätt" (its first place) or "Ersätt alla" in the whole meeting; refused on approved minutes. Returns the list checked again. */
  'spelling:replace': {
    request: z.strictObject({
      meetingId: idSchema,
      word: z.string().min(1).max(100),
      replacement: replacementSchema,
      scope: z.enum(REPLACE_SCOPES),
    }),
    response: z.object({ replaced: z.number().int().nonnegative(), words: meetingSpellingWords }),
    writes: true,
  },
} as const;
