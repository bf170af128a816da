/**
 * Words of Swedish minutes and of health and social care collaboration that
 * the Swedish Hunspell dictionary lacks, known in every body's meetings.
 * Lower-case; the check compares folded words. Add a word here only when it
 * is right Swedish that every body writes (a body's own terms go in its word
 * list: "Lägg till i ordlistan").
 */
export const DOMAIN_WORDS: readonly string[] = ['dnr'];
