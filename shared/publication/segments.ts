import type { DocBlock, DocInline, DocList, MinutesDocument } from '../document/model';

/**
 * The document's text as the reader sees it, one segment per paragraph,
 * heading, list item or quote: the inline runs of a paragraph joined, so a
 * number or a name split across bold and plain runs is still one text. A
 * line break reads as "\n". Each segment knows the agenda item it stands in
 * (its heading's anchor) and what to call that place for people.
 */
export interface TextSegment {
  /** Index in document order; redaction finds the same segment again by it. */
  index: number;
  text: string;
  /** The heading anchor of the agenda item ("punkt-3", "punkt-3a"); null outside the items. */
  anchor: string | null;
  /** The item's heading or the section's, as printed ("3. Regional utveckling"). */
  where: string;
}

/** What stands before the first heading: the header fields. */
export const HEADER_WHERE = 'Mötesuppgifter';

/** The plain text of inline runs, as `segmentsOf` joins them. */
export function inlineText(inlines: readonly DocInline[]): string {
  let out = '';
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        out += inline.text;
        break;
      case 'link':
        out += inlineText(inline.children);
        break;
      case 'break':
        out += '\n';
        break;
      default: {
        const never: never = inline;
        throw new Error(`Unhandled inline ${String(never)}`);
      }
    }
  }
  return out;
}

/**
 * Calls `visit` for every run of inline text in document order, with the
 * place it stands in; `visit` returns the runs to put in its stead (the same
 * array to leave them). The one walk both scanning and redaction use, so
 * both see the same segments in the same order.
 */
export function mapSegments(
  doc: MinutesDocument,
  visit: (inlines: DocInline[], segment: TextSegment) => DocInline[],
): MinutesDocument {
  const place = { anchor: null as string | null, where: HEADER_WHERE };
  let index = 0;
  const run = (inlines: DocInline[]): DocInline[] =>
    visit(inlines, { index: index++, text: inlineText(inlines), anchor: place.anchor, where: place.where });

  const list = (l: DocList): DocList => ({
    ...l,
    items: l.items.map((item) => ({ children: run(item.children), sublist: item.sublist ? list(item.sublist) : null })),
  });

  const block = (b: DocBlock, topLevel: boolean): DocBlock => {
    switch (b.kind) {
      case 'heading': {
        if (topLevel) {
          const title = inlineText(b.children).trim();
          if (b.anchor !== null) {
            place.anchor = b.anchor.startsWith('punkt-') ? b.anchor : null;
            place.where = title;
          } else if (b.level === 1) {
            // "Dagordning", the roster's sides: outside any item.
            place.anchor = null;
            place.where = title;
          }
        }
        return { ...b, children: run(b.children) };
      }
      case 'paragraph':
        // The signatures close the minutes, after the last item.
        if (topLevel && b.role === 'signature' && place.anchor !== null) {
          place.anchor = null;
          place.where = 'Justering';
        }
        return { ...b, children: run(b.children) };
      case 'quote':
        return { ...b, children: run(b.children) };
      case 'list':
        return list(b);
      case 'table':
        return { ...b, rows: b.rows.map((row) => row.map((cell) => ({ ...cell, blocks: cell.blocks.map((c) => block(c, false)) }))) };
      default: {
        const never: never = b;
        throw new Error(`Unhandled block ${String(never)}`);
      }
    }
  };

  return { ...doc, blocks: doc.blocks.map((b) => block(b, true)) };
}

/** A link among inline runs: the place of its text in the segment and where it leads. */
export interface LinkRange {
  start: number;
  end: number;
  url: string;
}

/** The links of inline runs, with their text's place as `inlineText` joins it. */
export function linkRanges(inlines: readonly DocInline[]): LinkRange[] {
  const out: LinkRange[] = [];
  let offset = 0;
  for (const inline of inlines) {
    const length = inlineText([inline]).length;
    if (inline.kind === 'link') out.push({ start: offset, end: offset + length, url: inline.url });
    offset += length;
  }
  return out;
}

/** Every segment of the document with its text, in document order. */
export function segmentsOf(doc: MinutesDocument): (TextSegment & { links: LinkRange[] })[] {
  const out: (TextSegment & { links: LinkRange[] })[] = [];
  mapSegments(doc, (inlines, segment) => {
    out.push({ ...segment, links: linkRanges(inlines) });
    return inlines;
  });
  return out;
}
