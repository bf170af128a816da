import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/model/domain';
import { summaryOfStandpoints } from '../../shared/model/summary';
import { storedItem } from './agenda-support';

let nextId = 1;
function item(title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return storedItem(nextId++, title, { position: 0, ...fields });
}

describe('summaryOfStandpoints', () => {
  it('lists the standpoints in agenda order with their printed numbers, sub-items as "4 a)"', () => {
    const opening = item('Mötets öppnande', { position: 0 });
    const agendaApproval = item('Godkännande av dagens agenda', { position: 1, standpoint: 'Dagens agenda godkändes.' });
    const care = item('Hemsjukvård i samverkan', { position: 3 });
    const previous = item('Föregående mötesanteckning', { position: 2, standpoint: 'Inga synpunkter på föregående mötesanteckning.' });
    const later = item('Fortsatt arbete', { parentId: care.id, position: 1, standpoint: 'LGS ställer sig bakom förslaget.' });
    const now = item('Nuläge', { parentId: care.id, position: 0, standpoint: '  LGS noterar informationen.\n' });
    // Stored out of order on purpose: the summary follows positions, not storage order.
    const summary = summaryOfStandpoints({ agenda: [later, care, previous, now, agendaApproval, opening] });
    expect(summary.map(({ entry, ...line }) => ({ ...line, parentTitle: entry.parentTitle }))).toEqual([
      { itemId: agendaApproval.id, label: '2', title: 'Godkännande av dagens agenda', standpoint: 'Dagens agenda godkändes.', parentTitle: '' },
      { itemId: previous.id, label: '3', title: 'Föregående mötesanteckning', standpoint: 'Inga synpunkter på föregående mötesanteckning.', parentTitle: '' },
      { itemId: now.id, label: '4 a)', title: 'Nuläge', standpoint: 'LGS noterar informationen.', parentTitle: 'Hemsjukvård i samverkan' },
      { itemId: later.id, label: '4 b)', title: 'Fortsatt arbete', standpoint: 'LGS ställer sig bakom förslaget.', parentTitle: 'Hemsjukvård i samverkan' },
    ]);
  });

  it('skips items without a standpoint and the summary item itself', () => {
    const summary = summaryOfStandpoints({
      agenda: [
        item('Information om budget', { position: 0, standpoint: '   ' }),
        item('Övriga frågor', { position: 1, standpoint: 'Inga övriga frågor.' }),
        item('Sammanfattning av ställningstaganden', { position: 2, standpoint: 'Se punkterna ovan.' }),
        item('Sammanfattning', { position: 3, standpoint: 'Kopia.' }),
      ],
    });
    expect(summary.map((s) => [s.label, s.standpoint])).toEqual([['2', 'Inga övriga frågor.']]);
  });

  it('is empty for an agenda without standpoints', () => {
    expect(summaryOfStandpoints({ agenda: [] })).toEqual([]);
    expect(summaryOfStandpoints({ agenda: [item('Mötets öppnande')] })).toEqual([]);
  });
});
