import { describe, expect, it } from 'vitest';
import type { CalledKind } from '../../shared/model/domain';
import { groupPersons } from '../../shared/model/attendance';

let nextId = 1;
function person(kind: CalledKind, name: string, sideName = '', categoryName = '', position = nextId) {
  return { id: nextId++, kind, name, sideName, categoryName, position };
}

const show = (groups: ReturnType<typeof groupPersons<ReturnType<typeof person>>>) =>
  groups.map((g) => `${g.side ? `${g.side} / ` : ''}${g.category}: ${g.persons.map((p) => p.name).join(', ')}`);

describe('the called persons grouped as the attendance screens list them', () => {
  it('puts members by side and category in roster order, then invitees, then guests', () => {
    const persons = [
      person('guest', 'Gunnar Gäst', '', '', 0),
      person('member', 'Eva Ek', 'Kommunerna', 'Ledamöter', 3),
      person('invitee', 'Ingrid Inbjuden', '', '', 1),
      person('member', 'Anna Berg', 'Region Halland', 'Ledamöter', 1),
      person('member', 'Bo Ström', 'Region Halland', 'Ersättare', 2),
      person('member', 'Cilla Lund', 'Region Halland', 'Ledamöter', 1),
    ];
    expect(show(groupPersons(persons))).toEqual([
      'Region Halland / Ledamöter: Anna Berg, Cilla Lund',
      'Region Halland / Ersättare: Bo Ström',
      'Kommunerna / Ledamöter: Eva Ek',
      'Inbjudna: Ingrid Inbjuden',
      'Gäster och föredragande: Gunnar Gäst',
    ]);
  });

  it('keeps a category together even when the roster returns to it after another', () => {
    const persons = [
      person('member', 'Anna', 'Region', 'Ledamöter', 1),
      person('member', 'Bo', 'Region', 'Ersättare', 2),
      person('member', 'Cilla', 'Region', 'Ledamöter', 3),
    ];
    expect(show(groupPersons(persons))).toEqual(['Region / Ledamöter: Anna, Cilla', 'Region / Ersättare: Bo']);
  });

  it('gives invitees and guests no side, whatever was stored for them', () => {
    const groups = groupPersons([person('invitee', 'Ingrid', 'Region', 'Ledamöter'), person('guest', 'Gunnar', 'Region', 'Ledamöter')]);
    expect(groups.map((g) => [g.side, g.category])).toEqual([
      ['', 'Inbjudna'],
      ['', 'Gäster och föredragande'],
    ]);
  });

  it('lists nobody as no groups', () => {
    expect(groupPersons([])).toEqual([]);
  });
});
