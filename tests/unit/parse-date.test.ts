import { describe, expect, it } from 'vitest';
import { isoWeek, monthGrid, spokenDate } from '../../shared/format/calendar';
import { parseSwedishDate, type YearlessRule } from '../../shared/format/parseDate';

// Wednesday 2 December 2026.
const TODAY = '2026-12-02';

function read(text: string, yearless: YearlessRule = 'next', today = TODAY): string {
  const result = parseSwedishDate(text, { today, yearless });
  return result.ok ? result.iso : `fel: ${result.message}`;
}

describe('parseSwedishDate: what a Swedish secretary types', () => {
  it.each([
    ['2026-12-19', '2026-12-19'],
    ['2026-1-5', '2026-01-05'],
    ['2026/12/19', '2026-12-19'],
    ['2026.12.19', '2026-12-19'],
    ['  2026-12-19  ', '2026-12-19'],
    ['20261219', '2026-12-19'],
    ['261219', '2026-12-19'],
    ['231210', '2023-12-10'],
    ['19/12', '2026-12-19'],
    ['19/12 2026', '2026-12-19'],
    ['19/12-26', '2026-12-19'],
    ['19/12 -26', '2026-12-19'],
    ['19/12/2026', '2026-12-19'],
    ['19/12-2027', '2027-12-19'],
    ['19.12.2026', '2026-12-19'],
    ['19-12-2026', '2026-12-19'],
    ['5/1', '2027-01-05'],
    ['19 dec', '2026-12-19'],
    ['19dec', '2026-12-19'],
    ['19 Dec.', '2026-12-19'],
    ['19 december', '2026-12-19'],
    ['19 december 2026', '2026-12-19'],
    ['19 December 2027', '2027-12-19'],
    ['19 dec 26', '2026-12-19'],
    ['19 dec -27', '2027-12-19'],
    ['19:e december 2026', '2026-12-19'],
    ['1:a maj', '2027-05-01'],
    ['3 sept', '2027-09-03'],
    ['den 19 december', '2026-12-19'],
    ['senast den 19 dec', '2026-12-19'],
    ['lördag 19 december 2026', '2026-12-19'],
    ['lör 19/12', '2026-12-19'],
    ['idag', '2026-12-02'],
    ['i dag', '2026-12-02'],
    ['Idag', '2026-12-02'],
    ['imorgon', '2026-12-03'],
    ['i morgon', '2026-12-03'],
    ['i övermorgon', '2026-12-04'],
    ['igår', '2026-12-01'],
    ['i går', '2026-12-01'],
    ['fredag', '2026-12-04'],
    ['på fredag', '2026-12-04'],
    ['fre', '2026-12-04'],
    ['onsdag', '2026-12-09'],
    ['måndag', '2026-12-07'],
    ['tors', '2026-12-03'],
    ['nästa fredag', '2026-12-11'],
    ['Nästa fredag', '2026-12-11'],
    ['fredag nästa vecka', '2026-12-11'],
    ['nästa måndag', '2026-12-07'],
    ['i fredags', '2026-11-27'],
    ['i onsdags', '2026-11-25'],
    ['om 3 dagar', '2026-12-05'],
    ['om en vecka', '2026-12-09'],
    ['om två veckor', '2026-12-16'],
    ['om en månad', '2027-01-02'],
  ])('reads %j as %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('gives a day and month without a year the year the caller asks for', () => {
    // Already past this year (1 December): a deadline means next year, a meeting's date this year.
    expect(read('1/12', 'next')).toBe('2027-12-01');
    expect(read('1/12', 'current')).toBe('2026-12-01');
    expect(read('1/12', 'nearest')).toBe('2026-12-01');
    // Today itself is not "past".
    expect(read('2/12', 'next')).toBe('2026-12-02');
    // Early January, typed in December: next year, also for the nearest rule.
    expect(read('5 jan', 'nearest')).toBe('2027-01-05');
    expect(read('5 jan', 'current')).toBe('2026-01-05');
    // Late December, typed in January: last year for the nearest rule (approval of the December meeting).
    expect(read('28/12', 'nearest', '2027-01-04')).toBe('2026-12-28');
    // 29 februari waits for the next leap year.
    expect(read('29/2', 'next')).toBe('2028-02-29');
  });

  it.each([
    ['31/2', 'Den 31 februari finns inte.'],
    ['30 februari', 'Den 30 februari finns inte.'],
    ['31/4 2027', 'Den 31 april finns inte.'],
    ['2027-02-29', 'Den 29 februari 2027 finns inte (2027 är inget skottår).'],
    ['19/13', 'Det finns ingen månad 13.'],
    ['20261319', 'Det finns ingen månad 13.'],
    ['0/12', 'Det finns ingen dag 0.'],
    ['0219-12-19', 'Året 219 verkar inte stämma.'],
    ['fredag 19 december 2026', 'Den 19 december 2026 är en lördag, inte en fredag.'],
    ['61219', 'Datumet gick inte att läsa.'],
    ['nästa torsdag kanske', 'Datumet gick inte att läsa.'],
    ['19 decembre', 'Datumet gick inte att läsa.'],
    ['', 'Skriv ett datum.'],
  ])('refuses %j with a Swedish sentence', (text, start) => {
    const result = parseSwedishDate(text, { today: TODAY, yearless: 'current' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(start)).toBe(true);
    expect(result.message).toMatch(/\.$/);
  });

  it('never reads a five-digit or other impossible year', () => {
    for (const text of ['61219-12-19', '2026-12-19-1', '19/12 261219', '19/12 20261']) {
      expect(parseSwedishDate(text, { today: TODAY }).ok, text).toBe(false);
    }
  });
});

describe('calendar arithmetic', () => {
  it('lays a month out Monday to Sunday with its week numbers', () => {
    const weeks = monthGrid(2026, 12);
    expect(weeks[0]).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks.at(-1)?.at(-1)).toBe('2027-01-03');
    expect(weeks.map((w) => isoWeek(w[0]!))).toEqual([49, 50, 51, 52, 53]);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2021-01-03')).toBe(53);
  });

  it('names a day in Swedish whatever the machine is set to', () => {
    expect(spokenDate('2026-12-19')).toBe('lördag 19 december 2026');
    expect(spokenDate('2027-01-04')).toBe('måndag 4 januari 2027');
  });
});
