import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutesDocument } from '../../shared/document/build';
import type { DocBlock, MinutesDocument } from '../../shared/document/model';
import { numberAgenda } from '../../shared/model/agenda';
import type { Body, Meeting } from '../../shared/model/domain';
import { blockLines, demoMeetings, documentLines, inlineText, lineIndex } from './document-support';

/** A body's layout settings: numbered items or plain headings, the "Dagordning" heading on or off. */

let psn: { meeting: Meeting; body: Body };
let lgs: { meeting: Meeting; body: Body };

beforeAll(() => {
  const demo = demoMeetings();
  psn = demo[0] as typeof psn;
  lgs = demo[2] as typeof lgs;
});

type Heading = Extract<DocBlock, { kind: 'heading' }>;

function itemHeadings(doc: MinutesDocument): Heading[] {
  return doc.blocks.filter((b): b is Heading => b.kind === 'heading' && (b.anchor ?? '').startsWith('punkt-'));
}

function unnumbered(x: { meeting: Meeting; body: Body }, body: Partial<Body> = {}): MinutesDocument {
  return buildMinutesDocument(x.meeting, { ...x.body, numberedItems: false, ...body });
}

describe('minutes of a body that writes plain headings', () => {
  it('prints each item and sub-item as its title alone, with unique anchors still', () => {
    const doc = unnumbered(psn);
    const headings = itemHeadings(doc);
    const entries = numberAgenda(psn.meeting.agenda);
    expect(headings.map((h) => inlineText(h.children))).toEqual(entries.map((e) => e.item.title.trim()));
    for (const h of headings) expect(inlineText(h.children)).not.toMatch(/^(\d+\.|[a-z]\))/);
    expect(headings.map((h) => h.level)).toEqual(entries.map((e) => (e.depth === 0 ? 1 : 2)));
    const anchors = headings.map((h) => h.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(documentLines(doc)).toContain('Mötets öppnande');
    expect(documentLines(doc)).toContain('närvaro/presentation');
    // The Dagordning heading is a setting of its own.
    expect(documentLines(doc)).toContain('Dagordning');
  });

  it('names the item of a task by its title, a sub-item after its parent, instead of "(punkt 4)"', () => {
    const entries = numberAgenda(psn.meeting.agenda);
    const item4 = entries.find((e) => e.number === '4');
    const sub = entries.find((e) => e.depth === 1);
    if (!item4 || !sub) throw new Error('PSN saknar punkt 4 eller en underpunkt');
    const task = { ...psn.meeting.tasks[0]!, id: 9999, itemId: sub.item.id, what: 'Skicka närvarolistan' };
    const doc = unnumbered({ meeting: { ...psn.meeting, tasks: [...psn.meeting.tasks, task] }, body: psn.body });
    const lines = documentLines(doc);
    const gathered = lines.slice(lines.lastIndexOf('Uppdrag') + 1);
    expect(gathered.some((l) => l.endsWith(`(${item4.item.title.trim()})`))).toBe(true);
    expect(gathered.some((l) => l.startsWith('Skicka närvarolistan') && l.endsWith(`(${sub.parentTitle} – ${sub.item.title.trim()})`))).toBe(true);
    expect(gathered.some((l) => /\(punkt \d+( [a-z]\))?\)$/.test(l))).toBe(false);
  });

  it('names the items of the Sammanfattning by their titles, without "punkt 1 b)"', () => {
    const doc = unnumbered(lgs);
    const lines = documentLines(doc);
    const summary = lineIndex(lines, 'Sammanfattning');
    expect(summary).toBeGreaterThan(0);
    const gathered = lines.slice(summary + 1).filter((l) => l.startsWith('Ställningstagande, '));
    expect(gathered.length).toBeGreaterThan(5);
    // The standpoints' own words may mention an item; the name before the colon is the builder's.
    expect(gathered.some((l) => /^Ställningstagande, punkt \d/.test(l))).toBe(false);
    const other = numberAgenda(lgs.meeting.agenda).find((e) => e.number === '1 b)');
    expect(gathered[0]).toMatch(new RegExp(`^Ställningstagande, ${other?.parentTitle} – ${other?.item.title.trim()}: `));
    const item4 = numberAgenda(lgs.meeting.agenda).find((e) => e.number === '4');
    expect(gathered.some((l) => l.startsWith(`Ställningstagande, ${item4?.item.title.trim()}: `))).toBe(true);
  });

  it('leaves out the Dagordning heading when the body does not want it, numbered or not', () => {
    for (const numberedItems of [true, false]) {
      const doc = buildMinutesDocument(psn.meeting, { ...psn.body, numberedItems, agendaHeading: false });
      const lines = documentLines(doc);
      expect(lines).not.toContain('Dagordning');
      // The items follow the roster directly.
      const first = itemHeadings(doc)[0];
      expect(first && blockLines(first)[0]).toBe(numberedItems ? '1. Mötets öppnande' : 'Mötets öppnande');
    }
    expect(documentLines(build(psn))).toContain('Dagordning');
  });

  it('never prints an empty heading for an item without a title', () => {
    const agenda = psn.meeting.agenda.map((i, index) => (index === 0 ? { ...i, title: '  ' } : i));
    const doc = unnumbered({ meeting: { ...psn.meeting, agenda }, body: psn.body });
    expect(itemHeadings(doc).every((h) => inlineText(h.children).trim() !== '')).toBe(true);
    expect(itemHeadings(doc).map((h) => inlineText(h.children))).toContain('Namnlös punkt');
  });

  it('keeps the numbers, in headings, tasks and summary, for a body that numbers its items', () => {
    const lines = documentLines(build(lgs));
    expect(lines).toContain('1. Mötets öppnande');
    expect(lines.some((l) => l.startsWith('Ställningstagande, punkt 1 b) '))).toBe(true);
    expect(documentLines(build(psn)).some((l) => /\(punkt 4\)$/.test(l))).toBe(true);
  });
});

function build(x: { meeting: Meeting; body: Body }): MinutesDocument {
  return buildMinutesDocument(x.meeting, x.body);
}
