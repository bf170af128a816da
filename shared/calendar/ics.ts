/**
 * iCalendar files (RFC 5545, with the methods of RFC 5546) for what the
 * secretary sends before a meeting: an invitation (REQUEST), its
 * cancellation (CANCEL) and the year's dates (PUBLISH). Text only, no
 * library: the format is small, and every rule that matters here — CRLF,
 * lines folded at 75 octets without splitting a character, escaped text,
 * quoted parameters, local times in Europe/Stockholm with its VTIMEZONE —
 * is in this file and checked by a real parser in the tests.
 */

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  /** Stable for the meeting across updates and the cancellation. */
  uid: string;
  /** Raised on each change the attendees should see (time, place, cancellation). */
  sequence: number;
  /** Local date and times in Stockholm: "2027-01-21", "13.00" / "13:00". */
  date: string;
  startTime: string;
  endTime: string;
  summary: string;
  location: string;
  description: string;
  /** The meeting link, when there is one. */
  url: string;
  organizer: IcsPerson | null;
  attendees: readonly IcsPerson[];
  cancelled: boolean;
}

export const ICS_TIMEZONE = 'Europe/Stockholm';
const PRODUCT = '-//Anteckna//Anteckna//SV';

/** Stockholm's rules since 1996: summer time from the last Sunday of March to the last Sunday of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TIMEZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A whole calendar object: the lines folded and joined with CRLF, ending in CRLF. */
export function icsCalendar(method: IcsMethod, events: readonly IcsEvent[], now: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT}`, 'CALSCALE:GREGORIAN', `METHOD:${method}`, ...VTIMEZONE];
  for (const event of events) lines.push(...eventLines(event, method, now));
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function eventLines(e: IcsEvent, method: IcsMethod, now: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${text(e.uid)}`,
    `SEQUENCE:${Math.max(0, Math.floor(e.sequence))}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${ICS_TIMEZONE}:${localStamp(e.date, e.startTime)}`,
    `DTEND;TZID=${ICS_TIMEZONE}:${localStamp(e.date, e.endTime || e.startTime)}`,
    `SUMMARY:${text(e.summary)}`,
  ];
  if (e.location.trim()) lines.push(`LOCATION:${text(e.location)}`);
  if (e.description.trim()) lines.push(`DESCRIPTION:${text(e.description)}`);
  if (e.url.trim()) lines.push(`URL:${e.url.trim()}`);
  if (e.organizer) lines.push(`ORGANIZER;CN=${param(e.organizer.name)}:mailto:${e.organizer.email}`);
  if (method !== 'PUBLISH') {
    for (const a of e.attendees) {
      lines.push(`ATTENDEE;CN=${param(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`);
    }
  }
  lines.push(`STATUS:${e.cancelled || method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
export function text(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** A parameter value (CN): quoted when it holds ":", ";" or ","; a double quote cannot stand in it at all. */
export function param(value: string): string {
  const clean = value.replace(/["\r\n]/g, '').trim();
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line after at most 75 octets, continuing with CRLF and
 * one space, never inside a UTF-8 character (RFC 5545 3.1).
 */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Octets of one character in UTF-8 (shared code has no TextEncoder). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

function localStamp(date: string, time: string): string {
  const [y, m, d] = date.split('-');
  const [hh = '00', mm = '00'] = time.split(/[.:]/);
  return `${y}${m}${d}T${hh.padStart(2, '0')}${mm.padStart(2, '0')}00`;
}

function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}
