import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/document/build';
import { countAttendance } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance, type Body, type CalledPerson, type Meeting } from '../../shared/model/domain';
import { demoMeetings, documentLines } from './document-support';

/**
 * Hybrid attendance as it really happens: a status combined with times and a
 * substitute, printed unambiguously in all three layouts.
 */

let psn: { meeting: Meeting; body: Body };

beforeAll(() => {
  psn = demoMeetings()[0] as typeof psn;
});

const present: Attendance = { ...UNMARKED_ATTENDANCE, status: 'present' };

/** The PSN minutes with the named members' attendance replaced. */
function withAttendance(changes: Record<string, Attendance>, body: Partial<Body> = {}): string[] {
  const calledPersons = psn.meeting.calledPersons.map((p): CalledPerson => {
    const attendance = changes[p.name];
    return attendance ? { ...p, attendance } : { ...p, attendance: p.vacant ? UNMARKED_ATTENDANCE : present };
  });
  return documentLines(buildMinutesDocument({ ...psn.meeting, calledPersons }, { ...psn.body, ...body }));
}

const CASES: { who: string; attendance: Attendance; lines: string; marker: string }[] = [
  {
    who: 'late, in the room',
    attendance: { ...present, arrivedAt: '13.50' },
    lines: 'Del av mötet: Per-Erik Holm (från 13.50).',
    marker: 'Per-Erik Holm (KD) (från 13.50)',
  },
  {
    who: 'left early',
    attendance: { ...present, leftAt: '14.10' },
    lines: 'Del av mötet: Per-Erik Holm (till 14.10).',
    marker: 'Per-Erik Holm (KD) (till 14.10)',
  },
  {
    who: 'late and on Teams',
    attendance: { ...present, status: 'remote', arrivedAt: '13.50' },
    lines: 'Med på länk: Per-Erik Holm (från 13.50).',
    marker: 'Per-Erik Holm (KD) (med på länk från 13.50)',
  },
  {
    who: 'late and replaced for the first part',
    attendance: { ...present, arrivedAt: '13.30', substituteName: 'Nils Bark' },
    lines: 'Del av mötet: Per-Erik Holm (från 13.30, Nils Bark ersätter dessförinnan).',
    marker: 'Per-Erik Holm (KD) (från 13.30, Nils Bark ersätter dessförinnan)',
  },
  {
    who: 'left early and replaced',
    attendance: { ...present, leftAt: '13.30', substituteName: 'Nils Bark' },
    lines: 'Del av mötet: Per-Erik Holm (till 13.30, Nils Bark ersätter).',
    marker: 'Per-Erik Holm (KD) (till 13.30, Nils Bark ersätter)',
  },
  {
    who: 'away, replaced by someone on the link',
    attendance: { ...present, status: 'excused', substituteName: 'Nils Bark', substituteRemote: true },
    lines: 'Förhinder: Per-Erik Holm (Nils Bark ersätter på länk).',
    marker: 'Per-Erik Holm (KD) (förhindrad, Nils Bark ersätter på länk)',
  },
];

describe('attendance as a status with times and a substitute', () => {
  it.each(CASES)('prints "$who" unambiguously under item 1 and after the name', ({ attendance, lines, marker }) => {
    const printed = withAttendance({ 'Per-Erik Holm': attendance });
    expect(printed).toContain(lines);
    const markers = withAttendance({ 'Per-Erik Holm': attendance }, { attendanceStyle: 'markers' });
    expect(markers.find((l) => l.startsWith('Per-Erik Holm'))).toContain(marker);
    // "efter" can mean either arriving or leaving: never printed.
    for (const line of [...printed, ...markers].filter((l) => l.includes('Per-Erik Holm'))) expect(line).not.toMatch(/\befter\b/);
  });

  it('puts a substitute among those present in the blocks layout, where they were', () => {
    const lines = withAttendance(
      {
        'Per-Erik Holm': { ...present, status: 'excused', substituteName: 'Nils Bark', substituteRemote: true },
        'Henrik Dahl': { ...present, leftAt: '13.30', substituteName: 'Vera Lind' },
      },
      { attendanceStyle: 'blocks' },
    );
    expect(lines).toContain('Nils Bark (ersätter Per-Erik Holm, med på länk)');
    expect(lines.find((l) => l.startsWith('Henrik Dahl'))).toBe('Henrik Dahl (M) (till 13.30, Vera Lind ersätter)');
  });

  it('counts a seat once, where it was filled: the person, or the substitute in the room or on the link', () => {
    const seat = (attendance: Attendance) => ({ vacant: false, attendance });
    expect(
      countAttendance([
        seat({ ...present, arrivedAt: '13.30', substituteName: 'A' }),
        seat({ ...present, status: 'remote', leftAt: '14.00' }),
        seat({ ...present, status: 'excused', substituteName: 'B', substituteRemote: true }),
        seat({ ...present, status: 'absent', substituteName: 'C' }),
        seat({ ...present, status: 'excused' }),
        seat(UNMARKED_ATTENDANCE),
      ]),
    ).toEqual({ inRoom: 2, remote: 2, excused: 2, absent: 1, unmarked: 1 });
  });
});

describe("a person's line in the body's own order", () => {
  it('prints "Namn, organisation, titel" or "Namn, titel, organisation", with the marker after the name or at the end', () => {
    const excused = { 'Rolf Nyström': { ...present, status: 'excused' as const } };
    const line = (body: Partial<Body>) =>
      withAttendance(excused, { attendanceStyle: 'markers', ...body }).find((l) => l.startsWith('Rolf Nyström'));
    const rolf = psn.meeting.calledPersons.find((p) => p.name === 'Rolf Nyström');
    expect(rolf).toMatchObject({ organisation: 'Älvdalsregionen' });
    const withTitle = (order: Body['personDetailOrder'], placement: Body['markerPlacement']) => {
      const calledPersons = psn.meeting.calledPersons.map((p) =>
        p.name === 'Rolf Nyström' ? { ...p, title: 'förbundsordförande', attendance: excused['Rolf Nyström'] } : p,
      );
      return documentLines(
        buildMinutesDocument(
          { ...psn.meeting, calledPersons },
          { ...psn.body, attendanceStyle: 'markers', personDetailOrder: order, markerPlacement: placement },
        ),
      ).find((l) => l.startsWith('Rolf Nyström'));
    };
    expect(line({})).toBe('Rolf Nyström (S) (förhindrad), Älvdalsregionen');
    expect(withTitle('organisationTitle', 'afterName')).toBe('Rolf Nyström (S) (förhindrad), Älvdalsregionen, förbundsordförande');
    expect(withTitle('titleOrganisation', 'afterName')).toBe('Rolf Nyström (S) (förhindrad), förbundsordförande, Älvdalsregionen');
    expect(withTitle('titleOrganisation', 'endOfLine')).toBe('Rolf Nyström (S), förbundsordförande, Älvdalsregionen (förhindrad)');
  });
});
