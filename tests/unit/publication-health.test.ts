import { describe, expect, it } from 'vitest';
import { detectHealth } from '../../shared/publication/detect-health';
import { knownNames } from '../../shared/publication/known-names';

const known = knownNames(['Anna Berg', 'Johan Sjöström']);

function health(text: string): string[] {
  return detectHealth(text, known).map((s) => text.slice(s.start, s.end));
}

describe('health and social circumstances next to a name', () => {
  it('finds the word next to a known or unknown person, as name and word', () => {
    expect(health('Anna Berg är sjukskriven till och med januari.')).toEqual(['Anna Berg är sjukskriven']);
    expect(health('Det gäller Karin Holm som har fått försörjningsstöd sedan maj.')).toEqual([
      'Karin Holm som har fått försörjningsstöd',
    ]);
    expect(health('Ett barn placerades enligt LVU, Johan Sjöström informerade.')).toEqual(['LVU, Johan Sjöström']);
    expect(health('Hon nämnde att Sara har demens.')).toEqual(['Sara har demens']);
    expect(health('Förhinder: Anna Berg (sjuk).')).toEqual(['Anna Berg (sjuk']);
  });

  it('does not flag the same words without a person near', () => {
    expect(
      health('Missbruksvården i regionen och demensvård diskuterades. Antalet orosanmälningar ökar. Beroende på budget kan LVM-platser minska.'),
    ).toEqual([]);
  });

  it('does not flag a word in another sentence or far from the name', () => {
    expect(health('Anna Berg redogjorde för läget. Sjukskrivningarna har ökat.')).toEqual([]);
    expect(health('Anna Berg redogjorde för hur arbetet med det nya stödet i länet har gått och om depression.')).toEqual([]);
  });

  it('reads "beroende på" as depending on, not as addiction', () => {
    expect(health('Anna Berg sa att det är beroende på utfallet.')).toEqual([]);
    expect(health('Anna Berg har ett beroende.')).toEqual(['Anna Berg har ett beroende']);
  });
});
