import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** What python3-icalendar (tests/integration/ics-check.py) takes from an .ics file, as a calendar program would. */
export interface ParsedCalendar {
  method: string;
  timezones: string[];
  events: { uid: string; startUtc: string; endUtc: string; tzid: string; summary: string; location: string; description: string; status: string }[];
}

export function readCalendar(file: string): ParsedCalendar {
  return JSON.parse(execFileSync('/usr/bin/python3', [join(__dirname, 'ics-check.py'), file], { encoding: 'utf8' })) as ParsedCalendar;
}

/** Two winter dates, a summer date (CEST) with a note, and a date of another year. */
export const PLANNED = [
  { date: '2027-01-21', note: '' },
  { date: '2027-06-10', note: 'Gemensamt med länsgruppen' },
  { date: '2027-11-25', note: 'klockan 9.00-12.00, Hamnhuset' },
  { date: '2028-01-20', note: '' },
];
