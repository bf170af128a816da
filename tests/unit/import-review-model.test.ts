import { describe, expect, it } from 'vitest';
import type { ImportLine, LineKind, LineReading } from '../../shared/import/reading';
import { changeKind, groupLines, groupOf, itemChoices, moveToItem, neighbourItem, notesByLine } from '../../renderer/import/review-model';
import { readingProgress, refusalBeforeReading, savableWithoutNotes, summaryText, waitingFile, type ImportFile } from '../../renderer/import/import-files-model';
import { MAX_IMPORT_BYTES } from '../../shared/import/source';
import type { Recognised } from '../../shared/import/recognise';
import { importHref, parseRoute } from '../../renderer/app/router';

const line = (index: number, text: string): ImportLine => ({ index, sourceIds: [index], text, runs: [], heading: null, list: null, table: null });
const r = (kind: LineKind, item: number | null): LineReading => ({ kind, item, guessed: true });

// 0 title, 1 item A, 2 notes, 3 notes, 4 item B, 5 notes
const lines = ['Mötesanteckning', '1. A', 'a text', 'more', '2. B', 'b text'].map((t, i) => line(i, t));
const readings = [r('title', null), r('item', null), r('notes', 1), r('notes', 1), r('item', null), r('notes', 4)];

describe('the review model: lines under their items', () => {
  it('groups lines under their item in document order, the heading first, lines before the first item apart', () => {
    expect(groupLines(readings)).toEqual([
      { item: null, lines: [0] },
      { item: 1, lines: [1, 2, 3] },
      { item: 4, lines: [4, 5] },
    ]);
  });

  it('offers every item heading to move a line to', () => {
    expect(itemChoices(lines, readings).map((c) => [c.index, c.label])).toEqual([
      [1, '1. A'],
      [4, '2. B'],
    ]);
  });

  it('a line made an item takes the lines after it up to the next item', () => {
    const next = changeKind(readings, 3, 'item');
    expect(next[3]).toEqual({ kind: 'item', item: 1, guessed: false });
    expect(groupLines(next).map((g) => g.lines)).toEqual([[0], [1, 2], [3], [4, 5]]);
  });

  it('an item that stops being one hands its lines to the item before it', () => {
    const next = changeKind(readings, 4, 'notes');
    expect(groupOf(next, 4)).toBe(1);
    expect(groupOf(next, 5)).toBe(1);
    expect(groupLines(next).map((g) => g.lines)).toEqual([[0], [1, 2, 3, 4, 5]]);
  });

  it('changing a kind leaves the other readings as they were and marks the line as checked', () => {
    const next = changeKind(readings, 2, 'standpoint');
    expect(next[2]).toEqual({ kind: 'standpoint', item: 1, guessed: false });
    expect(next[3]).toBe(readings[3]);
  });

  it('moves a line to another item, after its heading in document order', () => {
    const next = moveToItem(readings, 2, 4);
    expect(groupLines(next).map((g) => g.lines)).toEqual([[0], [1, 3], [4, 2, 5]]);
    expect(next[2]?.guessed).toBe(false);
  });

  it('moves to the previous and next item, and says when there is none that way', () => {
    const choices = itemChoices(lines, readings);
    expect(neighbourItem(choices, readings, 5, -1)).toBe(1);
    expect(neighbourItem(choices, readings, 2, 1)).toBe(4);
    expect(neighbourItem(choices, readings, 5, 1)).toBeUndefined();
    expect(neighbourItem(choices, readings, 2, -1)).toBeNull();
    expect(neighbourItem(choices, readings, 0, -1)).toBeUndefined();
    expect(neighbourItem(choices, readings, 0, 1)).toBe(1);
  });

  it('does not move an item heading', () => {
    expect(moveToItem(readings, 4, 1)[4]).toEqual(readings[4]);
  });

  it('keeps review notes by their line, notes about the whole document apart', () => {
    const map = notesByLine([
      { line: 2, message: 'Gissat.' },
      { line: null, message: 'Datum saknas.' },
      { line: 2, message: 'Kolla.' },
    ]);
    expect(map.get(2)).toEqual(['Gissat.', 'Kolla.']);
    expect(map.get(-1)).toEqual(['Datum saknas.']);
  });
});

describe('the files of an import', () => {
  const read = (name: string, notes: number): ImportFile => ({
    ...waitingFile(name, 10),
    status: 'read',
    recognised: { draft: { review: Array.from({ length: notes }, () => ({ line: null, message: 'x' })) } } as unknown as Recognised,
  });

  it('refuses a file over the size limit before reading it, in Swedish', () => {
    expect(refusalBeforeReading({ name: 'stor.docx', size: MAX_IMPORT_BYTES + 1 })).toMatch(/större än 10 MB/);
    expect(refusalBeforeReading({ name: 'liten.docx', size: 1000 })).toBeNull();
  });

  it('counts the file being read in the progress', () => {
    const files = [read('a', 0), { ...waitingFile('b', 1), status: 'reading' as const }, waitingFile('c', 1)];
    expect(readingProgress(files)).toEqual({ current: 2, total: 3 });
  });

  it('saves at once only the files read without review notes', () => {
    const files = [read('a', 0), read('b', 2), { ...waitingFile('c', 1), status: 'failed' as const, error: 'Nej.' }, read('d', 0)];
    expect(savableWithoutNotes(files)).toEqual([0, 3]);
    expect(summaryText(files)).toBe('3 av 4 filer lästes, 1 med anmärkningar, 1 kunde inte läsas.');
  });
});

describe('the import address', () => {
  it('reads #/importera, with the body to save into from a body archive', () => {
    expect(parseRoute('#/importera')).toEqual({ view: 'import', bodyId: null });
    expect(parseRoute(importHref(7))).toEqual({ view: 'import', bodyId: 7 });
    expect(parseRoute('#/importera?organ=x')).toEqual({ view: 'import', bodyId: null });
  });
});
