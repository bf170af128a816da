import { describe, expect, it } from 'vitest';
import { notesBlocks } from '../../shared/document/notes';
import { renderMinutesHtml } from '../../shared/document/html';
import type { DocBlock, DocList } from '../../shared/document/model';
import { bulletList, list, notes, numberedList, numberedListFrom, paragraph } from '../../shared/notes/build';
import { handMadeDocument } from './document-support';

// Point 4 of issue 15: numbered points broken up by bullet lists ("1.
// Lagstiftning …", bullets, "2. Eskaleringsmodell …") keep their numbers
// from the notes into the document model and the print HTML.

const MEETING_NOTES = notes(
  numberedList('Lagstiftning – den nya lagen påverkar samverkan.', 'Tillsyn'),
  bulletList('Förslaget remitteras.', 'Svar i mars.'),
  numberedListFrom(3, 'Eskaleringsmodell – tas fram under våren.', 'Uppföljning'),
  paragraph('Ny fråga:'),
  numberedList('Först i en ny lista'),
  numberedListFrom(5, 'Femte', numberedList('inre ett', 'inre två'), 'Sjätte', numberedListFrom(4, 'inre fyra')),
);

const lists = (blocks: DocBlock[]): DocList[] => blocks.filter((b): b is DocList => b.kind === 'list');

describe('list start numbers from the notes', () => {
  it('each numbered list keeps its start number; bullet lists have none', () => {
    const found = lists(notesBlocks(MEETING_NOTES));
    expect(found.map((l) => (l.ordered ? l.start : 'punkt'))).toEqual([1, 'punkt', 3, 1, 5]);
  });

  it('a nested numbered list counts on its own, from its own start', () => {
    const outer = lists(notesBlocks(MEETING_NOTES))[4];
    expect(outer?.items.map((item) => item.sublist)).toMatchObject([
      { ordered: true, start: 1, items: [{}, {}] },
      { ordered: true, start: 4, items: [{}] },
    ]);
  });

  it('a start no printer takes is brought within what Word and HTML print', () => {
    const starts = [-3, 0, 40_000, 1.5].map((start) => lists(notesBlocks(notes(list('number', ['x'], start))))[0]);
    expect(starts.map((l) => (l?.ordered ? l.start : null))).toEqual([0, 0, 32_767, 1]);
  });

  it('the print HTML gives every list that does not start at 1 its start', () => {
    const html = renderMinutesHtml(handMadeDocument(notesBlocks(MEETING_NOTES)), { forPrint: true });
    const ols = [...html.matchAll(/<ol( start="\d+")?>/g)].map((m) => m[1] ?? '');
    expect(ols).toEqual(['', ' start="3"', '', ' start="5"', '', ' start="4"']);
    expect(html).toContain('<ol start="3"><li>Eskaleringsmodell – tas fram under våren.</li><li>Uppföljning</li></ol>');
    expect(html).toContain('<ul><li>Förslaget remitteras.</li><li>Svar i mars.</li></ul>');
  });
});
