import { describe, expect, it } from 'vitest';
import { detectIdentityNumbers, identityKind, luhnValid } from '../../shared/publication/detect-identity';
import { detectPhones } from '../../shared/publication/detect-contact';

/** What the detector found in `text`, as the words themselves. */
function found(text: string): { kind: string; text: string }[] {
  return detectIdentityNumbers(text, detectPhones(text)).map((s) => ({ kind: s.kind, text: text.slice(s.start, s.end) }));
}

describe('personnummer and samordningsnummer', () => {
  it('computes the check digit as Skatteverket does', () => {
    // 811218-9876 is Skatteverket's own example of a valid number.
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });

  it('finds every way a personnummer is written, with a valid date and check digit', () => {
    const text =
      'Ärendet gällde 811218-9876 och 19811218-9876, skrivet 8112189876 eller 198112189876, och 121212+1212 som är över hundra år.';
    expect(found(text)).toEqual([
      { kind: 'personal-identity-number', text: '811218-9876' },
      { kind: 'personal-identity-number', text: '19811218-9876' },
      { kind: 'personal-identity-number', text: '8112189876' },
      { kind: 'personal-identity-number', text: '198112189876' },
      { kind: 'personal-identity-number', text: '121212+1212' },
    ]);
  });

  it('finds a samordningsnummer: the day plus 60', () => {
    // 701063-2391: born 3 October 1970, day 03 + 60.
    expect(identityKind('701063', '2391')).toBe('coordination-number');
    expect(found('Personen har samordningsnummer 701063-2391.')).toEqual([{ kind: 'coordination-number', text: '701063-2391' }]);
  });

  it('does not flag a number with a wrong check digit or an impossible date', () => {
    expect(found('Fel siffra: 811218-9875. Ingen dag: 811232-9876. Ingen månad: 811318-1234. 29 februari ett icke skottår: 19810229-1234.')).toEqual([]);
  });

  it('never flags dates, times, diarienummer, amounts or years', () => {
    const text = [
      'Mötet hölls 2026-12-03 (20261203), nästa 3/12 klockan 13.00–15.00.',
      'Dnr RS 2024-01234, 2025/123, VGR 2023-00456 och S2024-0012.',
      'Budgeten är 1 200 000 kr för 2026 och 2027.',
    ].join(' ');
    expect(found(text)).toEqual([]);
  });

  it('leaves a number already taken as a phone number to the phone check', () => {
    // 070123-4569 has a valid date and check digit, but written 0701234569 it is a mobile number.
    expect(identityKind('070123', '4569')).toBe('personal-identity-number');
    expect(found('Ring 0701234569 efter mötet.')).toEqual([]);
  });
});
