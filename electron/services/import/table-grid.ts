import type { SourceParagraph } from '../../../shared/import/source';

export interface SpannedCell {
  colSpan: number;
  rowSpan: number;
  content: SourceParagraph[];
}

/**
 * A table's rows on its grid: a cell merged across columns or down rows
 * keeps its content in its first position and leaves empty cells in the
 * others, so every column holds the same side of a roster from top to
 * bottom (the recogniser reads roster tables column by column).
 */
export function gridRows(rows: readonly (readonly SpannedCell[])[]): SourceParagraph[][][] {
  const taken = new Map<number, Set<number>>();
  const isTaken = (row: number, column: number) => taken.get(row)?.has(column) === true;
  return rows.map((cells, r) => {
    const out: SourceParagraph[][] = [];
    let column = 0;
    for (const cell of cells) {
      while (isTaken(r, column)) out[column++] = [];
      const colSpan = Math.max(1, Math.min(64, cell.colSpan));
      const rowSpan = Math.max(1, Math.min(1000, cell.rowSpan));
      for (let c = 0; c < colSpan; c++) {
        out[column + c] = c === 0 ? cell.content : [];
        for (let below = 1; below < rowSpan; below++) {
          const set = taken.get(r + below) ?? new Set<number>();
          set.add(column + c);
          taken.set(r + below, set);
        }
      }
      column += colSpan;
    }
    for (const c of taken.get(r) ?? []) if (c >= out.length) out[c] = [];
    return Array.from(out, (cell) => cell ?? []);
  });
}
