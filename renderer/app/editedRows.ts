/**
 * A list edited in place, row by row (agenda items, tasks): the rows as shown,
 * and the latest edited version of each row by its key. State updates apply
 * later, while the save that follows a change needs the row as changed now.
 */
export interface EditedRows<K, T> {
  keyOf: (row: T) => K;
  /** The rows as last rendered. */
  shown: readonly T[];
  setShown: (update: (rows: T[]) => T[]) => void;
  latest: Map<K, T>;
}

/** Shows a change to one row at once and returns that row as it is to be saved (undefined: the row is gone). */
export function patchEditedRow<K, T extends object>(rows: EditedRows<K, T>, key: K, patch: Partial<T>): T | undefined {
  rows.setShown((shown) => shown.map((row) => (rows.keyOf(row) === key ? { ...row, ...patch } : row)));
  const base = rows.latest.get(key) ?? rows.shown.find((row) => rows.keyOf(row) === key);
  if (!base) return undefined;
  const merged = { ...base, ...patch };
  rows.latest.set(key, merged);
  return merged;
}
