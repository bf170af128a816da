import { describe, expect, it } from 'vitest';
import { flagAt, flagsOf, menuIndexAfter, nextFlag, unknownSignal, type Flag } from '../../renderer/spelling/flags';
import { isFromWorker } from '../../renderer/spelling/protocol';

// Issue 23: which words the notes editor underlines, and the keys of its menu.

const nodes = [{ key: 'a' }, { key: 'b' }];
// "Vi hade en refleksion om samanträde" in node a, "med tjänstepersonner." in node b.
const answers = new Map([
  [
    'a',
    [
      { word: 'refleksion', start: 11, end: 21 },
      { word: 'samanträde', start: 25, end: 35 },
    ],
  ],
  ['b', [{ word: 'tjänstepersonner', start: 4, end: 20 }]],
]);
const words = (flags: Flag[]) => flags.map((f) => f.word);

describe('the underlined words of an editor', () => {
  it('are the unknown words of every text node, in document order', () => {
    const flags = flagsOf(nodes, answers, null, false);
    expect(words(flags)).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
    expect(unknownSignal(flags)).toBe('refleksion samanträde tjänstepersonner');
  });

  it('leave out the word she is typing (the caret in it or right after it), and only while she types', () => {
    const caret = { key: 'a', offset: 35 };
    expect(words(flagsOf(nodes, answers, caret, true))).toEqual(['refleksion', 'tjänstepersonner']);
    expect(words(flagsOf(nodes, answers, caret, false))).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
    // A space after the word: it is finished, and underlined.
    expect(words(flagsOf(nodes, answers, { key: 'a', offset: 36 }, true))).toEqual(['refleksion', 'samanträde', 'tjänstepersonner']);
  });

  it('skip a text node without an answer yet', () => {
    expect(words(flagsOf(nodes, new Map([['b', answers.get('b') ?? []]]), null, false))).toEqual(['tjänstepersonner']);
  });
});

describe('finding an underlined word from the keyboard', () => {
  const flags = flagsOf(nodes, answers, null, false);

  it('ContextMenu / Shift+F10: the word the caret is in or at, else none', () => {
    expect(flagAt(flags, { key: 'a', offset: 15 })?.word).toBe('refleksion');
    expect(flagAt(flags, { key: 'a', offset: 21 })?.word).toBe('refleksion');
    expect(flagAt(flags, { key: 'a', offset: 23 })).toBeNull();
    expect(flagAt(flags, null)).toBeNull();
  });

  it('Alt+F7: the next word after the caret, across text nodes, starting over after the last', () => {
    const order = ['a', 'b'];
    expect(nextFlag(flags, order, { key: 'a', offset: 0 })?.word).toBe('refleksion');
    expect(nextFlag(flags, order, { key: 'a', offset: 21 })?.word).toBe('samanträde');
    expect(nextFlag(flags, order, { key: 'a', offset: 35 })?.word).toBe('tjänstepersonner');
    expect(nextFlag(flags, order, { key: 'b', offset: 20 })?.word).toBe('refleksion');
    expect(nextFlag(flags, order, null)?.word).toBe('refleksion');
    expect(nextFlag([], order, { key: 'a', offset: 0 })).toBeNull();
  });
});

describe('the spelling menu keys', () => {
  it('move down and up round the items, Home and End to the ends, and ignore other keys', () => {
    expect(menuIndexAfter('ArrowDown', 0, 4)).toBe(1);
    expect(menuIndexAfter('ArrowDown', 3, 4)).toBe(0);
    expect(menuIndexAfter('ArrowUp', 0, 4)).toBe(3);
    expect(menuIndexAfter('Home', 2, 4)).toBe(0);
    expect(menuIndexAfter('End', 0, 4)).toBe(3);
    expect(menuIndexAfter('a', 0, 4)).toBeNull();
  });
});

describe('messages from the worker', () => {
  it('are taken only in the protocol shape', () => {
    expect(isFromWorker({ type: 'ready' })).toBe(true);
    expect(isFromWorker({ type: 'checked', id: 3, results: [] })).toBe(true);
    expect(isFromWorker({ type: 'checked', results: [] })).toBe(false);
    expect(isFromWorker({ type: 'other' })).toBe(false);
    expect(isFromWorker('ready')).toBe(false);
    expect(isFromWorker(null)).toBe(false);
  });
});
