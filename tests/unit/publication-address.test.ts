import { describe, expect, it } from 'vitest';
import { detectAddresses } from '../../shared/publication/detect-address';

function addresses(text: string): string[] {
  return detectAddresses(text).map((s) => text.slice(s.start, s.end));
}

describe('street addresses', () => {
  it('finds a street with its number, letter, postal code and town', () => {
    expect(addresses('Hon bor på Storgatan 12 sedan i våras.')).toEqual(['Storgatan 12']);
    expect(addresses('Adressen är Kungsvägen 3 B.')).toEqual(['Kungsvägen 3 B']);
    expect(addresses('Träffen hölls vid Lilla Torget 4.')).toEqual(['Lilla Torget 4']);
    expect(addresses('Skickas till Västra Hamngatan 12, 411 17 Göteborg.')).toEqual(['Västra Hamngatan 12, 411 17 Göteborg']);
  });

  it('finds a postal code with its town on its own', () => {
    expect(addresses('Box 123, 411 17 Göteborg')).toEqual(['411 17 Göteborg']);
  });

  it('does not take prose, plans or amounts for addresses', () => {
    const text =
      'Vi diskuterade vägen framåt och gatan utanför. Planen Vägen 2030 antogs. Handlingsplan 2 följer. Budgeten 1 200 000 kr. Punkt 3 Regional utveckling.';
    expect(addresses(text)).toEqual([]);
  });
});
