/**
 * A PDF page's text items as printed lines: items on one baseline make a
 * line, a wide gap (or a column other lines of the page start at) splits it
 * into pieces, and lines whose pieces stand in the same columns make a table.
 */

export interface PdfItem {
  text: string;
  /** Left edge and baseline, in points from the page's lower left corner. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  href: string | null;
}

export interface PdfPage {
  number: number;
  height: number;
  items: PdfItem[];
}

export interface Segment {
  x: number;
  xEnd: number;
  items: PdfItem[];
}

export interface Line {
  page: number;
  y: number;
  size: number;
  x: number;
  xEnd: number;
  segments: Segment[];
}


const MARKER_ONLY = /^(?:\d{1,3}[.)]?|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[•●▪◦○■□➢►✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc–—-])$/u;

export const COLUMN_TOLERANCE = 2.5;

export function pageLines(page: PdfPage): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    const anchor = row?.[0];
    if (row && anchor && Math.abs(anchor.y - item.y) <= Math.max(1.5, 0.35 * Math.min(anchor.size, item.size))) row.push(item);
    else rows.push([item]);
  }
  const lines = rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    const segments: Segment[] = [];
    for (const item of row) {
      const last = segments[segments.length - 1];
      const gap = last ? item.x - last.xEnd : 0;
      const markerBefore = last !== undefined && segments.length === 1 && MARKER_ONLY.test(segmentText(last).trim());
      if (last && (gap <= Math.max(3.2 * item.size, 30) || markerBefore)) {
        last.items.push(item);
        last.xEnd = Math.max(last.xEnd, item.x + item.width);
      } else {
        segments.push({ x: item.x, xEnd: item.x + item.width, items: [item] });
      }
    }
    const size = dominantSize(row);
    const first = segments[0] as Segment;
    const last = segments[segments.length - 1] as Segment;
    return { page: page.number, y: row[0]?.y ?? 0, size, x: first.x, xEnd: last.xEnd, segments };
  });
  splitAtColumns(lines);
  return lines;
}

/**
 * A cell's text can run almost up to the next column, leaving a gap no
 * wider than a space. Where other lines of the page start a column at that
 * very x, the line is split there too.
 */
function splitAtColumns(lines: Line[]): void {
  const starts = new Map<number, number>();
  for (const line of lines) for (const segment of line.segments.slice(1)) starts.set(Math.round(segment.x), (starts.get(Math.round(segment.x)) ?? 0) + 1);
  const columns = [...starts.entries()].filter(([, count]) => count >= 2).map(([x]) => x);
  if (columns.length === 0) return;
  for (const line of lines) {
    const segments: Segment[] = [];
    for (const segment of line.segments) {
      let current: Segment = { x: segment.x, xEnd: segment.x, items: [] };
      for (const item of segment.items) {
        const previous = current.items[current.items.length - 1];
        const atColumn = columns.some((x) => Math.abs(x - item.x) <= 1.5);
        if (previous && atColumn && item.x - (previous.x + previous.width) >= 0.25 * item.size) {
          segments.push(current);
          current = { x: item.x, xEnd: item.x, items: [] };
        }
        current.items.push(item);
        current.xEnd = Math.max(current.xEnd, item.x + item.width);
      }
      segments.push(current);
    }
    line.segments = segments;
  }
}

function dominantSize(items: readonly PdfItem[]): number {
  const weight = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + item.text.length);
  }
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

export function segmentText(segment: Segment): string {
  return segment.items.map((item) => item.text).join('');
}

const lineTexts = new WeakMap<Line, string>();

/** A line's text, worked out once: every step of the layout asks for it. */
export function lineText(line: Line): string {
  let text = lineTexts.get(line);
  if (text === undefined) {
    text = line.segments.map(segmentText).join(' ').replace(/\s+/g, ' ').trim();
    lineTexts.set(line, text);
  }
  return text;
}

/**
 * A table: lines whose text stands in the same columns, at least two of them
 * with text in more than one column. Lines with one column inside it (an
 * empty cell beside) belong to it, and so do tight lines right after it (the
 * longer side of a roster printed in two columns).
 */
export function tableAt(lines: readonly Line[], start: number): { end: number; columns: number[] } | null {
  const first = lines[start];
  if (!first) return null;
  if (first.segments.length < 2) return firstCellWrapped(lines, start);
  const columns = first.segments.map((s) => s.x);
  const fits = (line: Line) => line.segments.every((s) => columns.some((c) => Math.abs(c - s.x) <= COLUMN_TOLERANCE));
  let lastWide = start;
  let end = start + 1;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    const previous = lines[j - 1] as Line;
    if (line.page !== previous.page || previous.y - line.y > 4 * Math.max(line.size, previous.size) || !fits(line)) break;
    if (line.segments.length >= 2) lastWide = j;
    end = j + 1;
  }
  if (lastWide === start) return null;
  let stop = lastWide + 1;
  while (stop < end) {
    const line = lines[stop] as Line;
    const previous = lines[stop - 1] as Line;
    if (previous.y - line.y > 1.6 * line.size) break;
    stop++;
  }
  return { end: stop, columns };
}

/**
 * A table whose first cell's text wrapped onto a second line before the
 * other cells of its row have any ("För kommunerna i Västerhav" over
 * "(KV) | För Regionen (RV)"): the table starts on the lone first line,
 * tight above the table, in its first column, in the same font.
 */
function firstCellWrapped(lines: readonly Line[], start: number): { end: number; columns: number[] } | null {
  const first = lines[start] as Line;
  const next = lines[start + 1];
  if (!next || next.segments.length < 2 || next.page !== first.page || first.y - next.y > 1.45 * next.size) return null;
  const table = tableAt(lines, start + 1);
  const [column, second] = table?.columns ?? [];
  const cell = next.segments[0]?.items[0];
  const own = first.segments[0]?.items[0];
  if (!table || column === undefined || second === undefined || !cell || !own) return null;
  if (Math.abs(first.x - column) > COLUMN_TOLERANCE || first.xEnd >= second || own.bold !== cell.bold || Math.abs(own.size - cell.size) >= 0.5) return null;
  return table;
}
