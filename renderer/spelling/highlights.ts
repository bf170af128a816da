/**
 * The underlines of every notes editor in the window, painted with the CSS
 * Custom Highlight API: ranges over Lexical's text, so neither its DOM nor
 * its undo history changes. One highlight for the window
 * (`::highlight(anteckna-stavning)` in spelling.css); each editor replaces
 * its own ranges in it.
 */

export const HIGHLIGHT_NAME = 'anteckna-stavning';

let highlight: Highlight | null = null;
const rangesOf = new Map<object, readonly Range[]>();

/** Whether this browser can paint the underlines (Chromium 105 and later). */
export function canHighlight(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** Replaces the underlines of one editor (`owner`) with `ranges`; none removes them. */
export function paintUnderlines(owner: object, ranges: readonly Range[]): void {
  if (!canHighlight()) return;
  if (!highlight) {
    highlight = new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  }
  for (const range of rangesOf.get(owner) ?? []) highlight.delete(range);
  for (const range of ranges) highlight.add(range);
  if (ranges.length === 0) rangesOf.delete(owner);
  else rangesOf.set(owner, ranges);
}

/** A range over the characters [start, end) of the text a Lexical text node shows, or null when its DOM no longer holds that text. */
export function rangeInText(element: HTMLElement | null, text: string, start: number, end: number): Range | null {
  if (!element) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode();
  if (!(node instanceof Text) || node.data !== text) return null;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

/** Whether a point of the screen (a right-click) is on the range's text. */
export function isPointOn(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
