import { describe, expect, it } from 'vitest';
import type { StandingPlacement } from '../../shared/model/domain';
import { add, canMove, move, moveSub, place, placementInMeeting } from '../../renderer/body/standingItemsOps';
import { inPrintedOrder, standingItemsInputSchema } from '../../shared/model/standing-agenda';
import { storedItem } from './agenda-support';

/** The editor's list: "Titel (före)" / "Titel (efter)" in order. */
type Row = { title: string; placement: StandingPlacement };
const b = (title: string): Row => ({ title, placement: 'beforeSubjects' });
const a = (title: string): Row => ({ title, placement: 'afterSubjects' });
const show = (rows: Row[]) => rows.map((r) => `${r.title} (${r.placement === 'beforeSubjects' ? 'före' : 'efter'})`);

const list = [b('Öppnande'), b('Agenda'), a('Övriga frågor'), a('Avslut')];

describe('ordering the standing items', () => {
  it('swaps with the neighbour inside a group', () => {
    expect(show(move(list, 1, 'up'))).toEqual(['Agenda (före)', 'Öppnande (före)', 'Övriga frågor (efter)', 'Avslut (efter)']);
    expect(show(move(list, 2, 'down'))).toEqual(['Öppnande (före)', 'Agenda (före)', 'Avslut (efter)', 'Övriga frågor (efter)']);
  });

  it('crosses the subject items instead of swapping at the edge of a group', () => {
    expect(show(move(list, 1, 'down'))).toEqual(['Öppnande (före)', 'Agenda (efter)', 'Övriga frågor (efter)', 'Avslut (efter)']);
    expect(show(move(list, 2, 'up'))).toEqual(['Öppnande (före)', 'Agenda (före)', 'Övriga frågor (före)', 'Avslut (efter)']);
  });

  it('stops at the very top and the very bottom', () => {
    expect(canMove(list, 0, 'up')).toBe(false);
    expect(canMove(list, 3, 'down')).toBe(false);
    expect(canMove([a('Avslut')], 0, 'up')).toBe(true);
    expect(canMove([b('Öppnande')], 0, 'down')).toBe(true);
    expect(move(list, 0, 'up')).toEqual(list);
  });

  it('puts an item that changes side next to the subject items, and a new one last in its group', () => {
    expect(show(place(list, 0, 'afterSubjects'))).toEqual(['Agenda (före)', 'Öppnande (efter)', 'Övriga frågor (efter)', 'Avslut (efter)']);
    expect(show(place(list, 3, 'beforeSubjects'))).toEqual(['Öppnande (före)', 'Agenda (före)', 'Avslut (före)', 'Övriga frågor (efter)']);
    expect(show(add(list, b('Föregående')))).toEqual([
      'Öppnande (före)',
      'Agenda (före)',
      'Föregående (före)',
      'Övriga frågor (efter)',
      'Avslut (efter)',
    ]);
    expect(show(add(list, a('Sammanfattning'))).at(-1)).toBe('Sammanfattning (efter)');
  });

  it('moves sub-items among their siblings only', () => {
    expect(moveSub(['a', 'b', 'c'], 2, 'up')).toEqual(['a', 'c', 'b']);
    expect(moveSub(['a', 'b', 'c'], 0, 'up')).toEqual(['a', 'b', 'c']);
    expect(moveSub(['a', 'b', 'c'], 2, 'down')).toEqual(['a', 'b', 'c']);
  });

  it('prints the items before the subject items first, whatever order they were given in', () => {
    expect(show(inPrintedOrder([a('Övriga frågor'), b('Öppnande'), a('Avslut'), b('Agenda')]))).toEqual(show(list));
  });
});

describe('the standing items as saved', () => {
  it('compares titles without case and outer spaces, per level', () => {
    const item = (title: string, children: string[] = []) => ({ title, children, placement: 'afterSubjects' as const });
    expect(standingItemsInputSchema.safeParse([item('Avslut'), item(' avslut')]).success).toBe(false);
    expect(standingItemsInputSchema.safeParse([item('Öppnande', ['övrigt']), item('Avslut', ['övrigt'])]).success).toBe(true);
  });
});

describe('where an item of a meeting would stand', () => {
  const item = (id: number, position: number, title: string, standing: boolean) => storedItem(id, title, { position, standing });
  const agenda = [item(1, 0, 'Öppnande', true), item(2, 1, 'Budget', false), item(3, 2, 'Övriga frågor', true), item(4, 3, 'Avslut', false)];

  it('is before the subject items when it comes before the first of them, else after', () => {
    expect(placementInMeeting(agenda, agenda[3]!, [])).toBe('afterSubjects');
    expect(placementInMeeting(agenda, agenda[0]!, [])).toBe('beforeSubjects');
  });

  it("is read from the body's items around it in a meeting without subject items", () => {
    const only = [item(1, 0, 'Välkommen', true), item(2, 1, 'Agenda', true), item(3, 2, 'Avslut', true)];
    const body = [{ title: 'Agenda', children: [], placement: 'beforeSubjects' as const }];
    expect(placementInMeeting(only, only[0]!, body)).toBe('beforeSubjects');
    expect(placementInMeeting(only, only[2]!, body)).toBe('afterSubjects');
  });
});
