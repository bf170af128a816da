import { z } from 'zod';

/**
 * A word of a body's own word list ("Lägg till i ordlistan"): one word as
 * written, letters with hyphens, apostrophes, colons or full stops inside.
 */
export const bodyWordSchema = z
  .string()
  .transform((word) => word.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'Skriv ett ord.')
      .max(100, 'Ordet får vara högst 100 tecken.')
      .regex(/^[^\s]+$/u, 'Lägg till ett ord i taget, utan mellanslag.')
      .regex(/\p{L}/u, 'Ordet behöver minst en bokstav.'),
  );

/** Words of a list in the order the secretary reads them: alphabetical the Swedish way. */
export function sortedWords(words: Iterable<string>): string[] {
  return [...words].sort((a, b) => a.localeCompare(b, 'sv-SE'));
}
