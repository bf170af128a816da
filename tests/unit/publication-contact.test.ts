import { describe, expect, it } from 'vitest';
import { detectEmails, detectPhones } from '../../shared/publication/detect-contact';

function phones(text: string): string[] {
  return detectPhones(text).map((s) => text.slice(s.start, s.end));
}

describe('phone numbers', () => {
  it('finds Swedish numbers as they are written', () => {
    const text =
      'Ring 070-123 45 67 eller 0701234567, från utlandet +46 70 123 45 67. Växeln 031-12 34 56, 010-123 45 67 och 08-123 456 78.';
    expect(phones(text)).toEqual(['070-123 45 67', '0701234567', '+46 70 123 45 67', '031-12 34 56', '010-123 45 67', '08-123 456 78']);
  });

  it('does not take dates, diarienummer, times, amounts or postal codes for phone numbers', () => {
    const text = [
      'Mötet 2026-12-03, 20261203 och 3/12 klockan 08.30–09.00 och 13.00–15.00.',
      'Dnr RS 2024-01234, 2025/123, VGR 2023-00456, S2024-0012.',
      'Kostnaden 1 200 000 kr, 0 kr i år.',
      'Adressen 411 17 Göteborg.',
    ].join(' ');
    expect(phones(text)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds addresses, also with Swedish letters and subdomains', () => {
    const text = 'Skriv till anna.berg@norrvik.example eller åsa_lind+möte@vard.region.example. Inte @norrvik eller info@.';
    expect(detectEmails(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'anna.berg@norrvik.example',
      'åsa_lind+möte@vard.region.example',
    ]);
  });
});
