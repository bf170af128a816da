import type { UnknownWord } from '../../shared/spelling/check';

/**
 * Which words of an editor are underlined, from the worker's answers: pure,
 * so the rules are unit-tested without a browser (spelling-editor-flags.test.ts).
 */

/** Alt+F7 in the notes: the next underlined word and its spelling menu (F7 is proofing in Word). */
export const NEXT_MISSPELLING_SHORTCUT = 'Alt+F7';

/** A word underlined in the editor: in which text node (its Lexical key) and where. */
export interface Flag {
  readonly key: string;
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Where the caret is: a collapsed selection in a text node. */
export interface Caret {
  readonly key: string;
  readonly offset: number;
}

/**
 * The flagged words in document order. While she is typing (`typing`), the
 * word the caret is in or just after is not flagged: it is not finished yet.
 */
export function flagsOf(
  nodes: readonly { key: string }[],
  answers: ReadonlyMap<string, readonly UnknownWord[]>,
  caret: Caret | null,
  typing: boolean,
): Flag[] {
  const flags: Flag[] = [];
  for (const { key } of nodes) {
    for (const unknown of answers.get(key) ?? []) {
      const flag = { key, word: unknown.word, start: unknown.start, end: unknown.end };
      if (typing && caret && isAt(flag, caret)) continue;
      flags.push(flag);
    }
  }
  return flags;
}

/** Whether the caret is in the word or right at one of its ends. */
export function isAt(flag: Flag, caret: Caret): boolean {
  return flag.key === caret.key && flag.start <= caret.offset && caret.offset <= flag.end;
}

/** The flagged word at the caret (ContextMenu key, Shift+F10), if any. */
export function flagAt(flags: readonly Flag[], caret: Caret | null): Flag | null {
  if (!caret) return null;
  return flags.find((flag) => isAt(flag, caret)) ?? null;
}

/**
 * The next flagged word after the caret, in document order (`order` is the
 * text nodes' keys in document order), starting over from the top; the first
 * one when the caret is not in a text node. Null when nothing is flagged.
 */
export function nextFlag(flags: readonly Flag[], order: readonly string[], caret: Caret | null): Flag | null {
  if (flags.length === 0) return null;
  if (!caret) return flags[0] ?? null;
  const position = (key: string) => order.indexOf(key);
  const caretAt = position(caret.key);
  const after = flags.find((flag) => {
    const at = position(flag.key);
    return at > caretAt || (at === caretAt && flag.start >= caret.offset);
  });
  return after ?? flags[0] ?? null;
}

/** The words as the test signal `data-spelling-unknown` lists them. */
export function unknownSignal(flags: readonly Flag[]): string {
  return flags.map((flag) => flag.word).join(' ');
}

/** Arrow keys, Home and End in a menu of `count` items: the item to focus, or null for a key the menu does not move on. */
export function menuIndexAfter(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
