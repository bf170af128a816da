import { describe, expect, it } from 'vitest';
import { $getRoot, $parseSerializedNode, type SerializedLexicalNode } from 'lexical';
import { createNotesHeadlessEditor } from '../../shared/notes/lexical/headless';
import { MAX_NESTING, plainTextToNotesBlocks } from '../../shared/notes/plainText';
import { notesDocumentSchema, type BlockNodeJson, type InlineNodeJson, type ListNodeJson } from '../../shared/notes/schema';
import { notes } from '../../shared/notes/build';
import { mailText } from '../e2e/mail-text';

// Plain text pasted from an e-mail or Notepad, as notes blocks: what the
// secretary sees after pasting, written short ("p:" a paragraph, "b:" a bold
// one, lists as { number: start, items } / { bullet: items }).

type Shape = string | { bullet: Shape[] } | { number: number; items: Shape[] };

function inlineText(nodes: InlineNodeJson[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'tab' ? '⇥' : n.type === 'linebreak' ? '⏎' : inlineText(n.children))).join('');
}

function listShape(list: ListNodeJson): Shape {
  const items: Shape[] = [];
  for (const item of list.children) {
    const nested = item.children.find((c): c is ListNodeJson => c.type === 'list');
    items.push(nested ? listShape(nested) : inlineText(item.children as InlineNodeJson[]));
  }
  return list.listType === 'number' ? { number: list.start, items } : { bullet: items };
}

function shape(blocks: BlockNodeJson[]): Shape[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return `${block.children.every((c) => c.type === 'text' && (c.format & 1) === 1) ? 'b' : 'p'}: ${inlineText(block.children)}`;
      case 'list':
        return listShape(block);
      default:
        return block.type;
    }
  });
}

const read = (text: string): Shape[] => shape(plainTextToNotesBlocks(text));

/** Greedy wrapping, as a mail program sends plain text. */
function wrap(paragraph: string, width = 72, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join('\n');
}

const LAGSTIFTNING =
  'Lagstiftning – vi behöver se över hur den nya lagen om samordnad individuell plan påverkar samverkan mellan kommunerna och regionen, och vem som kallar till mötena.';
const ESKALERING =
  'Eskaleringsmodell – en modell för hur frågor som inte kan lösas lokalt lyfts till rätt nivå tas fram under våren och redovisas på nästa möte i samrådsorganet.';
const INTRO =
  'Här kommer mina anteckningar från gårdagens möte i arbetsgruppen, som underlag till punkt 4 på dagordningen. Säg till om något saknas eller behöver rättas.';

/** An e-mail as Outlook or Thunderbird sends it: wrapped at 72, paragraphs apart, a list with a break in its numbering. */
const EMAIL = mailText([
  wrap(INTRO),
  '',
  wrap(`1. ${LAGSTIFTNING}`),
  '- Förslaget remitteras till kommunerna.',
  '- Svar senast den 15 mars.',
  wrap(`2. ${ESKALERING}`),
]);

describe('plain text pasted into the notes', () => {
  it('an e-mail: wrapped lines joined, blank lines only separate, the second numbered list starts at 2, short lines stay lines', () => {
    expect(EMAIL.split('\r\n').filter((l) => l.length > 60).length).toBeGreaterThanOrEqual(3);
    expect(read(EMAIL)).toEqual([
      'p: Hej Eva,',
      `p: ${INTRO}`,
      { number: 1, items: [LAGSTIFTNING] },
      { bullet: ['Förslaget remitteras till kommunerna.', 'Svar senast den 15 mars.'] },
      { number: 2, items: [ESKALERING] },
      'p: Med vänlig hälsning',
      'p: Anna Andersson',
      'p: Kommunförbundet Norra',
    ]);
  });

  it('never stores an empty paragraph, whatever the blank lines (spaces, tabs, CR, LF)', () => {
    const blocks = plainTextToNotesBlocks('\n\nEtt\r\n\r\n \t \n\n\rTvå\r\r\n\n');
    expect(shape(blocks)).toEqual(['p: Ett', 'p: Två']);
    expect(plainTextToNotesBlocks('\n \n\t\n')).toEqual([]);
  });

  it('text that was never wrapped (Notepad): every line its own paragraph, however long', () => {
    const long = `${INTRO} ${INTRO}`;
    expect(read(`${long}\n${long}\nKort rad.\n${ESKALERING}`)).toEqual([`p: ${long}`, `p: ${long}`, 'p: Kort rad.', `p: ${ESKALERING}`]);
  });

  it('a list of short lines stays lines, also in a wrapped e-mail', () => {
    const text = `${wrap(INTRO)}\n\nNärvarande:\nAnna Andersson, Kommunförbundet Norra\nBertil Berg, Region Norrvik\nCecilia Ek, Storstad`;
    expect(read(text)).toEqual([
      `p: ${INTRO}`,
      'p: Närvarande:',
      'p: Anna Andersson, Kommunförbundet Norra',
      'p: Bertil Berg, Region Norrvik',
      'p: Cecilia Ek, Storstad',
    ]);
  });

  it('"-", "–", "•" and "*" make bullet items; "1." and "2)" numbered items that keep their start number', () => {
    expect(read('- ett\n– två\n• tre\n* fyra')).toEqual([{ bullet: ['ett', 'två', 'tre', 'fyra'] }]);
    expect(read('1) ett\n2) två')).toEqual([{ number: 1, items: ['ett', 'två'] }]);
    expect(read('3. Tre\n4. Fyra')).toEqual([{ number: 3, items: ['Tre', 'Fyra'] }]);
    expect(read('2. Eskaleringsmodell')).toEqual([{ number: 2, items: ['Eskaleringsmodell'] }]);
    // Items stay one list across blank lines; a paragraph ends it.
    expect(read('1. Ett\n\n2. Två\n\nSlut.\n3. Tre')).toEqual([{ number: 1, items: ['Ett', 'Två'] }, 'p: Slut.', { number: 3, items: ['Tre'] }]);
  });

  it('what only looks like a marker stays text', () => {
    expect(read('-ett\n2023-12-01 möte\n1.5 miljoner kronor\n*viktigt*\n12.00 lunch\n1000. tusen')).toEqual([
      'p: -ett',
      'p: 2023-12-01 möte',
      'p: 1.5 miljoner kronor',
      'p: *viktigt*',
      'p: 12.00 lunch',
      'p: 1000. tusen',
    ]);
  });

  it('indentation nests lists; each nested numbered list keeps its own numbering', () => {
    const text = ['1. Huvudpunkt', '   - under ett', '   - under två', '2. Andra', '    3. inre tre', '    4. inre fyra', '        - djupast', '3. Tredje'].join('\n');
    expect(read(text)).toEqual([
      {
        number: 1,
        items: [
          'Huvudpunkt',
          { bullet: ['under ett', 'under två'] },
          'Andra',
          { number: 3, items: ['inre tre', 'inre fyra', { bullet: ['djupast'] }] },
          'Tredje',
        ],
      },
    ]);
  });

  it(`nests at most ${MAX_NESTING} levels`, () => {
    const text = Array.from({ length: 20 }, (_, i) => `${' '.repeat(i * 2)}- nivå ${i + 1}`).join('\n');
    const blocks = plainTextToNotesBlocks(text);
    let depth = 0;
    let list: ListNodeJson | undefined = blocks[0] as ListNodeJson;
    while (list) {
      depth++;
      list = list.children.flatMap((item) => item.children).find((c): c is ListNodeJson => c.type === 'list');
    }
    expect(depth).toBe(MAX_NESTING);
    expect(JSON.stringify(blocks)).toContain('nivå 20');
  });

  it('a wrapped item goes on on the next line, indented or not', () => {
    const item = 'Vi vill kunna följa kvalitet och kostnader över tid. Hur kan vi göra detta redan i dag, utan nya system?';
    expect(read(`${wrap(INTRO)}\n\n${wrap(`- ${item}`)}\n- Kort.`)).toEqual([`p: ${INTRO}`, { bullet: [item, 'Kort.'] }]);
    expect(read(`${wrap(INTRO)}\n\n${wrap(`- ${item}`, 72, '  ')}\n- Kort.`)).toEqual([`p: ${INTRO}`, { bullet: [item, 'Kort.'] }]);
    // A short item is not wrapped: the line after it is a paragraph.
    expect(read('- Ett\n- Två\nOrdföranden sammanfattade.')).toEqual([{ bullet: ['Ett', 'Två'] }, 'p: Ordföranden sammanfattade.']);
  });

  it('"Inspel" on its own line before a list is a bold label, as the "/" block makes it; a lead-in sentence is not', () => {
    expect(read('Inspel\n\n- Vi vill kunna följa kvalitet.\n- Kan vi utveckla indikatorerna?')).toEqual([
      'b: Inspel',
      { bullet: ['Vi vill kunna följa kvalitet.', 'Kan vi utveckla indikatorerna?'] },
    ]);
    expect(read('Frågor och svar\n1. Hur?')).toEqual(['b: Frågor och svar', { number: 1, items: ['Hur?'] }]);
    expect(read('Beslut på styrelsemötet den 7 mars:\n- Ett förslag tas fram.')[0]).toBe('p: Beslut på styrelsemötet den 7 mars:');
    expect(read('Vi diskuterade frågan.\n- Ett')[0]).toBe('p: Vi diskuterade frågan.');
    expect(read('Inspel\n\nVi fick många inspel.')).toEqual(['p: Inspel', 'p: Vi fick många inspel.']);
  });

  it('pasted into a list, lines are items of it, as they were before', () => {
    expect(shape(plainTextToNotesBlocks('Glesbygden har andra utmaningar.\nRättvisa är inte alltid att göra lika.', 'bullet'))).toEqual([
      { bullet: ['Glesbygden har andra utmaningar.', 'Rättvisa är inte alltid att göra lika.'] },
    ]);
    expect(shape(plainTextToNotesBlocks('Ett\n\n1. Två\n\nTre', 'bullet'))).toEqual([{ bullet: ['Ett'] }, { number: 1, items: ['Två'] }, { bullet: ['Tre'] }]);
  });

  it('keeps tabs as tabs', () => {
    const blocks = plainTextToNotesBlocks('Period\tAktivitet');
    expect(shape(blocks)).toEqual(['p: Period⇥Aktivitet']);
  });

  it('is stored as the editor itself would store it: valid notes, and unchanged through a Lexical editor', () => {
    const blocks = plainTextToNotesBlocks(`Inspel\n\n${EMAIL}\n1. A\n   - a\n     1. i\n2. B\n\tflik`);
    const doc = notes(...blocks);
    expect(notesDocumentSchema.safeParse(doc).success).toBe(true);
    const editor = createNotesHeadlessEditor('test');
    editor.update(() => {
      $getRoot().clear().append(...blocks.map((b) => $parseSerializedNode(b as unknown as SerializedLexicalNode)));
    }, { discrete: true });
    expect(JSON.parse(JSON.stringify(editor.getEditorState().toJSON().root.children))).toEqual(blocks);
  });

  it('reads 5 MB of e-mail in linear time', () => {
    const chunk = `${wrap(INTRO)}\n\n${wrap(`1. ${LAGSTIFTNING}`)}\n- Ett\n- Två\n${wrap(`2. ${ESKALERING}`)}\n\n`;
    const small = chunk.repeat(Math.ceil(1024 * 1024 / chunk.length));
    const large = small.repeat(5);
    const time = (text: string) => {
      const started = performance.now();
      const blocks = plainTextToNotesBlocks(text);
      return { ms: performance.now() - started, blocks: blocks.length };
    };
    time(small);
    const one = time(small);
    const five = time(large);
    expect(five.blocks).toBe(one.blocks * 5);
    // Linear: five times the text takes about five times as long (quadratic would be 25).
    expect(five.ms).toBeLessThan(Math.max(12 * one.ms, 1500));
  });
});
