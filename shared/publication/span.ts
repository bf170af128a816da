import type { FindingKind } from './findings';

/** Where a detector found something in one segment's text: [start, end). */
export interface Span {
  kind: FindingKind;
  start: number;
  end: number;
}

/** Whether two spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every match of a global regular expression, with its place. */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error('matchesOf needs a global pattern');
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)];
}

/**
 * The spans of `spans` that share no character with any of `taken`, in one
 * pass over both sorted by start (a long paragraph can hold thousands).
 */
export function withoutOverlaps<T extends { start: number; end: number }>(
  spans: readonly T[],
  taken: readonly { start: number; end: number }[],
): T[] {
  const blocks = [...taken].sort((a, b) => a.start - b.start);
  const out: T[] = [];
  let i = 0;
  // The furthest end among the taken spans that start before the current one.
  let reach = -1;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    while (i < blocks.length && (blocks[i]?.start ?? Infinity) < span.end) {
      reach = Math.max(reach, blocks[i]?.end ?? -1);
      i++;
    }
    // Every taken span starting before this one ends is swept in: one of them overlaps it if it reaches past its start.
    if (reach > span.start) continue;
    out.push(span);
  }
  return out;
}
