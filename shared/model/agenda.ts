import type { AgendaItem } from './domain';

export interface NumberedItem {
  item: AgendaItem;
  /** "4" for a top-level item, "a)" for a sub-item. */
  label: string;
  depth: 0 | 1;
}

/**
 * Agenda items in document order with their printed numbers: top-level items
 * 1…N by position, sub-items a), b) … under their parent.
 */
export function numberAgenda(items: readonly AgendaItem[]): NumberedItem[] {
  const byPosition = (a: AgendaItem, b: AgendaItem) => a.position - b.position || a.id - b.id;
  const top = items.filter((i) => i.parentId === null).sort(byPosition);
  const out: NumberedItem[] = [];
  top.forEach((item, index) => {
    out.push({ item, label: String(index + 1), depth: 0 });
    items
      .filter((i) => i.parentId === item.id)
      .sort(byPosition)
      .forEach((sub, subIndex) => {
        out.push({ item: sub, label: `${String.fromCharCode(97 + (subIndex % 26))})`, depth: 1 });
      });
  });
  return out;
}
