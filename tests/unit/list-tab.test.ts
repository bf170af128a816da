import { describe, expect, it } from 'vitest';
import { listTabAction } from '../../renderer/notes/ListTabPlugin';

describe('Tab in the notes', () => {
  const place = (inListItem: boolean, atItemStart: boolean, nested: boolean) => ({ inListItem, atItemStart, nested });

  it('indents a list item only from its very start, and outdents only a nested one', () => {
    expect(listTabAction(place(true, true, false), false)).toBe('indent');
    expect(listTabAction(place(true, true, true), true)).toBe('outdent');
  });

  it('moves on to the next control everywhere else, so the notes can always be left', () => {
    expect(listTabAction(place(true, false, true), false)).toBe('leave');
    expect(listTabAction(place(true, false, true), true)).toBe('leave');
    expect(listTabAction(place(true, true, false), true)).toBe('leave');
    expect(listTabAction(place(false, true, false), false)).toBe('leave');
  });
});
