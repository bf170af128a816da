/**
 * The sentences of a text, found once so that every finding in a long
 * paragraph can ask for its sentence without reading the paragraph again.
 * A sentence ends at ".", "!" or "?" before a space and a capital or a
 * digit, or at a line break.
 */
export interface Sentences {
  /** The sentence a place in the text stands in: [start, end). */
  around(at: number): { start: number; end: number };
}

const BOUNDARY = /[.!?]\s+(?=[\p{Lu}\d"”–-])|\n/gu;

export function sentencesOf(text: string): Sentences {
  // Each sentence's start, and where the one before it ends (without the line break).
  const starts: number[] = [0];
  const ends: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    ends.push(m.index + (m[0] === '\n' ? 0 : 1));
    // The next sentence starts after the spaces (or the line break).
    starts.push(m.index + m[0].length);
  }
  ends.push(text.length);
  return {
    around(at) {
      // The last sentence starting at or before `at`.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= at) low = mid;
        else high = mid - 1;
      }
      return { start: starts[low] ?? 0, end: ends[low] ?? text.length };
    },
  };
}
