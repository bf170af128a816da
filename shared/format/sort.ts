/** Swedish collation: å, ä, ö after z; case and accents ignored for equality. */
export const swedishCollator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

export function compareSwedish(a: string, b: string): number {
  return swedishCollator.compare(a, b);
}
