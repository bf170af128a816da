import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { icsCalendar, type IcsEvent } from '../../shared/calendar/ics';

// iCalendar files read back with a real parser (Debian's python3-icalendar), and their raw lines checked against RFC 5545.

const dir = mkdtempSync(join(tmpdir(), 'anteckna-ics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Parsed {
  method: string;
  timezones: string[];
  events: {
    uid: string;
    sequence: number;
    startUtc: string;
    endUtc: string;
    tzid: string;
    summary: string;
    location: string;
    description: string;
    url: string;
    status: string;
    organizer: { cn: string; email: string } | null;
    attendees: { cn: string; email: string }[];
  }[];
}

function parse(ics: string, name: string): Parsed {
  const file = join(dir, name);
  writeFileSync(file, ics, 'utf8');
  return JSON.parse(execFileSync('/usr/bin/python3', [join(__dirname, 'ics-check.py'), file], { encoding: 'utf8' })) as Parsed;
}

const LONG = 'Dagordning: 1. Mötets öppnande; 2. Godkännande av dagens agenda, 3. Färdplan för nära vård – genomförande utifrån utvecklingsplanen\nAnmäl förhinder till sekreteraren.';

const meeting = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'anteckna-moete-42@anteckna.local',
  sequence: 0,
  date: '2027-01-21',
  startTime: '13.00',
  endTime: '15.30',
  summary: 'Kallelse: Kust- och skogsregionens samverkansnämnd, KSN',
  location: 'Hamnhuset, Strandvik; lokal Fyren',
  description: LONG,
  url: 'https://möte.example.se/teams/abc?x=1',
  organizer: { name: 'Mona Sjövik, sekreterare', email: 'mona.sjovik@example.se' },
  attendees: [
    { name: 'Harriet Ekdahl', email: 'harriet.ekdahl@example.se' },
    { name: 'Åke Öberg-Ström', email: 'ake.oberg@example.se' },
  ],
  cancelled: false,
  ...over,
});

describe('an invitation (METHOD:REQUEST)', () => {
  const ics = icsCalendar('REQUEST', [meeting()], new Date('2026-12-06T20:00:00Z'));

  it('parses with a real iCalendar reader: method, time zone, local times, text with å/ä/ö, commas, semicolons and a line break', () => {
    const parsed = parse(ics, 'inbjudan.ics');
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.timezones).toEqual(['Europe/Stockholm']);
    const [event] = parsed.events;
    // 13.00 in Stockholm in January is 12.00 UTC (winter time).
    expect(event).toMatchObject({
      uid: 'anteckna-moete-42@anteckna.local',
      sequence: 0,
      startUtc: '2027-01-21T12:00:00+00:00',
      endUtc: '2027-01-21T14:30:00+00:00',
      tzid: 'Europe/Stockholm',
      summary: 'Kallelse: Kust- och skogsregionens samverkansnämnd, KSN',
      location: 'Hamnhuset, Strandvik; lokal Fyren',
      description: LONG,
      status: 'CONFIRMED',
      organizer: { cn: 'Mona Sjövik, sekreterare', email: 'mailto:mona.sjovik@example.se' },
    });
    expect(event?.attendees).toEqual([
      { cn: 'Harriet Ekdahl', email: 'mailto:harriet.ekdahl@example.se' },
      { cn: 'Åke Öberg-Ström', email: 'mailto:ake.oberg@example.se' },
    ]);
  });

  it('ends every line with CRLF and folds lines at 75 octets without splitting a character', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    // Readers forgive what RFC 5545 3.3.11 forbids; the file escapes it all the same.
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Hamnhuset\\, Strandvik\\; lokal Fyren\r\n');
    expect(unfolded).toContain('utvecklingsplanen\\nAnmäl förhinder');
  });

  it('gives summer dates the summer offset', () => {
    const [event] = parse(icsCalendar('REQUEST', [meeting({ date: '2027-06-10' })], new Date()), 'sommar.ics').events;
    expect(event?.startUtc).toBe('2027-06-10T11:00:00+00:00');
  });
});

describe('a cancellation and the year of dates', () => {
  it('a CANCEL keeps the UID, raises the sequence and says CANCELLED', () => {
    const parsed = parse(icsCalendar('CANCEL', [meeting({ sequence: 3, cancelled: true })], new Date()), 'installt.ics');
    expect(parsed.method).toBe('CANCEL');
    expect(parsed.events[0]).toMatchObject({ uid: 'anteckna-moete-42@anteckna.local', sequence: 3, status: 'CANCELLED' });
  });

  it('a PUBLISH of several meetings names no attendees', () => {
    const dates = ['2027-01-21', '2027-04-22', '2027-10-07'].map((date, i) => meeting({ uid: `ksn-${i}@anteckna.local`, date, attendees: [] }));
    const parsed = parse(icsCalendar('PUBLISH', dates, new Date()), 'ar.ics');
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.events.map((e) => e.startUtc)).toEqual(['2027-01-21T12:00:00+00:00', '2027-04-22T11:00:00+00:00', '2027-10-07T11:00:00+00:00']);
    expect(parsed.events.every((e) => e.attendees.length === 0)).toBe(true);
  });
});
