/**
 * What the spelling check needs of Hunspell: the same two calls whether the
 * engine runs in the renderer's worker or in Node (the CLI). hunspell-asm's
 * `Hunspell` has this shape.
 */
export interface Speller {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

/** Where the Swedish dictionary's two files are, relative to the app's own files (the renderer's worker fetches them). */
export const DICTIONARY_FILES = { aff: 'spelling/sv.aff', dic: 'spelling/sv.dic' } as const;
