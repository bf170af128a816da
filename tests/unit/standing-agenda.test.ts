import { describe, expect, it } from 'vitest';
import { standingAgenda } from '../../shared/model/standing-agenda';
import { newAgendaItemSchema } from '../../shared/model/new-meeting';

function outline(summaryOfStandpoints: boolean): string[] {
  return standingAgenda({ summaryOfStandpoints }).flatMap((item) => [
    item.title,
    ...(item.children ?? []).map((child) => `  ${child.title}`),
  ]);
}

describe('standing agenda template', () => {
  it('starts every meeting with the opening (a, b), the agenda, the previous minutes, and ends with other questions', () => {
    expect(outline(false)).toEqual([
      'Mötets öppnande',
      '  närvaro/presentation',
      '  övriga frågor anmäls',
      'Godkännande av dagens agenda',
      'Föregående mötesanteckning',
      'Övriga frågor',
    ]);
  });

  it('adds the summary last for a body that gathers its standpoints', () => {
    expect(outline(true).at(-1)).toBe('Sammanfattning');
    expect(outline(true)).toHaveLength(7);
  });

  it('marks every item as standing and leaves standpoints, notes and times empty', () => {
    for (const item of standingAgenda({ summaryOfStandpoints: true })) {
      const parsed = newAgendaItemSchema.parse(item);
      for (const entry of [parsed, ...parsed.children]) {
        expect(entry).toMatchObject({ standing: true, standpoint: '', notes: null, minutes: null, kind: 'other' });
      }
    }
  });

  it('gives a fresh copy each time, so one meeting cannot change the next', () => {
    const first = standingAgenda({ summaryOfStandpoints: false });
    first[0]!.title = 'Ändrad';
    expect(standingAgenda({ summaryOfStandpoints: false })[0]?.title).toBe('Mötets öppnande');
  });
});
