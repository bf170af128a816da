import { describe, expect, it } from 'vitest';
import { expectedCounts, repliesBeforeMeeting } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance } from '../../shared/model/called-person';
import type { AttendanceStatus, CalledKind } from '../../shared/model/kinds';
import { formatDayMonth } from '../../shared/format/date';
import { attendanceState } from '../../renderer/attendance/text';

const person = (kind: CalledKind, status: AttendanceStatus, over: Partial<Attendance> = {}, vacant = false) => ({
  kind,
  vacant,
  attendance: { ...UNMARKED_ATTENDANCE, status, ...over },
});

describe('who is expected before the meeting', () => {
  it('counts members in a seat and invitees: expected unless away, förhinder with substitutes, no reply', () => {
    const persons = [
      person('member', 'unmarked'),
      person('member', 'unmarked'),
      person('member', 'present'),
      person('member', 'remote'),
      person('member', 'excused', { substituteName: 'Per Lund' }),
      person('member', 'excused'),
      person('invitee', 'absent'),
      person('invitee', 'unmarked'),
      person('guest', 'excused'),
      person('member', 'unmarked', {}, true),
    ];
    expect(expectedCounts(persons)).toEqual({ called: 8, expected: 5, excused: 3, substitutes: 1, unanswered: 3 });
  });

  it('takes replies until the meeting is opened or its day has come', () => {
    const draft = { status: 'draft' as const, openedAt: null, date: '2026-12-03' };
    expect(repliesBeforeMeeting(draft, '2026-11-12')).toBe(true);
    expect(repliesBeforeMeeting(draft, '2026-12-02')).toBe(true);
    expect(repliesBeforeMeeting(draft, '2026-12-03')).toBe(false);
    expect(repliesBeforeMeeting({ ...draft, openedAt: '2026-12-01T12:00:00Z' }, '2026-12-02')).toBe(false);
    expect(repliesBeforeMeeting({ ...draft, status: 'review' }, '2026-11-12')).toBe(false);
  });
});

describe('the day a förhinder was reported, in words', () => {
  it('is "12/11" and stands in the row\'s state', () => {
    expect(formatDayMonth('2026-11-12')).toBe('12/11');
    expect(formatDayMonth('2027-03-05')).toBe('5/3');
    expect(attendanceState({ ...UNMARKED_ATTENDANCE, status: 'excused', reportedOn: '2026-11-12', substituteName: 'Per Lund' })).toBe(
      'Förhinder, anmält 12/11, Per Lund ersätter',
    );
    expect(attendanceState({ ...UNMARKED_ATTENDANCE, status: 'excused' })).toBe('Förhinder');
  });
});
