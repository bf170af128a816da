import { describe, expect, it } from 'vitest';
import { detectUnknownNames, personNames } from '../../shared/publication/detect-names';
import { isKnownName, knownNames } from '../../shared/publication/known-names';

const known = knownNames(['Anna Berg', 'Per-Olof Lindqvist Ek', 'Fatima Said']);

function unknown(text: string): string[] {
  return detectUnknownNames(text, known).map((s) => text.slice(s.start, s.end));
}

describe('names not in the called list', () => {
  it('finds a given name and surname that is not a known person', () => {
    expect(unknown('Frågan kom från Karin Holm på mottagningen.')).toEqual(['Karin Holm']);
    expect(unknown('Anna-Karin Lund och Karl Erik Ek deltog.')).toEqual(['Anna-Karin Lund', 'Karl Erik Ek']);
    expect(unknown('Henrik von Sydow och Eva af Klint svarade, och Per de bästa.')).toEqual(['Henrik von Sydow', 'Eva af Klint']);
  });

  it('leaves the known people alone, also in the genitive or with a name left out', () => {
    expect(unknown('Anna Berg redogjorde. Anna Bergs förslag antogs. Per-Olof Lindqvist och Fatima Said svarade.')).toEqual([]);
    expect(isKnownName(known, 'Per-Olof Lindqvist Ek')).toBe(true);
    expect(isKnownName(known, 'Anna Bergström')).toBe(false);
  });

  it('does not take organisations, places, titles or lists for names', () => {
    const text =
      'Region Norrvik, Västra Götaland och Vårdsamverkan Norrvik. Maria Kommun? Nej: Karl Johans gata och Gustav Adolfs torg. Anna, Berg och Sara. LVU och PSN.';
    expect(personNames(text).map((s) => text.slice(s.start, s.end))).toEqual([]);
  });
});
