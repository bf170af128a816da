import { describe, expect, it } from 'vitest';
import {
  defaultCalendarYear,
  timesInNote,
  yearCalendarEvents,
  yearCalendarProblem,
  yearDatesSentence,
  type YearDatesBody,
} from '../../shared/calendar/year-dates';

const body = (over: Partial<YearDatesBody> = {}): YearDatesBody => ({
  id: 7,
  name: 'Samverkansgrupp Strandby',
  shortName: 'SGS',
  defaultPlace: 'Stationshuset',
  defaultMeetingForm: '',
  defaultStartTime: '13.00',
  defaultEndTime: '15.00',
  plannedDates: [],
  ...over,
});
const dates = (...list: string[]) => list.map((date) => ({ date, note: '' }));

describe('the sentence for the minutes', () => {
  it('lists the year\'s dates with "och", the body\'s times and place', () => {
    const b = body({ plannedDates: dates('2027-09-23', '2027-01-21', '2027-04-22', '2027-11-25', '2026-11-12', '2028-01-20') });
    expect(yearDatesSentence(b, 2027)).toBe(
      'Mötesdatum 2027: 21 januari, 22 april, 23 september och 25 november, klockan 13.00–15.00, Stationshuset.',
    );
  });

  it('says one date without "och", and two with it', () => {
    expect(yearDatesSentence(body({ plannedDates: dates('2027-03-04') }), 2027)).toBe('Mötesdatum 2027: 4 mars, klockan 13.00–15.00, Stationshuset.');
    expect(yearDatesSentence(body({ plannedDates: dates('2027-03-04', '2027-10-07') }), 2027)).toBe(
      'Mötesdatum 2027: 4 mars och 7 oktober, klockan 13.00–15.00, Stationshuset.',
    );
  });

  it('gives a meeting at other times than the rest its own, from the date\'s note', () => {
    const b = body({
      defaultStartTime: '09.00',
      defaultEndTime: '12.00',
      plannedDates: [
        { date: '2027-01-21', note: '' },
        { date: '2027-04-22', note: 'Heldag, klockan 9.30-16.00' },
        { date: '2027-09-23', note: '' },
      ],
    });
    expect(yearDatesSentence(b, 2027)).toBe('Mötesdatum 2027: 21 januari, 22 april (klockan 9.30–16.00) och 23 september, klockan 9.00–12.00, Stationshuset.');
  });

  it('leaves out the place and the times the body does not have', () => {
    const b = body({ defaultPlace: '', defaultStartTime: '', defaultEndTime: '', plannedDates: dates('2027-01-21', '2027-04-22') });
    expect(yearDatesSentence(b, 2027)).toBe('Mötesdatum 2027: 21 januari och 22 april.');
    expect(yearDatesSentence(body({ defaultPlace: '', plannedDates: dates('2027-01-21') }), 2027)).toBe('Mötesdatum 2027: 21 januari, klockan 13.00–15.00.');
  });

  it('is empty for a year without planned dates', () => {
    expect(yearDatesSentence(body({ plannedDates: dates('2026-01-21') }), 2027)).toBe('');
  });
});

describe('the year\'s calendar events', () => {
  it('one per date, the note as the description, the same UID for the same body and day', () => {
    const b = body({ plannedDates: [{ date: '2027-04-22', note: 'Budgetmöte' }, { date: '2027-01-21', note: '' }] });
    const events = yearCalendarEvents(b, 2027);
    expect(events.map((e) => [e.date, e.startTime, e.endTime, e.location, e.description])).toEqual([
      ['2027-01-21', '13.00', '15.00', 'Stationshuset', ''],
      ['2027-04-22', '13.00', '15.00', 'Stationshuset', 'Budgetmöte'],
    ]);
    expect(yearCalendarEvents(b, 2027).map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect(yearCalendarEvents({ ...b, id: 8 }, 2027)[0]!.uid).not.toBe(events[0]!.uid);
  });

  it('is refused in Swedish without dates that year, or without a time', () => {
    expect(yearCalendarProblem(body(), 2027)).toBe('Organet har inga planerade mötesdatum 2027.');
    expect(yearCalendarProblem(body({ defaultStartTime: '', plannedDates: dates('2027-01-21') }), 2027)).toMatch(/starttid/);
    expect(yearCalendarProblem(body({ defaultStartTime: '', plannedDates: [{ date: '2027-01-21', note: '13.00-14.00' }] }), 2027)).toBeNull();
  });
});

describe('times in a planned date\'s note and the default year', () => {
  it('reads "13.00-15.00", "kl. 9:30 – 12:00", and nothing from a date or a backwards range', () => {
    expect(timesInNote('klockan 13.00-15.00, Rådhuset')).toEqual({ startTime: '13.00', endTime: '15.00' });
    expect(timesInNote('kl. 9:30 – 12:00')).toEqual({ startTime: '09.30', endTime: '12.00' });
    expect(timesInNote('Flyttat från 2027-01-14')).toBeNull();
    expect(timesInNote('15.00-13.00')).toBeNull();
  });

  it('is the first year after this one with dates, else this year, else the latest', () => {
    expect(defaultCalendarYear(dates('2026-12-10', '2027-01-21', '2028-01-20'), '2026-12-06')).toBe(2027);
    expect(defaultCalendarYear(dates('2026-12-10'), '2026-12-06')).toBe(2026);
    expect(defaultCalendarYear(dates('2025-03-01'), '2026-12-06')).toBe(2025);
    expect(defaultCalendarYear([], '2026-12-06')).toBeNull();
  });
});
