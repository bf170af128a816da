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
