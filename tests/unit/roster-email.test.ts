import { describe, expect, it } from 'vitest';
import { emptyMember, rosterToInput, validateRoster, type RosterSide } from '../../renderer/roster/rosterModel';

// The roster's "E-post" field: checked at the field with the model's Swedish message, trimmed when saved, never for a vacant seat.

function roster(email: string, vacant = false): RosterSide[] {
  const member = { ...emptyMember(), name: vacant ? '' : 'Eva Berg', vacant, email };
  return [{ key: 's', name: 'Kommunerna', categories: [{ key: 'c', name: 'Ledamöter', members: [member] }] }];
}

const keyOf = (sides: RosterSide[]) => sides[0]!.categories[0]!.members[0]!.key;

describe('a roster person\'s e-mail address', () => {
  it('is refused at its field when it is not an address', () => {
    for (const bad of ['eva.berg', 'eva berg@strandby.example', 'eva@strandby', 'Eva Berg <eva@strandby.example>']) {
      const sides = roster(bad);
      expect(validateRoster(sides).get(`${keyOf(sides)}:email`)).toBe('Skriv e-postadressen som namn@exempel.se.');
    }
  });

  it('may be empty, and is saved trimmed', () => {
    expect(validateRoster(roster('')).size).toBe(0);
    const sides = roster(' eva.berg@strandby.example ');
    expect(validateRoster(sides).size).toBe(0);
    expect(rosterToInput(sides)[0]!.categories[0]!.members[0]!.email).toBe('eva.berg@strandby.example');
  });

  it('is not checked or kept for a vacant seat', () => {
    const sides = roster('inte en adress', true);
    expect(validateRoster(sides).size).toBe(0);
    expect(rosterToInput(sides)[0]!.categories[0]!.members[0]!.email).toBe('');
  });
});
