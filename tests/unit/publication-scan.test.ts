import { describe, expect, it } from 'vitest';
import { heading, paragraph, text } from '../../shared/document/inline';
import type { DocBlock, DocInline } from '../../shared/document/model';
import { REDACTED_TEXT } from '../../shared/publication/findings';
import { knownNames } from '../../shared/publication/known-names';
import { mergeReplacements, replaceInInlines } from '../../shared/publication/redact';
import { itemIdsByAnchor, scanDocument } from '../../shared/publication/scan';
import { inlineText } from '../../shared/publication/segments';
import { sentencesOf } from '../../shared/publication/sentences';
import { withoutOverlaps } from '../../shared/publication/span';
import { buildMinutesDocument } from '../../shared/document/build';
import { demoMeetings, handMadeDocument } from './document-support';

const known = knownNames(['Anna Berg']);

/** A document with an item whose notes split a personnummer and an e-mail address across runs, a link, a table and a list. */
function splitDocument() {
  const blocks: DocBlock[] = [
    paragraph('field', [text('Datum: 3 december 2026')]),
    heading(1, [text('3. Regional utveckling')], 'punkt-3'),
    paragraph('normal', [text('Ärendet gäller 811218', { bold: true }), text('-9876 enligt anmälan.')]),
    paragraph('normal', [
      text('Frågor till '),
      { kind: 'link', url: 'mailto:karin.holm@norrvik.example', children: [text('karin.holm@'), text('norrvik.example', { italic: true })] },
      text('.'),
    ]),
    {
      kind: 'table',
      rows: [[{ header: false, blocks: [paragraph('normal', [text('Ring 070-123 45 67')])] }]],
    },
    { kind: 'list', ordered: false, items: [{ children: [text('Karin Holm'), { kind: 'break' }, text('Storgatan 12')], sublist: null }] },
    heading(1, [text('Uppdrag')], 'uppdrag'),
    paragraph('normal', [text('Anna Berg är sjukskriven.')]),
  ];
  return handMadeDocument(blocks);
}

describe('scanning the document model', () => {
  it('finds text split across runs, in links, tables and lists, and says which item it stands in', () => {
    const found = scanDocument(splitDocument(), known).map((f) => [f.kind, f.text, f.anchor, f.where]);
    expect(found).toEqual([
      ['personal-identity-number', '811218-9876', 'punkt-3', '3. Regional utveckling'],
      ['email', 'karin.holm@norrvik.example', 'punkt-3', '3. Regional utveckling'],
      ['phone', '070-123 45 67', 'punkt-3', '3. Regional utveckling'],
      ['name', 'Karin Holm', 'punkt-3', '3. Regional utveckling'],
      ['address', 'Storgatan 12', 'punkt-3', '3. Regional utveckling'],
      ['health', 'Anna Berg är sjukskriven', null, 'Uppdrag'],
    ]);
  });

  it('gives each finding the sentence it stands in as context', () => {
    const health = scanDocument(splitDocument(), known).find((f) => f.kind === 'health');
    expect(health?.context).toBe('Anna Berg är sjukskriven.');
  });

  it('maps every item heading anchor of a real meeting back to its item', () => {
    for (const { meeting, body } of demoMeetings()) {
      const anchors = itemIdsByAnchor(meeting);
      const printed = buildMinutesDocument(meeting, body).blocks.flatMap((b) =>
        b.kind === 'heading' && b.anchor?.startsWith('punkt-') ? [{ anchor: b.anchor, title: inlineText(b.children) }] : [],
      );
      // The anchors are those the document prints, one for every item, and each heading is its item's.
      expect([...anchors.keys()].sort()).toEqual(printed.map((p) => p.anchor).sort());
      expect(new Set(anchors.values())).toEqual(new Set(meeting.agenda.map((i) => i.id)));
      for (const { anchor, title } of printed) {
        const item = meeting.agenda.find((i) => i.id === anchors.get(anchor));
        expect(title).toContain(item?.title.trim());
      }
    }
  });
});

describe('replacing text across runs', () => {
  const runs: DocInline[] = [text('Nummer 811218', { bold: true }), text('-9876 och '), { kind: 'link', url: 'mailto:a@b.example', children: [text('a@b.example')] }];

  it('writes the replacement in the first run and leaves the rest of the text out of the next', () => {
    const out = replaceInInlines(runs, [{ start: 7, end: 18, text: REDACTED_TEXT }]);
    expect(out).toEqual([text('Nummer ', { bold: true }), text(REDACTED_TEXT, { bold: true }), text(' och '), runs[2]]);
  });

  it('unlinks a link whose text was replaced, so its address is gone too', () => {
    const out = replaceInInlines(runs, [{ start: 23, end: 34, text: REDACTED_TEXT }]);
    expect(inlineText(out)).toBe(`Nummer 811218-9876 och ${REDACTED_TEXT}`);
    expect(out.some((i) => i.kind === 'link')).toBe(false);
  });

  it('gathers overlapping replacements: removal wins over a rewrite', () => {
    expect(
      mergeReplacements(
        [
          { start: 0, end: 9, text: 'en person', remove: false },
          { start: 0, end: 24, text: REDACTED_TEXT, remove: true },
          { start: 30, end: 35, text: 'X', remove: false },
        ],
        REDACTED_TEXT,
      ),
    ).toEqual([
      { start: 0, end: 24, text: REDACTED_TEXT },
      { start: 30, end: 35, text: 'X' },
    ]);
  });
});

describe('the helpers of a long paragraph', () => {
  it('drops exactly the spans that share a character with a taken one', () => {
    const spans = [
      { start: 0, end: 4 },
      { start: 5, end: 9 },
      { start: 10, end: 12 },
      { start: 20, end: 30 },
    ];
    expect(withoutOverlaps(spans, [{ start: 3, end: 5 }, { start: 12, end: 20 }, { start: 25, end: 26 }])).toEqual([
      { start: 5, end: 9 },
      { start: 10, end: 12 },
    ]);
  });

  it('finds the sentence around a place, ending at a full stop before a capital or at a line break', () => {
    const text = 'Mötet öppnades. Anna Berg är sjukskriven t.o.m. januari.\nNästa rad';
    const sentences = sentencesOf(text);
    const at = (word: string) => {
      const s = sentences.around(text.indexOf(word));
      return text.slice(s.start, s.end);
    };
    expect(at('öppnades')).toBe('Mötet öppnades.');
    expect(at('sjukskriven')).toBe('Anna Berg är sjukskriven t.o.m. januari.');
    expect(at('rad')).toBe('Nästa rad');
  });
});
