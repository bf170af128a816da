import { describe, expect, it } from 'vitest';
import { agendaOverrun, clockMinutes, formatPlannedTime, overrunWarning, plannedTimes } from '../../shared/document/agenda-times';
import type { AgendaItem } from '../../shared/model/domain';
import { storedItem } from './agenda-support';

function meeting(agenda: AgendaItem[], startTime = '13.00', endTime = '15.00') {
  return { startTime, endTime, agenda };
}

/** The planned times printed per item title, "—" where an item has none. */
function printed(m: ReturnType<typeof meeting>): Record<string, string> {
  const { byItem } = plannedTimes(m);
  return Object.fromEntries(m.agenda.map((i) => [i.title, byItem.has(i.id) ? formatPlannedTime(byItem.get(i.id)!) : '—']));
}

describe('planned times of the agenda', () => {
  it('runs item after item from the start time by their minutes', () => {
    const m = meeting([storedItem(1, 'Öppnande', { minutes: 10 }), storedItem(2, 'Färdplan', { minutes: 40 }), storedItem(3, 'Avslut', { minutes: 5 })]);
    expect(printed(m)).toEqual({ Öppnande: '13.00–13.10', Färdplan: '13.10–13.50', Avslut: '13.50–13.55' });
  });

  it('reads the start time with a colon as well as with a dot', () => {
    expect(clockMinutes('13:05')).toBe(785);
    expect(clockMinutes('13.05')).toBe(785);
    expect(clockMinutes('')).toBeNull();
  });

  it('gives an item without minutes no time, and the clock goes on from the last known time', () => {
    const m = meeting([storedItem(1, 'Öppnande', { minutes: 10 }), storedItem(2, 'Övrigt', { minutes: null }), storedItem(3, 'Färdplan', { minutes: 30 })]);
    expect(printed(m)).toEqual({ Öppnande: '13.00–13.10', Övrigt: '—', Färdplan: '13.10–13.40' });
  });

  it('times sub-items inside their item, and an item lasts as long as its sub-items need', () => {
    const m = meeting([
      storedItem(1, 'Öppnande', { minutes: 15 }),
      storedItem(2, 'a) närvaro', { parentId: 1, position: 0, minutes: 5 }),
      storedItem(3, 'b) agenda', { parentId: 1, position: 1, minutes: 5 }),
      storedItem(4, 'Rapporter', { minutes: null }),
      storedItem(5, 'a) region', { parentId: 4, position: 0, minutes: 20 }),
      storedItem(6, 'b) kommuner', { parentId: 4, position: 1, minutes: 25 }),
      storedItem(7, 'Avslut', { minutes: 5 }),
    ]);
    expect(printed(m)).toEqual({
      Öppnande: '13.00–13.15',
      'a) närvaro': '13.00–13.05',
      'b) agenda': '13.05–13.10',
      Rapporter: '13.15–14.00',
      'a) region': '13.15–13.35',
      'b) kommuner': '13.35–14.00',
      Avslut: '14.00–14.05',
    });
  });

  it('has no times without a start time', () => {
    const m = meeting([storedItem(1, 'Öppnande', { minutes: 10 })], '', '15.00');
    expect(plannedTimes(m).byItem.size).toBe(0);
  });
});

describe('agendaOverrun', () => {
  it('is how many minutes the agenda runs past the end time', () => {
    const m = meeting([storedItem(1, 'Färdplan', { minutes: 100 }), storedItem(2, 'Budget', { minutes: 45 })]);
    expect(agendaOverrun(m)).toBe(25);
    expect(overrunWarning(25, m.startTime, m.endTime)).toBe('Dagordningen är 25 minuter längre än mötet (13.00–15.00).');
  });

  it('is null when the agenda fits, ends exactly on time, or times are unknown', () => {
    expect(agendaOverrun(meeting([storedItem(1, 'Färdplan', { minutes: 60 })]))).toBeNull();
    expect(agendaOverrun(meeting([storedItem(1, 'Färdplan', { minutes: 120 })]))).toBeNull();
    expect(agendaOverrun(meeting([storedItem(1, 'Färdplan', { minutes: 500 })], '13.00', ''))).toBeNull();
    expect(agendaOverrun(meeting([storedItem(1, 'Färdplan', { minutes: 500 })], '', '15.00'))).toBeNull();
    expect(agendaOverrun(meeting([storedItem(1, 'Färdplan', { minutes: null })]))).toBeNull();
  });

  it('says one minute in the singular', () => {
    expect(overrunWarning(1, '13.00', '15.00')).toBe('Dagordningen är 1 minut längre än mötet (13.00–15.00).');
  });
});
