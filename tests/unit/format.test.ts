import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMeetingDate, formatShortDate, formatTimeRange } from '../../shared/format/date';
import { compareSwedish } from '../../shared/format/sort';
import { typeLine } from '../../shared/format/labels';

describe('Swedish formatting', () => {
  it('prints dates the way the minutes do', () => {
    expect(formatLongDate('2023-11-23')).toBe('23 november 2023');
    expect(formatMeetingDate('2024-01-05', 'long')).toBe('5 januari 2024');
    expect(formatMeetingDate('2024-11-25', 'iso')).toBe('2024-11-25');
    expect(formatShortDate('2023-12-10')).toBe('231210');
  });

  it('joins a time range with a hyphen and dots', () => {
    expect(formatTimeRange('12.30', '15:30')).toBe('12.30-15.30');
    expect(formatTimeRange('13.00', '')).toBe('13.00');
  });

  it('sorts å, ä, ö after z', () => {
    const names = ['Örjan', 'Åsa', 'Zara', 'Ärla', 'Anna'];
    expect([...names].sort(compareSwedish)).toEqual(['Anna', 'Zara', 'Åsa', 'Ärla', 'Örjan']);
  });

  it('builds the type line of an agenda item', () => {
    expect(typeLine('information_dialog', 40, true)).toBe('Information och dialog (40 minuter, bilaga)');
    expect(typeLine('information', 15, false)).toBe('Information (15 minuter)');
    expect(typeLine('dialog', null, false)).toBe('Dialog');
    expect(typeLine('other', null, false)).toBe('');
  });
});
