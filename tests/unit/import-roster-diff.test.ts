import { describe, expect, it } from 'vitest';
import { rosterDiff, rosterDiffIsEmpty, type CalledLike, type RosterLike } from '../../shared/import/roster-diff';

const called = (name: string, more: Partial<CalledLike> = {}): CalledLike => ({
  name,
  party: '',
  organisation: '',
  title: '',
  role: 'ledamot',
  vacant: false,
  email: '',
  kind: 'member',
  sideName: 'Region',
  categoryName: 'Politiker',
  ...more,
});

const roster = (members: { name: string; party?: string; organisation?: string; role?: CalledLike['role']; vacant?: boolean }[]): RosterLike => ({
  sides: [
    {
      name: 'Region',
      categories: [
        {
          name: 'Politiker',
          members: members.map((m) => ({ party: '', organisation: '', title: '', role: 'ledamot' as const, vacant: false, email: '', ...m })),
        },
      ],
    },
  ],
});

describe('rosterDiff: the document called list against the body roster', () => {
  it('finds nothing when the same people stand in both, whatever the case and spacing of their names', () => {
    const diff = rosterDiff([called('Anna  Ek'), called('Per Berg')], roster([{ name: 'anna ek' }, { name: 'Per Berg' }]));
    expect(rosterDiffIsEmpty(diff)).toBe(true);
  });

  it('lists people new in the document and people of the roster the document does not call', () => {
    const diff = rosterDiff([called('Anna Ek'), called('Nils Nyman')], roster([{ name: 'Anna Ek' }, { name: 'Gun Gammal' }]));
    expect(diff.added.map((p) => p.name)).toEqual(['Nils Nyman']);
    expect(diff.gone.map((p) => p.name)).toEqual(['Gun Gammal']);
    expect(diff.changed).toEqual([]);
  });

  it('names what changed for a person in both: party, organisation, role, side', () => {
    const diff = rosterDiff(
      [called('Anna Ek', { party: '(M)', organisation: 'Kustregionen', role: 'ordforande', sideName: 'Kommun' })],
      roster([{ name: 'Anna Ek', party: '(S)', organisation: 'Kustregionen' }]),
    );
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.fields).toEqual(['party', 'role', 'sideName']);
    expect(diff.changed[0]?.roster.party).toBe('(S)');
    expect(diff.changed[0]?.document.party).toBe('(M)');
  });

  it('leaves out invitees, guests and vacant seats, which a roster does not hold by name', () => {
    const diff = rosterDiff(
      [called('Gäst Gästsson', { kind: 'guest' }), called('Inbjuden Person', { kind: 'invitee' }), called('', { vacant: true })],
      roster([{ name: '', vacant: true }]),
    );
    expect(rosterDiffIsEmpty(diff)).toBe(true);
  });

  it('pairs two people of the same name in order, and a third is new', () => {
    const diff = rosterDiff([called('Eva Lind'), called('Eva Lind'), called('Eva Lind')], roster([{ name: 'Eva Lind' }, { name: 'Eva Lind' }]));
    expect(diff.added).toHaveLength(1);
    expect(diff.gone).toEqual([]);
  });
});
