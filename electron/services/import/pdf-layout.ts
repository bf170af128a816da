import type { SourceBlock, SourceList, SourceParagraph, SourceRun } from '../../../shared/import/source';
import { lineText, pageLines, tableAt, type Line, type PdfPage } from './pdf-lines';
import { appendLine, lineRuns, stripPrefix } from './pdf-runs';
import { endsMidPhrase, tableRows } from './pdf-table';

export type { PdfItem, PdfPage } from './pdf-lines';

/**
 * A PDF's printed text back into paragraphs and tables. A PDF only knows
 * where each piece of text stands and in which font; the structure is
 * guessed from that: lines from the baseline, paragraphs from wrapped lines,
 * headings from a font larger than the body text, tables where the text
 * stands in columns on several lines in a row, and the running header and
 * page number printed on every page left out. Pure: no pdf.js here.
 */

const BULLET = /^[•●▪◦○■□➢►✓\u2013\u2014\uf0b7\uf0a7\uf076\uf0d8\uf0fc-]\s*/u;
const MARKER = /^(?:[•●▪◦○■□➢►✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc–—-]|(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])$/u;
const LIST_START = /^(?:[•●▪◦○■□➢►✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[-–—]\s|(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s)/u;

export function layoutPdf(pages: readonly PdfPage[]): SourceBlock[] {
  const lines = dropRunningLines(pages.flatMap((page) => pageLines(page)), pages);
  const body = bodySize(lines);
  const headingOf = headingLevels(lines, body);
  const bulletLevels = bulletIndents(lines);
  const blocks: SourceBlock[] = [];
  let nextId = 0;
  const paragraph = (runs: SourceRun[], page: number, heading: number | null, list: SourceList | null): SourceParagraph => ({
    type: 'paragraph',
    id: nextId++,
    runs,
    heading,
    list,
    page,
  });

  const rightEdge = new Map<number, { left: number; right: number }>();
  for (const line of lines) {
    const edge = rightEdge.get(line.page) ?? { left: line.x, right: line.xEnd };
    rightEdge.set(line.page, { left: Math.min(edge.left, line.x), right: Math.max(edge.right, line.xEnd) });
  }
  /**
   * A line was wrapped, not broken on purpose, when the next line's first
   * word would not have fitted after it before the right margin. A line
   * ending before the middle of the page is taken as broken on purpose,
   * except in a list item, whose long address often wraps alone onto the next line.
   */
  const wrapsInto = (last: Line, next: Line, anyLength: boolean) => {
    const edge = rightEdge.get(last.page);
    if (edge === undefined || (!anyLength && last.xEnd < (edge.left + edge.right) / 2)) return false;
    const text = lineText(next);
    const charWidth = (next.xEnd - next.x) / Math.max(1, text.length);
    const firstWord = text.split(' ')[0]?.length ?? 0;
    // A character's width of slack: the width of the word is only estimated.
    return last.xEnd + charWidth * (firstWord + 1) > edge.right - last.size / 2;
  };

  let open: { runs: SourceRun[]; first: Line; last: Line } | null = null;
  const close = () => {
    if (open === null) return;
    const { runs, first } = open;
    const text = runs.map((r) => r.text).join('');
    let list: SourceList | null = null;
    if (BULLET.test(text) && LIST_START.test(text)) {
      stripPrefix(runs, BULLET);
      list = { ordered: false, level: bulletLevels(first.x), marker: '' };
    }
    const heading = headingOf(first.size);
    if (runs.some((r) => r.text.trim() !== '')) blocks.push(paragraph(runs, first.page, heading, list));
    open = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const table = tableAt(lines, i);
    if (table !== null) {
      close();
      const id = nextId++;
      const rows = tableRows(lines.slice(i, table.end), table.columns, rightEdge.get(line.page)?.right ?? 0, (runs, page) => paragraph(runs, page, null, null));
      blocks.push({ type: 'table', id, rows });
      i = table.end - 1;
      continue;
    }
    const runs = lineRuns(line);
    if (open !== null && continues(open, line, wrapsInto)) {
      appendLine(open.runs, runs);
      open.last = line;
    } else {
      close();
      open = { runs, first: line, last: line };
    }
  }
  close();
  return blocks;
}

/**
 * The running header and footer: a line at the top or bottom of the page
 * that comes back on most pages (its page number aside), and
 * a lone page number in the margin.
 */
function dropRunningLines(lines: readonly Line[], pages: readonly PdfPage[]): Line[] {
  const heights = new Map(pages.map((page) => [page.number, page.height]));
  const inMargin = (line: Line) => {
    const height = heights.get(line.page) ?? 842;
    return line.y > height * 0.9 || line.y < height * 0.1;
  };
  // Only the page's own number may differ between the pages ("Sida 3 av 9").
  const key = (line: Line) => lineText(line).toLowerCase().replace(new RegExp(`(?<!\\d)${line.page}(?!\\d)`, 'g'), '#');
  const pagesWith = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!inMargin(line)) continue;
    const set = pagesWith.get(key(line)) ?? new Set<number>();
    set.add(line.page);
    pagesWith.set(key(line), set);
  }
  const repeated = (line: Line) => {
    const count = pagesWith.get(key(line))?.size ?? 0;
    return pages.length >= 2 && count >= 2 && count >= pages.length / 2;
  };
  const pageNumber = /^(?:sida\s*)?\d{1,4}(?:\s*(?:av|\/|\(|of)\s*\d{1,4}\)?)?$|^[-–]\s*\d{1,4}\s*[-–]$/i;
  return lines.filter((line) => !(inMargin(line) && (repeated(line) || pageNumber.test(lineText(line)))));
}

/** The size most of the text is set in. */
function bodySize(lines: readonly Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) weight.set(line.size, (weight.get(line.size) ?? 0) + lineText(line).length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Heading levels by size rank: the largest heading size is 1, the next 2 …;
 * a largest size used only at the top of the first page is the title (0).
 */
function headingLevels(lines: readonly Line[], body: number): (size: number) => number | null {
  const sizes = [...new Set(lines.filter((l) => l.size > body * 1.12 && l.segments.length === 1).map((l) => l.size))].sort((a, b) => b - a);
  const largest = sizes[0];
  const firstBody = lines.findIndex((l) => l.size <= body * 1.12);
  const titleOnly =
    largest !== undefined &&
    sizes.length > 1 &&
    lines.every((l, index) => l.size !== largest || (l.page === lines[0]?.page && (firstBody < 0 || index < firstBody)));
  return (size) => {
    const rank = sizes.indexOf(size);
    if (rank < 0) return null;
    return Math.min(9, titleOnly ? rank : rank + 1);
  };
}

/** Bullet lists' levels from how far in the bullet stands. */
function bulletIndents(lines: readonly Line[]): (x: number) => number {
  const xs = [...new Set(lines.filter((l) => BULLET.test(lineText(l)) && LIST_START.test(lineText(l))).map((l) => Math.round(l.x / 4) * 4))].sort((a, b) => a - b);
  return (x) => Math.max(0, Math.min(9, xs.indexOf(Math.round(x / 4) * 4)));
}

function continues(
  open: { runs: readonly SourceRun[]; first: Line; last: Line },
  line: Line,
  wrapsInto: (last: Line, next: Line, anyLength: boolean) => boolean,
): boolean {
  const { first, last } = open;
  if (Math.abs(line.size - last.size) >= 0.5 || line.segments.length > 1 || last.segments.length > 1) return false;
  const text = lineText(line);
  if (LIST_START.test(text)) return false;
  if (line.page === last.page && last.y - line.y > 1.6 * line.size) return false;
  const indent = itemTextIndent(first);
  if (!wrapsInto(last, line, indent !== null)) return false;
  // A list item's wrapped lines stand where its text starts, or, in a list without a hanging indent, at the margin;
  // a line there that starts with a capital after a complete phrase is the paragraph after the list.
  if (indent !== null && line.x < indent - 2 && !/^[\p{Ll}\d(]/u.test(text) && !endsMidPhrase(open.runs.map((r) => r.text).join(''))) return false;
  if (/[.!?:]$/u.test(lineText(last)) && /^[\p{Lu}\d]/u.test(text)) return false;
  return line.x >= first.x - 2 || line.page !== last.page;
}

/** Where the text of a list item starts, right of its bullet or number; null for other lines. */
function itemTextIndent(line: Line): number | null {
  const [marker, text] = line.segments[0]?.items ?? [];
  if (!marker || !text || !MARKER.test(marker.text.trim())) return null;
  return text.x;
}
