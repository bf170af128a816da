import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument, draftMarker, fileBaseName } from '../../shared/document/build';
import { numberAgenda } from '../../shared/model/agenda';
import type { DocBlock, DocInline, MinutesDocument } from '../../shared/document/model';
import type { Body, CalledPerson, Meeting } from '../../shared/model/domain';
import type { NotesDocument } from '../../shared/notes/schema';
import { allInlines, blockLines, demoMeetings, documentLines, inlineText, lineIndex } from './document-support';

let psn: { meeting: Meeting; body: Body };
let psnDraft: { meeting: Meeting; body: Body };
let lgs: { meeting: Meeting; body: Body };

beforeAll(() => {
  const demo = demoMeetings();
  [psn, psnDraft, lgs] = demo as [typeof psn, typeof psn, typeof psn];
});

function build(x: { meeting: Meeting; body: Body }): MinutesDocument {
  return buildMinutesDocument(x.meeting, x.body);
}

function findBlock(doc: MinutesDocument, predicate: (b: DocBlock) => boolean): DocBlock {
  const block = doc.blocks.find(predicate);
  if (!block) throw new Error('block not found');
  return block;
}

function paragraphStarting(doc: MinutesDocument, start: string): Extract<DocBlock, { kind: 'paragraph' }> {
  return findBlock(doc, (b) => b.kind === 'paragraph' && inlineText(b.children).startsWith(start)) as Extract<
    DocBlock,
    { kind: 'paragraph' }
  >;
}

function textNode(nodes: DocInline[], value: string): Extract<DocInline, { kind: 'text' }> | undefined {
  return nodes.find((n): n is Extract<DocInline, { kind: 'text' }> => n.kind === 'text' && n.text === value);
}

describe('buildMinutesDocument – PSN, approved, attendance as lines, standpoint after presenters', () => {
  it('has title, subtitle, metadata and no draft marker', () => {
    const doc = build(psn);
    expect(doc.lang).toBe('sv-SE');
    expect(doc.title).toBe('Mötesanteckning PSN');
    expect(doc.subtitle).toBe('Politiskt samrådsorgan mellan Kommunförbunden i Norrvik och Region Norrvik');
    expect(doc.author).toBe('Frida Hellström');
    expect(doc.subject).toBe('PSN 2026-10-15');
    expect(doc.fileBaseName).toBe('2026-10-15 Mötesanteckning PSN');
    expect(doc.draftMarker).toBeNull();
  });

  it('starts with the header fields, labels in bold, date in the body style', () => {
    const doc = build(psn);
    const fields = doc.blocks.filter((b) => b.kind === 'paragraph' && b.role === 'field');
    expect(fields.map((b) => blockLines(b)[0])).toEqual([
      'Datum: 15 oktober 2026',
      'Tid: 12.30-15.30',
      'Mötesform: På plats i Regionens hus, Norrvik (Lokal Fyren)',
      'Kallade: Se lista.',
      'Diarienummer: RN 2026-01187',
    ]);
    expect(doc.blocks.slice(0, 4).every((b) => b.kind === 'paragraph' && b.role === 'field')).toBe(true);
    const datum = fields[0] as Extract<DocBlock, { kind: 'paragraph' }>;
    expect(datum.children[0]).toEqual({ kind: 'text', text: 'Datum:', bold: true });
  });

  it('prints the roster by side and category, presiding roles bold, vacant seats as Vakant', () => {
    const doc = build(psn);
    const side = doc.blocks[5];
    // At the top of the outline (no level skipped under the title), printed smaller than an item.
    expect(side).toMatchObject({ kind: 'heading', level: 1, look: 'roster' });
    expect(blockLines(side as DocBlock)[0]).toBe('För de fyra kommunalförbunden (KFN)');
    expect(doc.blocks[6]).toMatchObject({ kind: 'heading', level: 2, look: 'roster' });
    expect(blockLines(doc.blocks[6] as DocBlock)[0]).toBe('Kommunpolitiker');

    const vice = paragraphStarting(doc, 'Maria Ekström');
    expect(vice.role).toBe('person');
    expect(inlineText(vice.children)).toBe('Maria Ekström (S), Kustregionen, vice ordförande');
    expect(textNode(vice.children, 'vice ordförande')?.bold).toBe(true);
    // The party is printed once in parentheses, also when stored as "(S)".
    expect(inlineText(paragraphStarting(doc, 'Oskar Lindqvist').children)).toBe('Oskar Lindqvist (S), Kustregionen');
    expect(textNode(paragraphStarting(doc, 'Frida Hellström').children, 'sekreterare')?.bold).toBe(true);
    expect(textNode(paragraphStarting(doc, 'Birgitta Sjöholm').children, 'ordförande')?.bold).toBe(true);
    // A non-presiding role is not bold.
    expect(allInlines(doc).some((n) => n.kind === 'text' && n.text.includes('ledamot') && n.bold)).toBe(false);
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.role === 'person' && inlineText(b.children) === 'Vakant')).toBe(true);
    // The lines style puts no markers in the roster.
    expect(inlineText(paragraphStarting(doc, 'Rolf Nyström').children)).not.toContain('förhindrad');
  });

  it('numbers the agenda with anchors and prints every attendance line under 1 a)', () => {
    const doc = build(psn);
    const lines = documentLines(doc);
    const agenda = lines.indexOf('Dagordning');
    expect(agenda).toBeGreaterThan(0);
    const item1 = doc.blocks.find((b) => b.kind === 'heading' && b.anchor === 'punkt-1');
    expect(item1 && blockLines(item1)[0]).toBe('1. Mötets öppnande');
    expect(item1).toMatchObject({ level: 1 });
    const sub = doc.blocks.find((b) => b.kind === 'heading' && b.anchor === 'punkt-1a');
    expect(sub).toMatchObject({ level: 2 });
    expect(blockLines(sub as DocBlock)[0]).toBe('a) närvaro/presentation');
    expect(lines).toContain('Mötet öppnades klockan 12.32.');

    const a = lineIndex(lines, 'a) närvaro/presentation');
    const b = lineIndex(lines, 'b) övriga frågor');
    const expected = [
      'Med på länk: Per-Erik Holm (från 13.30), Leila Haddad.',
      'Del av mötet: Henrik Dahl (till 14.45, Camilla Berg (M) ersätter på länk).',
      'Förhinder: Rolf Nyström, Sara Åberg, Helena Strand, Ulla Bergkvist (Mikael Strömberg (L) ersätter).',
      'Frånvarande: Göran Fält (hade ej fått kallelsen).',
    ];
    let previous = a;
    for (const line of expected) {
      const at = lines.indexOf(line);
      expect(at, line).toBeGreaterThan(previous);
      expect(at, line).toBeLessThan(b);
      previous = at;
    }
    const numbers = doc.blocks
      .filter((x): x is Extract<DocBlock, { kind: 'heading' }> => x.kind === 'heading' && x.level === 1 && (x.anchor ?? '').startsWith('punkt-'))
      .map((x) => inlineText(x.children).split('.')[0]);
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
  });

  it('prints sub-topics, type line, presenters, links, then the standpoint, then the notes', () => {
    const doc = build(psn);
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === 'punkt-4');
    const end = doc.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === 'punkt-5');
    const item = doc.blocks.slice(start, end);
    expect(item[1]).toMatchObject({ kind: 'list', ordered: false });
    expect(blockLines(item[1] as DocBlock)).toEqual(['Prioriterade utvecklingsbehov', 'Indikatorer av politiskt intresse']);
    expect(item[2]).toMatchObject({ kind: 'paragraph', role: 'typeLine' });
    expect(blockLines(item[2] as DocBlock)[0]).toBe('Information och dialog (40 minuter, bilaga)');
    expect(item[3]).toMatchObject({ kind: 'paragraph', role: 'presenters' });
    expect(blockLines(item[3] as DocBlock)[0]).toBe('Föredragande: Amra Begić, KFN och Nora Lind, RN.');
    const links = item[4] as Extract<DocBlock, { kind: 'list' }>;
    expect(links.kind).toBe('list');
    expect(links.items[0]?.children[0]).toMatchObject({ kind: 'link', url: 'https://www.regionnorrvik.example/uppfoljning-nara-vard-2026' });
    const standpoint = item[5] as Extract<DocBlock, { kind: 'paragraph' }>;
    expect(standpoint).toMatchObject({ kind: 'paragraph', role: 'standpoint' });
    expect(standpoint.children[0]).toEqual({ kind: 'text', text: 'Ställningstagande: ' });
    expect(standpoint.children[1]).toMatchObject({ kind: 'text', italic: true });
    expect(inlineText(standpoint.children)).toMatch(/^Ställningstagande: Det politiska samrådsorganet PSN noterar informationen\./);
    expect(item[6]).toMatchObject({ kind: 'paragraph', role: 'normal' });
    // The item's task, after the notes.
    const task = item.find((b) => b.kind === 'paragraph' && inlineText(b.children).startsWith('Uppdrag: '));
    expect(task && blockLines(task)[0]).toMatch(/^Uppdrag: Förbereda ett uppdrag .* – Birgitta Sjöholm och Maria Ekström \(presidiet\), senast 12 november 2026/);
  });

  it('prints a guest of an item', () => {
    expect(documentLines(build(psn))).toContain('Gäst: Sofia Rask, utvecklingsledare, Region Norrvik.');
  });

  it('ends with the gathered tasks and the signatures', () => {
    const doc = build(psn);
    const lines = documentLines(doc);
    const tasks = lines.lastIndexOf('Uppdrag');
    expect(tasks).toBeGreaterThan(lineIndex(lines, '12. Övriga frågor'));
    expect(lines[tasks + 1]).toMatch(/\(punkt 4\)$/);
    expect(lines.at(-2)).toBe('Vid anteckningarna: Frida Hellström');
    expect(lines.at(-1)).toBe('Justerat av: Birgitta Sjöholm, PSN ordförande 22 oktober 2026');
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', role: 'signature' });
    // PSN has no summary of standpoints.
    expect(lines).not.toContain('Sammanfattning av ställningstaganden');
  });

  it('marks attendance after the name in the markers style', () => {
    const doc = buildMinutesDocument(psn.meeting, { ...psn.body, attendanceStyle: 'markers' });
    const marker = (name: string) => paragraphStarting(doc, name).children;
    expect(inlineText(marker('Rolf Nyström'))).toBe('Rolf Nyström (S) (förhindrad), Älvdalsregionen');
    expect(textNode(marker('Rolf Nyström'), 'förhindrad')?.italic).toBe(true);
    expect(inlineText(marker('Leila Haddad'))).toContain('(med på länk)');
    expect(inlineText(marker('Göran Fält'))).toContain('(frånvarande, hade ej fått kallelsen)');
    expect(inlineText(marker('Per-Erik Holm'))).toContain('(med på länk från 13.30)');
    expect(inlineText(marker('Henrik Dahl'))).toContain('(till 14.45, Camilla Berg (M) ersätter på länk)');
    expect(inlineText(marker('Ulla Bergkvist'))).toContain('(förhindrad, Mikael Strömberg (L) ersätter)');
    expect(documentLines(doc).some((l) => l.startsWith('Förhinder:'))).toBe(false);
  });
});

describe('buildMinutesDocument – LGS-N, for review, blocks, standpoint at the end, summary', () => {
  it('shows the review marker, ISO dates and the three attendance blocks as a table', () => {
    const doc = build(lgs);
    expect(doc.draftMarker).toBe('För justering – ej justerad');
    expect(documentLines(doc)).toContain('Datum: 2026-11-12');
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table).toBeDefined();
    const rows = (table as Extract<DocBlock, { kind: 'table' }>).rows;
    // Each group's label is the row header of all its rows, printed once.
    const labelCells = rows.map((r) => r[0]).filter((cell) => cell?.header === true);
    expect(labelCells.map((cell) => blockLines(cell?.blocks[0] as DocBlock)[0])).toEqual(['Närvarande', 'Förhindrade', 'Inbjudna']);
    expect(labelCells.reduce((sum, cell) => sum + (cell?.rowSpan ?? 1), 0)).toBe(rows.length);
    expect(rows.every((r) => r.length === (r[0]?.header ? 3 : 2))).toBe(true);
    // One row per person, so a wrapped title stays beside its own name.
    const called = lgs.meeting.calledPersons.filter((p) => (p.kind === 'member' && !p.vacant) || p.kind === 'invitee');
    const substitutes = called.filter((p) => p.attendance.substituteName !== '' && p.attendance.status === 'excused');
    expect(substitutes.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(called.length + substitutes.length);
    // Only the labels are header cells; each row's name is the first cell after the label.
    const names = rows.map((r) => (r[0]?.header ? r.slice(1) : r));
    for (const cells of names) expect(cells[0]?.blocks).toHaveLength(1);
    expect(names.every((cells) => cells.every((c) => !c.header))).toBe(true);
    // Each group's people are the rows its label spans.
    const groups = new Map<string, string[]>();
    let current = '';
    rows.forEach((row, i) => {
      if (row[0]?.header) current = blockLines(row[0].blocks[0] as DocBlock)[0] ?? '';
      groups.set(current, [...(groups.get(current) ?? []), ...(names[i]?.[0]?.blocks.flatMap(blockLines) ?? [])]);
    });
    expect(groups.get('Närvarande')).toContain('Cecilia Hammar, ordförande');
    expect(groups.get('Närvarande')).toContain('Hanna Öberg (med på länk)');
    expect(groups.get('Förhindrade')).toContain('Anna Falk, vice ordförande');
    // The substitute stands among those present, saying whom they replaced.
    expect(groups.get('Närvarande')).toContain('Lisa Ahlström (ersätter Erik Holmberg)');
    expect(groups.get('Inbjudna')).toEqual(['Therese Ahl', 'Bengt Sundin']);
  });

  it('places the standpoint at the end of the item', () => {
    const doc = build(lgs);
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === 'punkt-4');
    const end = doc.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === 'punkt-5');
    const item = doc.blocks.slice(start, end);
    expect(item.at(-1)).toMatchObject({ kind: 'paragraph', role: 'standpoint' });
    expect(item.filter((b) => b.kind === 'paragraph' && b.role === 'standpoint')).toHaveLength(1);
    expect(item.findIndex((b) => b.kind === 'paragraph' && b.role === 'normal')).toBeLessThan(item.length - 1);
  });

  it('gathers the standpoints inside the Sammanfattning item, in agenda order, not typed twice', () => {
    const doc = build(lgs);
    const lines = documentLines(doc);
    const summary = lineIndex(lines, '13. Sammanfattning');
    const tasks = lines.lastIndexOf('Uppdrag');
    const gathered = lines.slice(summary + 1, tasks).filter((l) => l.startsWith('Ställningstagande, punkt'));
    expect(gathered.length).toBeGreaterThan(5);
    expect(gathered[0]).toMatch(/^Ställningstagande, punkt 1 b\) övriga frågor: /);
    const labels = gathered.map((l) => l.replace(/^Ställningstagande, punkt (\d+).*$/, '$1')).map(Number);
    expect([...labels].sort((a, b) => a - b)).toEqual(labels);
    // Each summarised standpoint is the one in its item.
    const item4 = lgs.meeting.agenda.find((i) => i.title.startsWith('Gemensam uppföljning'));
    expect(gathered.some((l) => l.endsWith(item4?.standpoint.trim() ?? '#'))).toBe(true);
    expect(lines).not.toContain('Sammanfattning av ställningstaganden');
  });

  it('uses a heading of its own when the agenda has no Sammanfattning item, and none when the body does not want it', () => {
    const agenda = lgs.meeting.agenda.filter((i) => !i.title.startsWith('Sammanfattning'));
    const withHeading = documentLines(buildMinutesDocument({ ...lgs.meeting, agenda }, lgs.body));
    expect(withHeading).toContain('Sammanfattning av ställningstaganden');
    const without = documentLines(buildMinutesDocument(lgs.meeting, { ...lgs.body, summaryOfStandpoints: false }));
    expect(without.some((l) => l.startsWith('Ställningstagande, punkt'))).toBe(false);
  });

  it('says the minutes are not yet approved in the signature block', () => {
    const lines = documentLines(build(lgs));
    expect(lines.at(-2)).toBe('Vid anteckningarna: Jenny Forslund');
    expect(lines.at(-1)).toBe('Justerat av: Ej justerad (Cecilia Hammar, LGS-N ordförande)');
  });
});

describe('buildMinutesDocument – notes of every kind', () => {
  const notes = {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'fet', format: 1 },
            { type: 'text', text: 'kursiv', format: 2 },
            { type: 'text', text: 'under', format: 8 },
            { type: 'text', text: 'alla', format: 11 },
            { type: 'linebreak' },
            { type: 'tab', text: '\t' },
            { type: 'link', url: 'https://exempel.se/a', children: [{ type: 'text', text: 'länk', format: 0 }] },
            { type: 'autolink', url: 'mailto:a@exempel.se', children: [{ type: 'text', text: 'a@exempel.se', format: 0 }] },
            { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'farlig', format: 0 }] },
          ],
        },
        { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Rubrik ett', format: 0 }] },
        { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Rubrik två', format: 0 }] },
        { type: 'heading', tag: 'h4', children: [{ type: 'text', text: 'Inspel', format: 0 }] },
        { type: 'quote', children: [{ type: 'text', text: 'Ett citat', format: 0 }] },
        { type: 'paragraph', children: [] },
        {
          type: 'list',
          listType: 'bullet',
          start: 1,
          children: [
            { type: 'listitem', children: [{ type: 'text', text: 'yttre', format: 0 }] },
            {
              type: 'listitem',
              children: [
                { type: 'list', listType: 'bullet', start: 1, children: [{ type: 'listitem', children: [{ type: 'text', text: 'inre', format: 0 }] }] },
              ],
            },
          ],
        },
        { type: 'list', listType: 'number', start: 1, children: [{ type: 'listitem', children: [{ type: 'text', text: 'ett', format: 0 }] }] },
        {
          type: 'list',
          listType: 'check',
          start: 1,
          children: [
            { type: 'listitem', checked: true, children: [{ type: 'text', text: 'klart', format: 0 }] },
            { type: 'listitem', checked: false, children: [{ type: 'text', text: 'inte klart', format: 0 }] },
          ],
        },
        {
          type: 'table',
          children: [
            {
              type: 'tablerow',
              children: [
                { type: 'tablecell', headerState: 2, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'När', format: 0 }] }] },
                { type: 'tablecell', headerState: 2, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Vad', format: 0 }] }] },
              ],
            },
            {
              type: 'tablerow',
              children: [
                { type: 'tablecell', headerState: 0, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Våren 2027', format: 0 }] }] },
                { type: 'tablecell', headerState: 0, children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dialog', format: 0 }] }] },
              ],
            },
          ],
        },
      ],
    },
  } as unknown as NotesDocument;

  /** The blocks of `doc` as the notes of item 1, or of its sub-item 1 a). */
  function notesBlocksOf(doc: NotesDocument, under: 'item' | 'subItem' = 'item'): DocBlock[] {
    const base = { ...psn.meeting.agenda[0]!, parentId: null, position: 0, title: 'Test', topics: [], presenters: [], links: [], standpoint: '', notes: doc, kind: 'other' as const, minutes: null, attachment: false };
    const agenda = under === 'item' ? [{ ...base, id: 9999 }] : [{ ...base, id: 9998, notes: null }, { ...base, id: 9999, parentId: 9998 }];
    const meeting: Meeting = { ...psn.meeting, openedAt: null, agenda, tasks: [], calledPersons: [] };
    const built = buildMinutesDocument(meeting, psn.body);
    const start = built.blocks.findIndex((b) => b.kind === 'heading' && b.anchor === (under === 'item' ? 'punkt-1' : 'punkt-1a'));
    const end = built.blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'signature');
    return built.blocks.slice(start + 1, end);
  }

  it('renders paragraphs with formats, line breaks, tabs and safe links only', () => {
    const blocks = notesBlocksOf(notes);
    const first = blocks[0] as Extract<DocBlock, { kind: 'paragraph' }>;
    expect(first.children).toEqual([
      { kind: 'text', text: 'fet', bold: true },
      { kind: 'text', text: 'kursiv', italic: true },
      { kind: 'text', text: 'under', underline: true },
      { kind: 'text', text: 'alla', bold: true, italic: true, underline: true },
      { kind: 'break' },
      { kind: 'text', text: '\t' },
      { kind: 'link', url: 'https://exempel.se/a', children: [{ kind: 'text', text: 'länk' }] },
      { kind: 'link', url: 'mailto:a@exempel.se', children: [{ kind: 'text', text: 'a@exempel.se' }] },
      { kind: 'text', text: 'farlig' },
    ]);
  });

  it('maps headings, quotes, nested and check lists and tables', () => {
    const blocks = notesBlocksOf(notes);
    // Real headings: the largest kind one level below the item (a heading 1), each smaller kind one more.
    expect(blocks[1]).toEqual({ kind: 'heading', level: 2, children: [{ kind: 'text', text: 'Rubrik ett' }], anchor: null });
    expect(blocks[2]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[3]).toEqual({ kind: 'heading', level: 4, children: [{ kind: 'text', text: 'Inspel' }], anchor: null });
    // Under a sub-item (a heading 2) one level further down, within the outline's four.
    const levels = (doc: NotesDocument, under: 'item' | 'subItem') =>
      notesBlocksOf(doc, under).flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
    expect(levels(notes, 'subItem')).toEqual([3, 4, 4]);
    // The toolbar's "Rubrik" (an h3) alone, or an h4 before an h2 from a paste: still no level skipped.
    const headingsOf = (...tags: string[]) =>
      ({ root: { ...notes.root, children: tags.map((tag) => ({ type: 'heading', tag, children: [{ type: 'text', text: tag, format: 0 }] })) } }) as unknown as NotesDocument;
    expect(levels(headingsOf('h3', 'h3'), 'item')).toEqual([2, 2]);
    expect(levels(headingsOf('h4', 'h2', 'h4'), 'item')).toEqual([2, 2, 3]);
    expect(blocks[4]).toEqual({ kind: 'quote', children: [{ kind: 'text', text: 'Ett citat' }] });
    // The empty paragraph is dropped.
    expect(blocks[5]).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          children: [{ kind: 'text', text: 'yttre' }],
          sublist: { kind: 'list', ordered: false, items: [{ children: [{ kind: 'text', text: 'inre' }], sublist: null }] },
        },
      ],
    });
    expect(blocks[6]).toMatchObject({ kind: 'list', ordered: true });
    expect(blockLines(blocks[7] as DocBlock)).toEqual(['☑ klart', '☐ inte klart']);
    const table = blocks[8] as Extract<DocBlock, { kind: 'table' }>;
    expect(table.kind).toBe('table');
    expect(table.rows.map((r) => r.map((c) => c.header))).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(blockLines(table)).toEqual(['När', 'Vad', 'Våren 2027', 'Dialog']);
    expect(blocks).toHaveLength(9);
  });
});

describe('buildMinutesDocument – edge cases', () => {
  it('never prints "undefined" or "null", also for an almost empty meeting', () => {
    const bare: Meeting = {
      ...psnDraft.meeting,
      title: '',
      subtitle: '',
      startTime: '',
      endTime: '',
      meetingForm: '',
      place: '',
      calledText: '',
      diaryNumber: '',
      secretaryName: '',
      openedAt: null,
      reviewers: [],
      agenda: psnDraft.meeting.agenda.map((i) => ({ ...i, title: '', presenters: [], links: [], standpoint: '', notes: null })),
      tasks: [{ id: 1, itemId: null, what: 'Något', owner: '', deadline: null, done: false }],
    };
    const docs = [build(psn), build(psnDraft), build(lgs), buildMinutesDocument(bare, { ...psnDraft.body, name: '', documentTitle: '' })];
    for (const doc of docs) {
      const texts = [doc.title, doc.subtitle, doc.author, doc.subject, doc.fileBaseName, doc.draftMarker ?? '', ...documentLines(doc)];
      for (const node of allInlines(doc)) if (node.kind === 'link') texts.push(node.url);
      for (const t of texts) {
        expect(t).not.toMatch(/undefined|null|NaN|\[object/);
      }
    }
    const bareDoc = docs[3] as MinutesDocument;
    expect(bareDoc.title).toBe('Mötesanteckning PSN');
    expect(documentLines(bareDoc)).toContain('Kallade: Se lista.');
    expect(documentLines(bareDoc)).toContain('Vid anteckningarna:');
    expect(documentLines(bareDoc)).toContain('Justerat av: Ej justerad');
  });

  it('prints the attendance lines after the roster when there is no agenda', () => {
    const lines = documentLines(buildMinutesDocument({ ...psn.meeting, agenda: [] }, psn.body));
    expect(lines.indexOf('Med på länk: Per-Erik Holm (från 13.30), Leila Haddad.')).toBeGreaterThan(lines.indexOf('Vakant'));
    expect(lines.indexOf('Med på länk: Per-Erik Holm (från 13.30), Leila Haddad.')).toBeLessThan(lines.indexOf('Dagordning'));
  });

  it('marks drafts and reviews, not approved minutes', () => {
    expect(build(psnDraft).draftMarker).toBe('UTKAST – ej justerad');
    expect(draftMarker('draft')).toBe('UTKAST – ej justerad');
    expect(draftMarker('review')).toBe('För justering – ej justerad');
    expect(draftMarker('approved')).toBeNull();
  });

  it('makes file names safe for every file system', () => {
    expect(fileBaseName('2023-11-23', 'Mötesanteckning SRO')).toBe('2023-11-23 Mötesanteckning SRO');
    expect(fileBaseName('2023-11-23', 'Möte: a/b\\c? "x" <y> |z*.')).toBe('2023-11-23 Möte- a-b-c- -x- -y- -z-');
    expect(fileBaseName('2023-11-23', '   ')).toBe('2023-11-23');
    expect(Buffer.byteLength(fileBaseName('2023-11-23', 'x'.repeat(400)))).toBeLessThanOrEqual(200);
  });

  it('does not repeat the place when the meeting form already names it', () => {
    const fieldOf = (meetingForm: string, place: string) =>
      documentLines(buildMinutesDocument({ ...psn.meeting, meetingForm, place }, psn.body)).find((l) => l.startsWith('Mötesform:'));
    expect(fieldOf('Hybrid, Teams och lokal Bommen', 'Bommen')).toBe('Mötesform: Hybrid, Teams och lokal Bommen');
    expect(fieldOf('Hybrid', 'Stationshuset')).toBe('Mötesform: Hybrid, Stationshuset');
    expect(fieldOf('', 'Stationshuset')).toBe('Mötesform: Stationshuset');
  });

  it('prints a partial attendance with both times and a vacant seat in the blocks style is left out', () => {
    const person = psn.meeting.calledPersons.find((p) => p.name === 'Per-Erik Holm') as CalledPerson;
    const both: CalledPerson = { ...person, attendance: { ...person.attendance, status: 'present', arrivedAt: '13.30', leftAt: '14.10' } };
    const meeting = { ...psn.meeting, calledPersons: psn.meeting.calledPersons.map((p) => (p.id === person.id ? both : p)) };
    expect(documentLines(buildMinutesDocument(meeting, psn.body))).toContain(
      'Del av mötet: Per-Erik Holm (från 13.30 till 14.10), Henrik Dahl (till 14.45, Camilla Berg (M) ersätter på länk).',
    );
    const blocks = documentLines(buildMinutesDocument(psn.meeting, { ...psn.body, attendanceStyle: 'blocks' }));
    expect(blocks).not.toContain('Vakant');
  });
});

describe('buildMinutesDocument – the opening and closing times of live mode', () => {
  /** PSN with item 1 given a type line and a presenter, and the meeting closed at 15.28. */
  function withTimes(closedAt: string | null): Meeting {
    const first = numberAgenda(psn.meeting.agenda)[0]?.item;
    if (!first) throw new Error('PSN saknar punkt 1.');
    return {
      ...psn.meeting,
      closedAt,
      agenda: psn.meeting.agenda.map((i) =>
        i.id === first.id ? { ...i, kind: 'information' as const, minutes: 5, presenters: [{ name: 'Birgitta Sjöholm', organisation: 'RN' }] } : i,
      ),
    };
  }

  it('prints "Mötet öppnades klockan" under item 1\'s type line and presenters, before its sub-items', () => {
    const lines = documentLines(buildMinutesDocument(withTimes(null), psn.body));
    const heading = lineIndex(lines, '1. Mötets öppnande');
    const type = lineIndex(lines, 'Information (5 minuter)');
    const presenters = lineIndex(lines, 'Föredragande: Birgitta Sjöholm, RN.');
    const opened = lineIndex(lines, 'Mötet öppnades klockan 12.32.');
    const subItem = lineIndex(lines, 'a) närvaro/presentation');
    expect(heading).toBeLessThan(type);
    expect(type).toBeLessThan(presenters);
    expect(opened).toBe(presenters + 1);
    expect(opened).toBeLessThan(subItem);
    expect(lines.filter((l) => l.startsWith('Mötet avslutades'))).toEqual([]);
  });

  it('prints "Mötet avslutades klockan" at the end of the last item, before the gathered tasks and signatures', () => {
    const doc = buildMinutesDocument(withTimes('15.28'), psn.body);
    const lines = documentLines(doc);
    const closed = lineIndex(lines, 'Mötet avslutades klockan 15.28.');
    const lastHeading = [...doc.blocks].reverse().find((b) => b.kind === 'heading' && (b.anchor ?? '').startsWith('punkt-'));
    if (!lastHeading) throw new Error('Inga punkter.');
    expect(closed).toBeGreaterThan(lineIndex(lines, blockLines(lastHeading)[0] ?? ''));
    expect(closed).toBeLessThan(lines.indexOf('Uppdrag'));
    expect(closed).toBeLessThan(lines.findIndex((l) => l.startsWith('Vid anteckningarna:')));
    // Nothing of the last item follows the closing line.
    const closingBlock = doc.blocks.findIndex((b) => b.kind === 'paragraph' && inlineText(b.children) === 'Mötet avslutades klockan 15.28.');
    expect(doc.blocks[closingBlock + 1]).toMatchObject({ kind: 'heading', anchor: 'uppdrag' });
  });

  it('prints the closing time after "Dagordning" when the agenda is empty', () => {
    const doc = buildMinutesDocument({ ...psn.meeting, agenda: [], tasks: [], closedAt: '15.28' }, psn.body);
    const lines = documentLines(doc);
    expect(lineIndex(lines, 'Mötet avslutades klockan 15.28.')).toBe(lineIndex(lines, 'Dagordning') + 1);
  });
});
