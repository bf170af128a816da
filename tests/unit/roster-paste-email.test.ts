import { describe, expect, it } from 'vitest';
import { parseRosterPaste } from '../../shared/roster/paste';
import type { NewMember } from '../../shared/model/new-meeting';

// A pasted roster line with an e-mail address keeps it as the person's address, not in the name, title or organisation.

function read(text: string): NewMember[] {
  return parseRosterPaste(text, []).filter((r) => r.status === 'ok').map((r) => r.member!);
}

const member = (name: string, fields: Partial<NewMember> = {}): NewMember => ({
  name,
  party: '',
  organisation: '',
  title: '',
  role: 'ledamot',
  vacant: false,
  email: '',
  ...fields,
});

describe('e-mail addresses in a pasted roster', () => {
  it('takes "Namn <adress>" from a mail program\'s address line', () => {
    expect(read('Eva Berg <eva.berg@strandby.example>\nPer Lund (S) <per.lund@region.example>, Region Strandby, ordförande')).toEqual([
      member('Eva Berg', { email: 'eva.berg@strandby.example' }),
      member('Per Lund', { party: '(S)', organisation: 'Region Strandby', role: 'ordforande', email: 'per.lund@region.example' }),
    ]);
  });

  it('takes a bare address after the other details, and leaves no empty part behind', () => {
    expect(read('Karin Ek, förbundsdirektör Kustregionen, karin.ek@kustregionen.example')).toEqual([
      member('Karin Ek', { organisation: 'Kustregionen', title: 'förbundsdirektör', email: 'karin.ek@kustregionen.example' }),
    ]);
  });

  it('finds the address in a cell of its own without a header, and keeps the organisation and title in theirs', () => {
    expect(read('Ove Ek\tStrandby kommun\tutredare\tove.ek@strandby.example')).toEqual([
      member('Ove Ek', { organisation: 'Strandby kommun', title: 'utredare', email: 'ove.ek@strandby.example' }),
    ]);
  });

  it('reads the "E-post" column of a header, and leaves an address out of a vacant seat', () => {
    expect(read('Namn\tE-post\tOrganisation\nAnna Ås\tmailto:anna.as@strandby.example\tStrandby kommun\nVakant\tledig@strandby.example\t')).toEqual([
      member('Anna Ås', { organisation: 'Strandby kommun', email: 'anna.as@strandby.example' }),
      member('', { vacant: true }),
    ]);
  });

  it('leaves a line without an address as it was', () => {
    expect(read('Tilda Ås (C), Region Strandby')).toEqual([member('Tilda Ås', { party: '(C)', organisation: 'Region Strandby' })]);
  });
});
