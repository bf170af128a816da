import { describe, expect, it } from 'vitest';
import { NOT_A_TEAMS_REPORT, readTeamsReport } from '../../shared/import/teams/report';
import { parseDuration, parseReportStamp } from '../../shared/import/teams/stamps';
import { meetingWindow, remoteTimes } from '../../shared/import/teams/plan';
import { decodeReportBytes } from '../../electron/services/teams/decode';
import { englishReport, olderSwedishReport, swedishReport, utf16, type ReportPerson } from './teams-reports';

const meeting = { title: 'Styrgrupp SGS', start: '2026-11-12 12:55:03', end: '2026-11-12 15:04:40' };
const persons: ReportPerson[] = [
  { name: 'Ås Tilda (VGR)', join: '2026-11-12 12:58:10', leave: '2026-11-12 15:01:00', email: 'tilda.as@example.se', role: 'Organisatör' },
  { name: 'Öst Karl | Region Strandby', join: '2026-11-12 13:25:40', leave: '2026-11-12 15:00:05', email: 'karl.ost@example.se' },
];

function read(text: string) {
  const outcome = readTeamsReport(text);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.report;
}

describe('reading a Teams attendance report', () => {
  it('reads the Swedish report in sections: the meeting, and each person with first join, last leave and time', () => {
    const report = read(swedishReport(meeting, persons));
    expect(report).toMatchObject({ format: 'participants', title: 'Styrgrupp SGS', meetingStart: '2026-11-12T12:55:03', meetingEnd: '2026-11-12T15:04:40' });
    expect(report.participants).toEqual([
      { name: 'Ås Tilda (VGR)', email: 'tilda.as@example.se', role: 'Organisatör', firstJoin: '2026-11-12T12:58:10', lastLeave: '2026-11-12T15:01:00', seconds: 7370 },
      { name: 'Öst Karl | Region Strandby', email: 'karl.ost@example.se', role: 'Deltagare', firstJoin: '2026-11-12T13:25:40', lastLeave: '2026-11-12T15:00:05', seconds: 5665 },
    ]);
  });

  it('reads the English report with US times, and the same file as UTF-16 with a byte-order mark', () => {
    const text = englishReport(meeting, persons);
    const bytes = utf16(text);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const report = read(decodeReportBytes(bytes));
    expect(report.meetingStart).toBe('2026-11-12T12:55:03');
    expect(report.participants.map((p) => [p.name, p.firstJoin, p.lastLeave, p.seconds])).toEqual([
      ['Ås Tilda (VGR)', '2026-11-12T12:58:10', '2026-11-12T15:01:00', 3723],
      ['Öst Karl | Region Strandby', '2026-11-12T13:25:40', '2026-11-12T15:00:05', 3723],
    ]);
  });

  it('reads a copy saved with commas or semicolons, quoted US times included, in UTF-8 with or without a mark', () => {
    const tabbed = englishReport(meeting, persons);
    const commas = tabbed
      .split('\r\n')
      .map((line) => line.split('\t').map((c) => (c.includes(',') ? `"${c}"` : c)).join(','))
      .join('\n');
    const semicolons = swedishReport(meeting, persons).replaceAll('\t', ';');
    for (const bytes of [Buffer.from(commas, 'utf8'), Buffer.from(`\uFEFF${semicolons}`, 'utf8')]) {
      const report = read(decodeReportBytes(bytes));
      expect(report.participants.map((p) => [p.name, p.firstJoin])).toEqual([
        ['Ås Tilda (VGR)', '2026-11-12T12:58:10'],
        ['Öst Karl | Region Strandby', '2026-11-12T13:25:40'],
      ]);
    }
  });

  it('sums the older report per person: first join, last leave, the time between each join and leave', () => {
    const report = read(
      olderSwedishReport(meeting, [
        ['Ås Tilda', 'Anslöt', '2026-11-12 12:58:00'],
        ['Berg Eva', 'Anslöt', '2026-11-12 13:00:00'],
        ['Berg Eva', 'Lämnade', '2026-11-12 13:30:00'],
        ['Berg Eva', 'Anslöt', '2026-11-12 13:40:00'],
        ['Berg Eva', 'Lämnade', '2026-11-12 14:20:00'],
      ]),
    );
    expect(report.format).toBe('events');
    expect(report.participants.map((p) => [p.name, p.firstJoin, p.lastLeave, p.seconds])).toEqual([
      // Still in the meeting when the report was made: until the meeting's end.
      ['Ås Tilda', '2026-11-12T12:58:00', '2026-11-12T15:04:40', 7600],
      ['Berg Eva', '2026-11-12T13:00:00', '2026-11-12T14:20:00', 70 * 60],
    ]);
  });

  it('reads the older English report without a summary', () => {
    const text = ['Full Name\tUser Action\tTimestamp', 'Lind Asa\tJoined\t11/12/2026, 1:02:11 PM', 'Lind Asa\tLeft\t11/12/2026, 2:45:00 PM'].join('\n');
    expect(read(text).participants).toEqual([
      { name: 'Lind Asa', email: '', role: '', firstJoin: '2026-11-12T13:02:11', lastLeave: '2026-11-12T14:45:00', seconds: 6169 },
    ]);
  });

  it('refuses what is not a report, a time it cannot read and an unknown action, in Swedish and without a report', () => {
    expect(readTeamsReport('Hej!\nDetta är en inköpslista.\nMjölk\tSmör')).toEqual({ ok: false, message: NOT_A_TEAMS_REPORT });
    expect(readTeamsReport('')).toEqual({ ok: false, message: NOT_A_TEAMS_REPORT });
    const broken = swedishReport(meeting, persons).replace('2026-11-12 13:25:40', 'i morgon bitti');
    expect(readTeamsReport(broken)).toEqual({ ok: false, message: 'Rad 11: tiden ”i morgon bitti” kunde inte läsas. Ingenting har ändrats.' });
    const action = 'Fullständigt namn\tAnvändaråtgärd\tTidsstämpel\nLind Asa\tVinkade\t2026-11-12 13:00:00';
    expect(readTeamsReport(action)).toEqual({ ok: false, message: 'Rad 2: ”Vinkade” är varken Anslöt eller Lämnade. Ingenting har ändrats.' });
    expect(readTeamsReport('2. Deltagare\nNamn\tFörsta anslutning\tSenaste utloggning')).toEqual({
      ok: false,
      message: 'Närvarorapporten innehåller inga deltagare. Ingenting har ändrats.',
    });
  });
});

describe('report times', () => {
  it.each([
    ['2024-11-25 13:02:11', '2024-11-25T13:02:11'],
    ['2024-11-25 kl. 13:02', '2024-11-25T13:02:00'],
    ['2024-11-25 13.02', '2024-11-25T13:02:00'],
    ['11/25/24, 1:02:11 PM', '2024-11-25T13:02:11'],
    ['11/25/2024, 12:05:00 AM', '2024-11-25T00:05:00'],
    ['25/11/2024 13:02:11', '2024-11-25T13:02:11'],
    ['25.11.2024 13:02', '2024-11-25T13:02:00'],
    ['2024-11-25T13:02:11.123', '2024-11-25T13:02:11'],
  ])('reads %s', (text, stamp) => expect(parseReportStamp(text)).toBe(stamp));

  it.each(['', '2024-02-30 13:00', '13:02', '11/25/24, 13:02 PM', 'igår'])('refuses %j', (text) => expect(parseReportStamp(text)).toBeNull());

  it.each([
    ['1h 23m 4s', 4984],
    ['1 tim 23 min 4 s', 4984],
    ['48m 5s', 2885],
    ['01:23:04', 4984],
    ['23:04', 1384],
  ])('reads the duration %s', (text, seconds) => expect(parseDuration(text)).toBe(seconds));
});

describe('times on the link', () => {
  const window = meetingWindow({ date: '2026-11-12', startTime: '13.00', endTime: '15.00' }, { meetingStart: null, meetingEnd: null });

  it('gives the time of coming only when more than ten minutes late, of leaving only when more than ten minutes early', () => {
    expect(remoteTimes(window, '2026-11-12T13:10:00', '2026-11-12T14:50:00')).toEqual({ arrivedAt: null, leftAt: null });
    expect(remoteTimes(window, '2026-11-12T13:10:01', '2026-11-12T14:49:59')).toEqual({ arrivedAt: '13.10', leftAt: '14.49' });
    expect(remoteTimes(window, '2026-11-12T12:40:00', '2026-11-12T16:00:00')).toEqual({ arrivedAt: null, leftAt: null });
  });

  it("falls back to the report's start and end, and compares by the clock when the report is from another day", () => {
    const fromReport = meetingWindow({ date: '2026-11-12', startTime: '', endTime: '' }, { meetingStart: '2026-11-12T09:00:00', meetingEnd: '2026-11-12T11:00:00' });
    expect(remoteTimes(fromReport, '2026-11-12T09:30:00', '2026-11-12T10:30:00')).toEqual({ arrivedAt: '09.30', leftAt: '10.30' });
    expect(remoteTimes(window, '2026-11-13T13:20:00', null)).toEqual({ arrivedAt: '13.20', leftAt: null });
  });
});
