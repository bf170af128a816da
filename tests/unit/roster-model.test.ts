import { describe, expect, it } from 'vitest';
import type { Body, Member } from '../../shared/model/domain';
import {
  addPasted,
  dropMember,
  memberLabel,
  moveCategoryBy,
  moveMemberBy,
  moveSideBy,
  movedText,
  pasteCategories,
  personNames,
  removeMember,
  rosterFromBody,
  rosterToInput,
  validateRoster,
  withSavedIds,
  type RosterSide,
} from '../../renderer/roster/rosterModel';

let nextId = 1;
function person(name: string, extra: Partial<Member> = {}): Member {
  return { id: nextId++, name, party: '', organisation: '', title: '', role: 'ledamot', vacant: false, email: '', ...extra };
}

/** A body's roster as the host sends it: sides → categories → people. */
function bodyWith(sides: { name: string; categories: { name: string; members: Member[] }[] }[]): Pick<Body, 'sides'> {
  return {
    sides: sides.map((side) => ({
      id: nextId++,
      name: side.name,
      categories: side.categories.map((c) => ({ id: nextId++, name: c.name, members: c.members })),
    })),
  };
}

/** Two sides as in the reference minutes: the municipalities' politicians and officials, the region's politicians. */
function twoSides(): RosterSide[] {
  return rosterFromBody(
    bodyWith([
      {
        name: 'För kommunerna',
        categories: [
          { name: 'Politiker', members: [person('Anna Berg', { party: '(S)' }), person('Erik Lund', { party: '(M)' }), person('Olle Ek')] },
          { name: 'Tjänstepersoner', members: [person('Sara Holm')] },
        ],
      },
      { name: 'För regionen', categories: [{ name: 'Regionpolitiker', members: [person('Karin Nilsson')] }] },
    ]),
  );
}

/** What the secretary sees: "Side / Category: names in order". */
function layout(sides: RosterSide[]): string[] {
  return sides.flatMap((s) => s.categories.map((c) => `${s.name} / ${c.name}: ${c.members.map(memberLabel).join(', ')}`));
}

function keyOf(sides: RosterSide[], name: string): string {
  const member = sides.flatMap((s) => s.categories.flatMap((c) => c.members)).find((m) => m.name === name);
  if (!member) throw new Error(`no ${name}`);
  return member.key;
}

describe('roster model: moving members', () => {
  it('moves a member one step down within the category, and says where it went', () => {
    const sides = twoSides();
    const next = moveMemberBy(sides, keyOf(sides, 'Anna Berg'), 1);
    expect(layout(next)[0]).toBe('För kommunerna / Politiker: Erik Lund, Anna Berg, Olle Ek');
    expect(movedText(next, keyOf(next, 'Anna Berg'))).toBe('Anna Berg flyttad till plats 2 i Politiker.');
  });

  it('moves the last of a category first into the next category, even across sides', () => {
    const sides = twoSides();
    const intoNext = moveMemberBy(sides, keyOf(sides, 'Olle Ek'), 1);
    expect(layout(intoNext).slice(0, 2)).toEqual([
      'För kommunerna / Politiker: Anna Berg, Erik Lund',
      'För kommunerna / Tjänstepersoner: Olle Ek, Sara Holm',
    ]);
    const acrossSides = moveMemberBy(sides, keyOf(sides, 'Karin Nilsson'), -1);
    expect(layout(acrossSides)[1]).toBe('För kommunerna / Tjänstepersoner: Sara Holm, Karin Nilsson');
  });

  it('leaves the roster as it is at its very ends (the editor then says "står redan först")', () => {
    const sides = twoSides();
    expect(moveMemberBy(sides, keyOf(sides, 'Anna Berg'), -1)).toBe(sides);
    expect(moveMemberBy(sides, keyOf(sides, 'Karin Nilsson'), 1)).toBe(sides);
  });

  it('drops a dragged member before the row it is dropped on', () => {
    const sides = twoSides();
    const politicians = sides[0]!.categories[0]!.key;
    // Dropped before row 3 (Olle Ek): the row's place is counted with Anna still at the top.
    expect(layout(dropMember(sides, keyOf(sides, 'Anna Berg'), politicians, 2))[0]).toBe(
      'För kommunerna / Politiker: Erik Lund, Anna Berg, Olle Ek',
    );
    // Dropped into another category, last.
    const officials = sides[0]!.categories[1]!.key;
    expect(layout(dropMember(sides, keyOf(sides, 'Erik Lund'), officials, 1))[1]).toBe(
      'För kommunerna / Tjänstepersoner: Sara Holm, Erik Lund',
    );
  });

  it('does nothing when a member is dropped where it already stands', () => {
    const sides = twoSides();
    const politicians = sides[0]!.categories[0]!.key;
    const erik = keyOf(sides, 'Erik Lund');
    expect(dropMember(sides, erik, politicians, 1)).toBe(sides);
    expect(dropMember(sides, erik, politicians, 2)).toBe(sides);
  });
});

describe('roster model: moving categories and sides', () => {
  it('moves a category within its side, and past the side’s end into the next side', () => {
    const sides = twoSides();
    const officials = sides[0]!.categories[1]!.key;
    expect(layout(moveCategoryBy(sides, officials, -1)).map((l) => l.split(':')[0])).toEqual([
      'För kommunerna / Tjänstepersoner',
      'För kommunerna / Politiker',
      'För regionen / Regionpolitiker',
    ]);
    expect(layout(moveCategoryBy(sides, officials, 1)).map((l) => l.split(':')[0])).toEqual([
      'För kommunerna / Politiker',
      'För regionen / Tjänstepersoner',
      'För regionen / Regionpolitiker',
    ]);
  });

  it('moves a side, and not past the ends', () => {
    const sides = twoSides();
    expect(moveSideBy(sides, sides[1]!.key, -1).map((s) => s.name)).toEqual(['För regionen', 'För kommunerna']);
    expect(moveSideBy(sides, sides[0]!.key, -1)).toBe(sides);
  });
});

describe('roster model: checking before saving', () => {
  it('asks for a name or a vacant mark, a category name, and short parties, in Swedish', () => {
    const sides = twoSides();
    const anna = keyOf(sides, 'Anna Berg');
    sides[0]!.categories[0]!.members[0] = { ...sides[0]!.categories[0]!.members[0]!, name: '  ', party: '(Socialdemokraterna i län)' };
    sides[0]!.categories[1] = { ...sides[0]!.categories[1]!, name: ' ' };
    const errors = validateRoster(sides);
    expect(errors.get(`${anna}:name`)).toBe('Skriv ett namn eller markera platsen som vakant.');
    expect(errors.get(`${anna}:party`)).toBe('Partiet får vara högst 20 tecken.');
    expect(errors.get(`${sides[0]!.categories[1]!.key}:name`)).toBe('Kategorin behöver ett namn.');
    expect(errors.size).toBe(3);
  });

  it('lets a vacant seat be without a name', () => {
    const sides = twoSides();
    sides[0]!.categories[0]!.members[0] = { ...sides[0]!.categories[0]!.members[0]!, name: '', vacant: true };
    expect(validateRoster(sides).size).toBe(0);
    expect(memberLabel(sides[0]!.categories[0]!.members[0]!)).toBe('Vakant plats');
  });
});

describe('roster model: what is saved', () => {
  it('sends names trimmed, a vacant seat without a person, and the ids of what already existed', () => {
    const sides = twoSides();
    const anna = sides[0]!.categories[0]!.members[0]!;
    sides[0]!.categories[0]!.members[0] = { ...anna, name: ' Anna Berg ', vacant: false };
    sides[0]!.categories[0]!.members[1] = { ...sides[0]!.categories[0]!.members[1]!, vacant: true };
    const input = rosterToInput(sides);
    expect(input[0]!.id).toBe(sides[0]!.id);
    expect(input[0]!.categories[0]!.members[0]).toEqual({ id: anna.id, name: 'Anna Berg', party: '(S)', organisation: '', title: '', role: 'ledamot', vacant: false, email: '' });
    expect(input[0]!.categories[0]!.members[1]).toMatchObject({ name: '', party: '', vacant: true });
  });

  it('gives pasted people the ids the host gave them, by their place in the tree that was sent', () => {
    const sides = twoSides();
    const officials = pasteCategories(sides)[1]!;
    const sent = addPasted(sides, officials, [{ name: 'Per Alm', party: '', organisation: 'Strandby kommun', title: 'socialchef', role: 'ledamot', vacant: false, email: '' }]);
    expect(rosterToInput(sent)[0]!.categories[1]!.members[1]).not.toHaveProperty('id');
    const saved = bodyWith([
      {
        name: 'För kommunerna',
        categories: [
          { name: 'Politiker', members: [person('Anna Berg'), person('Erik Lund'), person('Olle Ek')] },
          { name: 'Tjänstepersoner', members: [person('Sara Holm'), person('Per Alm', { id: 900 })] },
        ],
      },
      { name: 'För regionen', categories: [{ name: 'Regionpolitiker', members: [person('Karin Nilsson')] }] },
    ]);
    const withIds = withSavedIds(sent, sent, saved);
    expect(withIds[0]!.categories[1]!.members[1]).toMatchObject({ name: 'Per Alm', id: 900 });
  });
});

describe('roster model: pasting from Excel or Word', () => {
  it('offers the categories as "side – category" and knows the names already there', () => {
    const sides = twoSides();
    expect(pasteCategories(sides).map((c) => c.label)).toEqual([
      'För kommunerna – Politiker',
      'För kommunerna – Tjänstepersoner',
      'För regionen – Regionpolitiker',
    ]);
    expect(personNames(removeMember(sides, keyOf(sides, 'Olle Ek')))).toEqual(['Anna Berg', 'Erik Lund', 'Sara Holm', 'Karin Nilsson']);
  });

  it('adds the pasted people last in the chosen category, or as a new category when the roster has none', () => {
    const pasted = [{ name: 'Per Alm', party: '(C)', organisation: '', title: '', role: 'ledamot' as const, vacant: false, email: '' }];
    const sides = twoSides();
    expect(layout(addPasted(sides, pasteCategories(sides)[2]!, pasted))[2]).toBe('För regionen / Regionpolitiker: Karin Nilsson, Per Alm');
    const fresh = addPasted([], { key: 'none', label: 'Ledamöter', side: '', name: 'Ledamöter' }, pasted);
    expect(layout(fresh)).toEqual([' / Ledamöter: Per Alm']);
  });
});
