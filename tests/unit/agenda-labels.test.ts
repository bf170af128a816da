import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/model/domain';
import { numberAgenda } from '../../shared/model/agenda';
import { itemNumber, labelAgenda } from '../../renderer/agenda/labels';
import { storedItem } from './agenda-support';

function item(id: number, title: string, parentId: number | null = null): AgendaItem {
  return storedItem(id, title, { parentId });
}

const agenda = [item(1, 'Mötets öppnande'), item(2, 'närvaro/presentation', 1), item(3, ''), item(4, 'Färdplan')];

describe('the agenda as the screens name its items', () => {
  it('numbers headings, numbers and references for a body that prints numbers', () => {
    const labelled = labelAgenda(numberAgenda(agenda), true);
    expect(labelled.map((e) => e.headingText)).toEqual(['1. Mötets öppnande', 'a) närvaro/presentation', '2.', '3. Färdplan']);
    expect(labelled.map(itemNumber)).toEqual(['1.', '1 a)', '2.', '3.']);
    expect(labelled.map((e) => e.fullLabel)).toEqual(['1. Mötets öppnande', '1 a) närvaro/presentation', '2.', '3. Färdplan']);
    expect(labelled.map((e) => e.reference)).toEqual(['punkt 1', 'punkt 1 a)', 'punkt 2', 'punkt 3']);
    expect(labelled[3]!.headingId).toBe('item-4-heading');
  });

  it('names items by their titles for a body that writes plain headings', () => {
    const labelled = labelAgenda(numberAgenda(agenda), false);
    expect(labelled.map((e) => e.headingText)).toEqual(['Mötets öppnande', 'närvaro/presentation', 'Namnlös punkt', 'Färdplan']);
    expect(labelled.map(itemNumber)).toEqual(['”Mötets öppnande”', '”närvaro/presentation”', '”Namnlös punkt”', '”Färdplan”']);
    expect(labelled[1]!.fullLabel).toBe('Mötets öppnande – närvaro/presentation');
  });
});
