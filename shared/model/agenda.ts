import type { AgendaItem } from './domain';

/** What numbering needs of an item: its place in the agenda (and its title). */
export type AgendaPlace = Pick<AgendaItem, 'id' | 'parentId' | 'position' | 'title'>;

export interface NumberedItem<T extends AgendaPlace = AgendaItem> {
  item: T;
  /** "4" for a top-level item, "a)" for a sub-item. */
  label: string;
  depth: 0 | 1;
  /** "4" or "4 a)": the item's number read out of context. */
  number: string;
  /** A sub-item's parent's title (trimmed); '' for a top-level item. */
  parentTitle: string;
}

/**
 * Agenda items in document order with their numbers: top-level items 1…N by
 * position, sub-items a), b) … under their parent. The numbers exist also for
 * a body that prints no numbers: they keep anchors and bookmarks unique.
 */
export function numberAgenda<T extends AgendaPlace>(items: readonly T[]): NumberedItem<T>[] {
  const byPosition = (a: T, b: T) => a.position - b.position || a.id - b.id;
  const top = items.filter((i) => i.parentId === null).sort(byPosition);
  const out: NumberedItem<T>[] = [];
  top.forEach((item, index) => {
    const label = String(index + 1);
    out.push({ item, label, depth: 0, number: label, parentTitle: '' });
    items
      .filter((i) => i.parentId === item.id)
      .sort(byPosition)
      .forEach((sub, subIndex) => {
        const letter = `${String.fromCharCode(97 + (subIndex % 26))})`;
        out.push({ item: sub, label: letter, depth: 1, number: `${label} ${letter}`, parentTitle: item.title.trim() });
      });
  });
  return out;
}

/** What stands for an item without a title where a body prints no numbers. */
export const UNTITLED_ITEM = 'Namnlös punkt';

/**
 * The item's heading as printed: "4. Färdplan" and "a) närvaro" for a body
 * that numbers its items; the title alone for one that writes plain headings.
 */
export function printedHeading(entry: NumberedItem, numberedItems: boolean): string {
  const title = entry.item.title.trim();
  if (!numberedItems) return title || UNTITLED_ITEM;
  const number = entry.depth === 0 ? `${entry.label}.` : entry.label;
  return title ? `${number} ${title}` : number;
}

/**
 * How running text points at an item ("Uppdrag … (punkt 4)"): "punkt 4" or
 * "punkt 1 b)"; without numbers the title, a sub-item's after its parent's
 * ("Mötets öppnande – övriga frågor"), since a sub-item's own title is often
 * only a word or two.
 */
export function itemReference(entry: NumberedItem, numberedItems: boolean): string {
  if (numberedItems) return `punkt ${entry.number}`;
  const title = entry.item.title.trim() || UNTITLED_ITEM;
  return entry.depth === 1 && entry.parentTitle ? `${entry.parentTitle} – ${title}` : title;
}
