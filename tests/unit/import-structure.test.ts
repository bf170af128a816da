import { describe, expect, it } from 'vitest';
import { recogniseMinutes } from '../../shared/import/recognise';
import type { SourceDocument, SourceParagraph, SourceRun } from '../../shared/import/source';

/** Source documents as the Word and PDF readers hand them over: styles, automatic numbering, tables, runs. */

let nextId = 0;
const run = (text: string, look: Partial<SourceRun> = {}): SourceRun => ({ text, bold: false, italic: false, href: null, ...look });
const para = (runs: string | SourceRun[], extra: Partial<SourceParagraph> = {}): SourceParagraph => ({
  type: 'paragraph',
  id: nextId++,
  runs: typeof runs === 'string' ? [run(runs)] : runs,
  heading: null,
  list: null,
  page: null,
  ...extra,
});
const doc = (blocks: SourceDocument['blocks']): SourceDocument => ({ name: 'Styrgruppen 2025-02-04.docx', format: 'docx', blocks });

describe('a roster in a two-column table', () => {
  it('reads each column from top to bottom, one side per column, never across', () => {
    const source = doc([
      para('Mötesanteckning', { heading: 0 }),
      para('Datum: 4 februari 2025'),
      {
        type: 'table',
        id: nextId++,
        rows: [
          [[para('Region')], [para('Kommun')]],
          [[para('Berit Sand (S), ordförande')], [para('Lars Ekholm (M), Åsby kommun')]],
          [[para('Kim Roos (V)')], [para('Tove Lind (C), Norrby kommun (förhindrad)')]],
        ],
      },
      para('Mötets öppnande', { heading: 1, list: { ordered: true, level: 0, marker: '1.' } }),
      para('Budget', { heading: 1, list: { ordered: true, level: 0, marker: '2.' } }),
    ]);
    const { draft } = recogniseMinutes(source);
    const sides = draft.file.body.sides.map((s) => [s.name, s.categories.flatMap((c) => c.members.map((m) => m.name))]);
    expect(sides).toEqual([
      ['Region', ['Berit Sand', 'Kim Roos']],
      ['Kommun', ['Lars Ekholm', 'Tove Lind']],
    ]);
    const tove = draft.file.meeting.calledPersons.find((p) => p.name === 'Tove Lind');
    expect(tove).toMatchObject({ organisation: 'Norrby kommun', attendance: { status: 'excused' } });
    expect(draft.file.body.attendanceStyle).toBe('markers');
    // Word's automatic numbering: the number is in the list marker, not in the text.
    expect(draft.file.meeting.agenda.map((i) => i.title)).toEqual(['Mötets öppnande', 'Budget']);
    expect(draft.file.body.numberedItems).toBe(true);
  });
});

describe('a plain called list', () => {
  it('reads "Kallade:" with the names on one line, and under a "Kallade" heading', () => {
    const oneLine = recogniseMinutes(
      doc([para('Minnesanteckningar'), para('Datum: 2025-02-04'), para('Kallade: Berit Sand (S), Kim Roos (V), Lars Ekholm (M)'), para('1. Mötets öppnande'), para('2. Budget')]),
    );
    expect(oneLine.draft.file.meeting.calledPersons.map((p) => [p.name, p.party])).toEqual([
      ['Berit Sand', '(S)'],
      ['Kim Roos', '(V)'],
      ['Lars Ekholm', '(M)'],
    ]);
    expect(oneLine.draft.file.meeting.calledText).toBe('');

    const heading = recogniseMinutes(
      doc([para('Minnesanteckningar'), para('Datum: 2025-02-04'), para('Kallade'), para('Berit Sand, Region Skogslandet'), para('Kim Roos, Åsby kommun'), para('1. Mötets öppnande'), para('2. Budget')]),
    );
    expect(heading.draft.file.meeting.calledPersons.map((p) => [p.name, p.organisation])).toEqual([
      ['Berit Sand', 'Region Skogslandet'],
      ['Kim Roos', 'Åsby kommun'],
    ]);
  });
});

describe('notes with their look', () => {
  it('keeps bold, italic, links, lists and a table of the notes, and escapes what only looks like Markdown', () => {
    const { draft } = recogniseMinutes(
      doc([
        para('Minnesanteckningar'),
        para('Datum: 2025-02-04'),
        para('1. Budget'),
        para([run('Utfallet är '), run('positivt', { bold: true }), run(' enligt '), run('rapporten', { italic: true, href: 'https://example.org/r.pdf' }), run(' *inte* slutlig.')]),
        para('Kostnader', { list: { ordered: false, level: 0, marker: '' } }),
        para('Intäkter', { list: { ordered: false, level: 1, marker: '' } }),
        { type: 'table', id: nextId++, rows: [[[para('År')], [para('Utfall')]], [[para('2024')], [para('5 613 tkr')]]] },
        para('2. Övriga frågor'),
      ]),
    );
    expect(draft.file.meeting.agenda[0]?.notesMarkdown).toBe(
      [
        'Utfallet är **positivt** enligt [*rapporten*](https://example.org/r.pdf) \\*inte\\* slutlig.',
        '',
        '- Kostnader',
        '   - Intäkter',
        '',
        '| År | Utfall |',
        '| --- | --- |',
        '| 2024 | 5 613 tkr |',
      ].join('\n'),
    );
  });
});
