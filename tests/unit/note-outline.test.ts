import { describe, expect, it } from 'vitest';
import { noteHeadingOutline, type NoteHeadingTag } from '../../shared/notes/outline';

/** The levels given to headings in document order. */
function levels(tags: NoteHeadingTag[], itemLevel: number, deepest: number): number[] {
  const levelOf = noteHeadingOutline(tags, itemLevel, deepest);
  return tags.map((tag) => levelOf(tag));
}

describe('the outline of headings in an item\'s notes', () => {
  it('puts the toolbar\'s "Rubrik" one level below the item, in the meeting (h3) and in live mode (h1)', () => {
    expect(levels(['h3', 'h3'], 3, 6)).toEqual([4, 4]);
    expect(levels(['h3'], 1, 6)).toEqual([2]);
  });

  it('ranks the kinds a paste brought in without skipping a level', () => {
    // An h1 and an h4 from a web page: the h1 goes under the item, the h4 one below it, not three below.
    expect(levels(['h1', 'h4', 'h1'], 3, 6)).toEqual([4, 5, 4]);
    // A smaller kind before any larger one is still only one level below the item.
    expect(levels(['h4', 'h2', 'h4'], 3, 6)).toEqual([4, 4, 5]);
  });

  it('stops at the deepest level the target has (Heading 4 in Word, h6 in the app)', () => {
    expect(levels(['h1', 'h2', 'h3'], 3, 4)).toEqual([4, 4, 4]);
    expect(levels(['h1', 'h2', 'h3', 'h4'], 3, 6)).toEqual([4, 5, 6, 6]);
  });
});
