import type { DocTableCell } from './model';

/** A cell and the column it starts in. */
export interface PlacedCell {
  cell: DocTableCell;
  column: number;
}

/**
 * Each row's cells with their columns, skipping the columns a cell of a row
 * above still covers (`rowSpan`): the grid both the Word and the HTML tables
 * are drawn on.
 */
export function placeCells(rows: readonly (readonly DocTableCell[])[]): PlacedCell[][] {
  // The last row each column is covered to by a cell merged down from above.
  const coveredTo: number[] = [];
  return rows.map((row, r) => {
    let column = 0;
    return row.map((cell) => {
      while ((coveredTo[column] ?? -1) >= r) column++;
      const placed = { cell, column };
      const span = Math.max(1, Math.floor(cell.rowSpan ?? 1));
      if (span > 1) coveredTo[column] = Math.min(rows.length - 1, r + span - 1);
      column++;
      return placed;
    });
  });
}

/** Whether a cell from a row above covers this row's column. */
export function isCovered(grid: readonly PlacedCell[][], row: number, column: number): boolean {
  for (let r = row - 1; r >= 0; r--) {
    const above = grid[r]?.find((p) => p.column === column);
    if (above) return r + Math.max(1, Math.floor(above.cell.rowSpan ?? 1)) - 1 >= row;
  }
  return false;
}

export function columnCount(grid: readonly PlacedCell[][]): number {
  return Math.max(1, ...grid.flatMap((row) => row.map((p) => p.column + 1)));
}
