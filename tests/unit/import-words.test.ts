import { describe, expect, it } from 'vitest';
import { attendanceEntries, readAttendanceWords, takeAttendanceMarker } from '../../shared/import/attendance-text';
import { isKindLine, numberedItem, standpointValue } from '../../shared/import/patterns';
import { findDate, findTimes } from '../../shared/import/when';
import { kindOf, presentersOf } from '../../shared/import/assemble-items';
import { bodyNames } from '../../shared/import/assemble';

describe('dates and times as minutes write them', () => {
  it.each([
    ['23 november 2023', '2023-11-23', 'long'],
    ['den 5 feb. 2024', '2024-02-05', 'long'],
    ['Måndag 25 november 2024', '2024-11-25', 'long'],
    ['2024-11-25', '2024-11-25', 'iso'],
    ['Justerat 2023 – 12- 05', '2023-12-05', 'iso'],
    ['231123', '2023-11-23', 'short'],
    ['25/11 2024', '2024-11-25', 'iso'],
  ])('%s → %s', (text, iso, form) => {
    expect(findDate(text)).toEqual({ iso, form });
  });

  it('finds no date where there is none, or where it cannot exist', () => {
    expect(findDate('30 februari 2024')).toBeNull();
    expect(findDate('2024-13-01')).toBeNull();
    expect(findDate('Budget 5 613 tkr')).toBeNull();
    expect(findDate('')).toBeNull();
  });

  it.each([
    ['12.30-15.30', { start: '12.30', end: '15.30' }],
    ['13:00 – 16:00', { start: '13.00', end: '16.00' }],
    ['Mötetid: 9.00-12.00', { start: '09.00', end: '12.00' }],
    ['kl. 9–12', { start: '09.00', end: '12.00' }],
    ['klockan 13.15', { start: '13.15', end: '' }],
  ])('%s', (text, times) => {
    expect(findTimes(text)).toEqual(times);
  });
});

describe('attendance in words', () => {
  it('reads the wordings the app itself prints', () => {
    expect(readAttendanceWords('med på länk från 13.50', 'present')).toMatchObject({ status: 'remote', arrivedAt: '13.50', leftAt: null });
    expect(readAttendanceWords('till 13.30, Per Ek ersätter', 'present')).toMatchObject({ status: 'present', leftAt: '13.30', substituteName: 'Per Ek' });
    expect(readAttendanceWords('förhindrad, Per Ek ersätter på länk', 'present')).toMatchObject({ status: 'excused', substituteName: 'Per Ek', substituteRemote: true });
    expect(readAttendanceWords('frånvarande, hade ej fått kallelsen', 'present')).toMatchObject({ status: 'absent', note: 'hade ej fått kallelsen' });
    expect(readAttendanceWords('från 13.50, Per Ek ersätter dessförinnan', 'present')).toMatchObject({ status: 'present', arrivedAt: '13.50', substituteName: 'Per Ek' });
  });

  it('reads "efter" as a late arrival, also on a line of people away (there part of the meeting, replaced before)', () => {
    expect(readAttendanceWords('efter 13.30', 'remote')).toMatchObject({ status: 'remote', arrivedAt: '13.30' });
    expect(readAttendanceWords('efter 13.30, Lars Ny ersätter', 'absent')).toMatchObject({ status: 'present', arrivedAt: '13.30', leftAt: null, substituteName: 'Lars Ny' });
  });

  it('splits a line of names without splitting names, and keeps what belongs to each', () => {
    expect(attendanceEntries('Ulf Ek, Eva Berg (Per Ek ersätter) och Carl-Peter von Ahn efter 14.00.')).toEqual([
      { name: 'Ulf Ek', words: '', details: '' },
      { name: 'Eva Berg', words: 'Per Ek ersätter', details: '' },
      { name: 'Carl-Peter von Ahn', words: 'efter 14.00', details: '' },
    ]);
    expect(attendanceEntries('Inga.')).toEqual([]);
  });

  it('takes an attendance marker off a roster line but leaves an organisation in parentheses', () => {
    expect(takeAttendanceMarker('Anna Ek (S), Kustregionen (förhindrad)')).toEqual({ text: 'Anna Ek (S), Kustregionen', words: 'förhindrad' });
    expect(takeAttendanceMarker('Anna Ek, Region Skogslandet (RS)')).toEqual({ text: 'Anna Ek, Region Skogslandet (RS)', words: null });
    expect(takeAttendanceMarker('Emil Ås (V) (efter 13.40, Per Ek ersätter), Åsby kommun')).toEqual({ text: 'Emil Ås (V), Åsby kommun', words: 'efter 13.40, Per Ek ersätter' });
  });
});

describe('item parts', () => {
  it('reads numbered items but not amounts or percentages', () => {
    expect(numberedItem('4. Färdplan Nära vård')).toEqual({ number: 4, title: 'Färdplan Nära vård' });
    expect(numberedItem('§ 7 Budget')).toEqual({ number: 7, title: 'Budget' });
    expect(numberedItem('2,5 % uppräkning')).toBeNull();
    expect(numberedItem('10 000 kronor')).toBeNull();
  });

  it('reads the type line with minutes and attachment', () => {
    expect(isKindLine('Information & dialog (40 minuter, bilaga)')).toBe(true);
    expect(isKindLine('Information om läget i regionen är viktig för alla')).toBe(false);
    expect(kindOf('Information & dialog (40 minuter, bilaga)')).toEqual({ kind: 'information_dialog', minutes: 40, attachment: true });
    expect(kindOf('Beslut (10 min)')).toEqual({ kind: 'decision', minutes: 10, attachment: false });
  });

  it('splits presenters at "och" only between names', () => {
    expect(presentersOf('Janne Ås, ordförande Hälso- och sjukvårdsnämnden, RS och Åsa Berg, KL.')).toEqual([
      { name: 'Janne Ås', organisation: 'ordförande Hälso- och sjukvårdsnämnden, RS' },
      { name: 'Åsa Berg', organisation: 'KL' },
    ]);
  });

  it('reads a standpoint label with or without its text', () => {
    expect(standpointValue('Ställningstagande: Nämnden noterar.')).toBe('Nämnden noterar.');
    expect(standpointValue('Ställningstagande:')).toBe('');
    expect(standpointValue('Ställningstaganden som gjorts')).toBeNull();
  });
});

describe("the body's names from the title lines", () => {
  it('takes the short name in capitals, also with å, ä and ö, and else the capitals the standpoints repeat', () => {
    expect(bodyNames('Mötesanteckning SHÄ', 'Samrådsorgan för hälsa i Älvslätten', 'x.docx')).toEqual({ name: 'Samrådsorgan för hälsa i Älvslätten', shortName: 'SHÄ' });
    expect(bodyNames('Minnesanteckningar', 'Ledningsgrupp för närsjukvård', 'x.docx', ['LNS noterar.', 'LNS ställer sig bakom.'])).toMatchObject({ shortName: 'LNS' });
  });
});
