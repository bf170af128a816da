import { describe, expect, it } from 'vitest';
import { UNMARKED_ATTENDANCE } from '../../shared/model/called-person';
import { NOT_A_TEAMS_REPORT } from '../../shared/import/teams/report';
import type { ResponseOf } from '../../shared/ipc/contract';
import { liveMeeting } from './attendance-support';
import { refusedAt } from './app-support';
import { englishReport, olderSwedishReport, swedishReport, usStamp, utf16, type ReportPerson } from '../unit/teams-reports';

/**
 * A Teams attendance report through the handler table, as the app and the
 * CLI use it: read and matched (nothing written), applied as "Med på länk"
 * with late and early times, guests added, and one Undo taking it all back.
 */

const day = (time: string) => `2026-11-12 ${time}`;
const MEETING = { title: 'Styrgrupp SGS', start: day('12:57:00'), end: day('15:03:00') };
const PERSONS: ReportPerson[] = [
  { name: 'Ås Tilda (VGR)', join: day('12:58:10'), leave: day('15:01:00'), role: 'Organisatör' },
  { name: 'Öst Karl | Region Strandby', join: day('13:25:40'), leave: day('15:00:05') },
  { name: 'Ek Ove', join: day('13:00:00'), leave: day('15:00:00') },
  { name: 'Berg Eva (Extern)', join: day('13:01:00'), leave: day('14:20:30') },
  { name: 'Nyström Lisa (Gäst)', join: day('13:05:00'), leave: day('14:00:00') },
];
const base64 = (text: string) => utf16(text).toString('base64');

type Reading = ResponseOf<'teams:read'>;

/** What the secretary confirms by default: the proposed matches, and the unmatched as guests. */
function confirmAll(meetingId: number, reading: Reading) {
  const participant = (i: number) => reading.report.participants[i]!;
  return {
    meetingId,
    reportStart: reading.report.meetingStart,
    reportEnd: reading.report.meetingEnd,
    matches: reading.matches
      .filter((m) => m.personId !== null)
      .map((m) => ({ personId: m.personId!, firstJoin: participant(m.index).firstJoin, lastLeave: participant(m.index).lastLeave })),
    guests: reading.matches
      .filter((m) => m.personId === null)
      .map((m) => ({ name: m.name, organisation: m.organisation, firstJoin: participant(m.index).firstJoin, lastLeave: participant(m.index).lastLeave })),
  };
}

describe('teams:read and teams:apply', () => {
  it('reads the Swedish UTF-16 report, proposes the called persons, marks them on the link with times, adds the guest; one Undo takes it all back', async () => {
    const { app, meeting, person } = await liveMeeting();
    await app.ok('attendance:set', { meetingId: meeting.id, personId: person('Ove Ek').id, attendance: { ...UNMARKED_ATTENDANCE, status: 'present' } });
    const before = await app.ok('meetings:get', { id: meeting.id });

    const reading = await app.ok('teams:read', { meetingId: meeting.id, fileName: 'Närvarorapport.csv', contentBase64: base64(swedishReport(MEETING, PERSONS)) });
    // Reading writes nothing.
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(before);
    expect(reading.matches.map((m) => [m.name, m.personId, m.arrivedAt, m.leftAt])).toEqual([
      // In the order they joined.
      ['Ås Tilda', person('Tilda Ås').id, null, null],
      ['Ek Ove', person('Ove Ek').id, null, null],
      ['Berg Eva', person('Eva Berg').id, null, '14.20'],
      ['Nyström Lisa', null, null, '14.00'],
      ['Öst Karl', person('Karl Öst').id, '13.25', null],
    ]);
    expect(reading.called.map((p) => p.name)).toEqual(['Tilda Ås', 'Karl Öst', 'Ove Ek', 'Eva Berg']);

    app.now.value = new Date(2026, 10, 12, 15, 10);
    const applied = await app.ok('teams:apply', confirmAll(meeting.id, reading));
    expect(applied.marked.map((p) => [p.name, p.attendance.status, p.attendance.arrivedAt, p.attendance.leftAt])).toEqual([
      ['Tilda Ås', 'remote', null, null],
      ['Eva Berg', 'remote', null, '14.20'],
      ['Karl Öst', 'remote', '13.25', null],
    ]);
    expect(applied.keptInRoom.map((p) => p.name)).toEqual(['Ove Ek']);
    expect(applied.added.map((p) => [p.name, p.kind, p.attendance.status, p.attendance.leftAt])).toEqual([['Nyström Lisa', 'invitee', 'remote', '14.00']]);
    expect(new Set(applied.events.map((e) => e.batch)).size).toBe(1);

    const stored = await app.ok('meetings:get', { id: meeting.id });
    expect(stored.calledPersons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Tilda Ås', 'remote'],
      ['Karl Öst', 'remote'],
      ['', 'unmarked'],
      ['Ove Ek', 'present'],
      ['Eva Berg', 'remote'],
      ['Nyström Lisa', 'remote'],
    ]);

    const undone = await app.ok('attendance:undo', { meetingId: meeting.id });
    expect(undone.persons.map((p) => [p.name, p.attendance.status])).toEqual([
      ['Tilda Ås', 'unmarked'],
      ['Eva Berg', 'unmarked'],
      ['Karl Öst', 'unmarked'],
    ]);
    expect(undone.removed).toEqual([applied.added[0]!.id]);
    const back = await app.ok('meetings:get', { id: meeting.id });
    expect(back.calledPersons).toEqual(before.calledPersons);
    expect((await app.ok('attendance:history', { meetingId: meeting.id })).map((e) => e.personId)).toEqual([person('Ove Ek').id]);
  });

  it('reads the English report with US times and the older one row per join and leave, both as Teams saves them', async () => {
    const { app, meeting, person } = await liveMeeting();
    const english = await app.ok('teams:read', { meetingId: meeting.id, fileName: 'meetingAttendanceReport.csv', contentBase64: base64(englishReport(MEETING, PERSONS)) });
    expect(english.report.meetingStart).toBe('2026-11-12T12:57:00');
    expect(english.matches.map((m) => m.personId)).toEqual([person('Tilda Ås').id, person('Ove Ek').id, person('Eva Berg').id, null, person('Karl Öst').id]);
    expect(usStamp(day('13:25:40'))).toBe('11/12/26, 1:25:40 PM');

    const older = olderSwedishReport(MEETING, [
      ['ÖST, KARL', 'Anslöt', day('13:02:00')],
      ['ÖST, KARL', 'Lämnade', day('13:40:00')],
      ['ÖST, KARL', 'Anslöt', day('13:45:00')],
      ['ÖST, KARL', 'Lämnade', day('14:30:00')],
      ['Berg E.', 'Anslöt', day('13:00:00')],
    ]);
    const reading = await app.ok('teams:read', { meetingId: meeting.id, fileName: 'Närvarolista.csv', contentBase64: base64(older) });
    expect(reading.report.format).toBe('events');
    expect(reading.matches.map((m) => [m.name, m.personId, m.candidate?.reason, m.arrivedAt, m.leftAt])).toEqual([
      ['Berg E.', person('Eva Berg').id, 'Efternamnet stämmer och initialen E.', null, null],
      ['Karl Öst', person('Karl Öst').id, 'Samma namn.', null, '14.30'],
    ]);
    expect(reading.report.participants[1]?.seconds).toBe((38 + 45) * 60);
  });

  it('refuses a broken report, or a file that is no report, with a Swedish message, and nothing changes', async () => {
    const { app, meeting } = await liveMeeting();
    const before = await app.ok('meetings:get', { id: meeting.id });
    const broken = swedishReport(MEETING, PERSONS).replace('13:25:40', '13:77:40');
    expect(await app.fails('teams:read', { meetingId: meeting.id, fileName: 'Närvarorapport.csv', contentBase64: base64(broken) })).toEqual(
      refusedAt('contentBase64', 'Rad 11: tiden ”2026-11-12 13:77:40” kunde inte läsas. Ingenting har ändrats.'),
    );
    const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).toString('base64');
    expect(await app.fails('teams:read', { meetingId: meeting.id, fileName: 'bild.png', contentBase64: picture })).toEqual(
      refusedAt('contentBase64', NOT_A_TEAMS_REPORT),
    );
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(before);
    expect(await app.ok('attendance:history', { meetingId: meeting.id })).toEqual([]);
  });

  it('merges two report persons confirmed as one called person, and refuses a person of another meeting with nothing applied', async () => {
    const { app, meeting, person } = await liveMeeting();
    const karl = person('Karl Öst').id;
    const applied = await app.ok('teams:apply', {
      meetingId: meeting.id,
      reportStart: null,
      reportEnd: null,
      matches: [
        { personId: karl, firstJoin: '2026-11-12T13:30:00', lastLeave: '2026-11-12T14:00:00' },
        { personId: karl, firstJoin: '2026-11-12T13:50:00', lastLeave: '2026-11-12T14:40:00' },
      ],
      guests: [],
    });
    expect(applied.marked.map((p) => [p.name, p.attendance.arrivedAt, p.attendance.leftAt])).toEqual([['Karl Öst', '13.30', '14.40']]);
    // The same again changes nothing: nothing new to undo.
    const again = await app.ok('teams:apply', { meetingId: meeting.id, reportStart: null, reportEnd: null, matches: [{ personId: karl, firstJoin: '2026-11-12T13:30:00', lastLeave: '2026-11-12T14:40:00' }], guests: [] });
    expect(again.unchanged.map((p) => p.name)).toEqual(['Karl Öst']);
    expect(again.events).toEqual([]);

    const before = await app.ok('meetings:get', { id: meeting.id });
    const refused = await app.fails('teams:apply', {
      meetingId: meeting.id,
      reportStart: null,
      reportEnd: null,
      matches: [{ personId: person('Tilda Ås').id, firstJoin: null, lastLeave: null }, { personId: 99_999, firstJoin: null, lastLeave: null }],
      guests: [{ name: 'Lisa Nyström', organisation: '', firstJoin: null, lastLeave: null }],
    });
    expect(refused).toEqual({ code: 'not_found', message: 'Personen finns inte i det här mötet.', field: 'personId' });
    expect(await app.ok('meetings:get', { id: meeting.id })).toEqual(before);
  });
});
