import { describe, expect, it } from 'vitest';
import { markableCount, meetingHeld, unmarkedCalledPersons } from '../../shared/model/attendance';
import { UNMARKED_ATTENDANCE, type Attendance, type CalledKind } from '../../shared/model/domain';

/** Who "Markera övriga som närvarande" is about, and when the notice is due. */

const present: Attendance = { ...UNMARKED_ATTENDANCE, status: 'present' };

function called(name: string, kind: CalledKind, attendance: Attendance = UNMARKED_ATTENDANCE, vacant = false) {
  return { name, kind, vacant, attendance };
}

describe('unmarkedCalledPersons', () => {
  it('finds the members in a seat and the invitees nobody marked; vacant seats and guests are left out', () => {
    const persons = [
      called('Anna Berg', 'member', present),
      called('Per Ek', 'member'),
      called('', 'member', UNMARKED_ATTENDANCE, true),
      called('Lisa Holm', 'member', { ...UNMARKED_ATTENDANCE, status: 'excused', substituteName: 'Nils Bark' }),
      called('Sofia Rask', 'invitee'),
      called('Olle Sten', 'guest'),
      called('Eva Lund', 'member'),
    ];
    expect(unmarkedCalledPersons(persons).map((p) => p.name)).toEqual(['Per Ek', 'Sofia Rask', 'Eva Lund']);
    // "3 av 5 kallade": the guest and the vacant seat are no one whose attendance is printed.
    expect(markableCount(persons)).toBe(5);
  });

  it('finds 23 of 30 when only 7 were marked, as in the first real meeting', () => {
    const persons = Array.from({ length: 30 }, (_, i) => called(`Person ${i + 1}`, 'member', i < 7 ? present : UNMARKED_ATTENDANCE));
    expect(unmarkedCalledPersons(persons)).toHaveLength(23);
    expect(markableCount(persons)).toBe(30);
  });
});

describe('meetingHeld', () => {
  const draft = { status: 'draft' as const, openedAt: null, date: '2026-12-03' };
  it('is false for a draft whose day has not come and that was never opened', () => {
    expect(meetingHeld(draft, '2026-12-02')).toBe(false);
  });
  it('is true on the day, after it, once opened in live mode, or once sent for review', () => {
    expect(meetingHeld(draft, '2026-12-03')).toBe(true);
    expect(meetingHeld(draft, '2026-12-06')).toBe(true);
    expect(meetingHeld({ ...draft, openedAt: '13.02' }, '2026-11-20')).toBe(true);
    expect(meetingHeld({ ...draft, status: 'review' }, '2026-11-20')).toBe(true);
  });
});
