import { itemReference, printedHeading, UNTITLED_ITEM, type NumberedItem } from '../../shared/model/agenda';

/**
 * The agenda as the screens name its items: the printed heading, the number
 * read out of context and the reference running text uses, for a body that
 * numbers its items and for one that writes plain headings.
 */

export interface LabelledItem extends NumberedItem {
  /** The body prints numbers ("4. Färdplan"); false: plain headings, and the view shows the titles only. */
  numbered: boolean;
  /** Visible heading text: "4. Färdplan …" or "a) närvaro/presentation"; unnumbered the title alone. */
  headingText: string;
  /** For names read out of context: "4. Färdplan …" or "1 a) närvaro/presentation"; unnumbered "Mötets öppnande – närvaro/presentation". */
  fullLabel: string;
  /** "4." or "1 a)"; unnumbered the quoted title ("”Färdplan”"). */
  numberText: string;
  /** "punkt 4" or "punkt 1 b)"; unnumbered the title (a sub-item's after its parent's). */
  reference: string;
  headingId: string;
}

/** Adds the heading texts and ids to numberAgenda's output, numbered as the body prints its items. */
export function labelAgenda(numbered: NumberedItem[], numberedItems = true): LabelledItem[] {
  return numbered.map((entry) => {
    const title = entry.item.title.trim();
    const number = entry.depth === 0 ? `${entry.label}.` : entry.number;
    const reference = itemReference(entry, numberedItems);
    return {
      ...entry,
      numbered: numberedItems,
      headingText: printedHeading(entry, numberedItems),
      fullLabel: numberedItems ? `${number} ${title}`.trim() : reference,
      numberText: numberedItems ? number : `”${title || UNTITLED_ITEM}”`,
      reference,
      headingId: `item-${entry.item.id}-heading`,
    };
  });
}

/** "4." or "1 a)" (unnumbered: the quoted title): the item as read out of context. */
export function itemNumber(entry: LabelledItem): string {
  return entry.numberText;
}
