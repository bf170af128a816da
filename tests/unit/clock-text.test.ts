import { describe, expect, it } from 'vitest';
import { agendaTiming, formatClock } from '../../renderer/agenda/agendaOps';
import { localClock, localDate } from '../../shared/format/clock';
import { formatStamp } from '../../renderer/review/ReviewBar';

/** Times as the secretary reads them on screen: "09.05", "2026-12-14", on the local clock. */
describe('clock and date text on the screens', () => {
  it('writes the local time and date with two digits each', () => {
    const moment = new Date(2026, 0, 5, 9, 5);
    expect(localClock(moment)).toBe('09.05');
    expect(localDate(moment)).toBe('2026-01-05');
    expect(localDate(new Date(2026, 10, 12, 0, 30))).toBe('2026-11-12');
  });

  it('says when a justering was made, in words and on the local clock', () => {
    expect(formatStamp(new Date(2026, 11, 14, 9, 12).toISOString())).toBe('14 december 2026 kl. 09.12');
    expect(formatStamp('inte en tid')).toBe('inte en tid');
  });

  it('works out when the agenda ends, round the clock past midnight', () => {
    expect(formatClock(13 * 60 + 5)).toBe('13.05');
    expect(formatClock(24 * 60 + 30)).toBe('00.30');
    expect(formatClock(-30)).toBe('23.30');
    const item = { minutes: 50 } as const;
    expect(agendaTiming({ startTime: '13.30', endTime: '14.00', agenda: [item, item] as never })).toEqual({
      totalMinutes: 100,
      plannedEnd: '15.10',
      overBy: 70,
    });
  });
});
