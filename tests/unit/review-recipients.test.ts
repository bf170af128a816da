import { describe, expect, it } from 'vitest';
import { NEW_BODY_SETTINGS, type Body } from '../../shared/model/body';
import type { CalledPerson } from '../../shared/model/called-person';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { reviewAddressees, reviewerEmail, reviewerRoleOf } from '../../shared/model/review-recipients';

// Where a reviewer's e-mail goes: the called list first, then the roster; names as people type them.

const called = (name: string, email: string, id = 1): CalledPerson => ({
  id,
  kind: 'member',
  sideName: '',
  categoryName: 'Ledamöter',
  position: id,
  name,
  party: '',
  organisation: '',
  title: '',
  role: 'ledamot',
  vacant: false,
  email,
  itemId: null,
  attendance: UNMARKED_ATTENDANCE,
});

const body = {
  ...NEW_BODY_SETTINGS,
  id: 1,
  sides: [
    {
      id: 1,
      name: '',
      categories: [
        {
          id: 1,
          name: 'Ledamöter',
          members: [
            { id: 1, name: 'Åsa Öberg', party: '', organisation: '', title: '', role: 'ledamot', vacant: false, email: 'asa.roster@region.example' },
            { id: 2, name: 'Olle Ny', party: '', organisation: '', title: '', role: 'ledamot', vacant: false, email: 'olle.ny@kommun.example' },
          ],
        },
      ],
    },
  ],
} as unknown as Body;

describe('reviewer addresses', () => {
  it('takes the called list first, the roster second, and matches names ignoring case and extra spaces', () => {
    const persons = [called('Åsa Öberg', 'asa.called@region.example'), called('Olle Ny', '', 2)];
    expect(reviewerEmail('  åsa   ÖBERG ', persons, body)).toBe('asa.called@region.example');
    // Called without an address: the roster still knows one.
    expect(reviewerEmail('Olle Ny', persons, body)).toBe('olle.ny@kommun.example');
    expect(reviewerEmail('Okänd Person', persons, body)).toBe('');
    expect(reviewerEmail('Olle Ny', persons, null)).toBe('');
  });

  it('lists each address once and names those without one', () => {
    const persons = [called('Åsa Öberg', 'asa.called@region.example')];
    expect(
      reviewAddressees(
        [
          { name: 'Åsa Öberg', role: 'ordförande' },
          { name: 'åsa öberg', role: '' },
          { name: 'Per  Utan', role: '' },
        ],
        persons,
        body,
      ),
    ).toEqual({ recipients: [{ name: 'Åsa Öberg', email: 'asa.called@region.example' }], missingEmail: ['Per Utan'] });
  });
});

describe('the role a reviewer chosen from the called list gets', () => {
  it('is the chair or vice chair under the body\'s short name, as "Justerat av" writes it', () => {
    expect(reviewerRoleOf('ordforande', 'PSN')).toBe('PSN ordförande');
    expect(reviewerRoleOf('forste_vice_ordforande', 'LGS-N')).toBe('LGS-N förste vice ordförande');
    expect(reviewerRoleOf('vice_ordforande', ' ')).toBe('vice ordförande');
  });

  it('is none for a member, a secretary or an adjunct', () => {
    expect(reviewerRoleOf('ledamot', 'PSN')).toBe('');
    expect(reviewerRoleOf('sekreterare', 'PSN')).toBe('');
    expect(reviewerRoleOf('adjungerad', 'PSN')).toBe('');
  });
});
