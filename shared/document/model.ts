/**
 * The minutes as one document model, built from a meeting in
 * `build.ts` and rendered by every exporter (DOCX, HTML → PDF, preview). Only
 * a handful of block kinds, so DOCX and PDF can never disagree: each renderer
 * has an exhaustive switch over `DocBlock['kind']` and `DocInline['kind']`
 * and fails to compile when a kind is added here.
 */

export type DocInline =
  | {
      kind: 'text';
      text: string;
      bold?: boolean;
      italic?: boolean;
      underline?: boolean;
      /** Text added or removed since the minutes were sent for justering ("Ändringar sedan utskick"); never set in the minutes. */
      change?: 'added' | 'removed';
    }
  | { kind: 'link'; url: string; children: DocInline[] }
  | { kind: 'break' };

/** What a paragraph is, for styles that an organisation may restyle. */
export type ParagraphRole =
  | 'normal'
  /** "Datum: 23 november 2023" and the other header fields. */
  | 'field'
  /** "Information och dialog (40 minuter, bilaga)". */
  | 'typeLine'
  /** "Föredragande: …". */
  | 'presenters'
  /** "Ställningstagande: …", printed in italics. */
  | 'standpoint'
  /** A roster or attendance line. */
  | 'person'
  /** "Vid anteckningarna" / "Justerat av". */
  | 'signature';

export interface DocListItem {
  children: DocInline[];
  /** A nested list under this item. */
  sublist: DocList | null;
}

/**
 * A bullet list, or a numbered list with the number its first item prints:
 * a list the secretary continued after something else ("2. Eskaleringsmodell"
 * after a bullet list) starts where she left off, and every list counts on
 * its own, never from the list before it.
 */
export type DocList =
  | { kind: 'list'; ordered: false; items: DocListItem[] }
  | { kind: 'list'; ordered: true; start: number; items: DocListItem[] };

/**
 * A heading's place in the outline, under the document's title: 1 for agenda
 * items, main sections and the roster's sides; 2 for sub-items and
 * categories; a heading in an item's notes one level below its item. Screen
 * readers and the PDF's tags need the levels without gaps (Word: Heading 1–4;
 * HTML and PDF: h2–h5 under the h1 title).
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface DocTableCell {
  header: boolean;
  blocks: DocBlock[];
  /** Rows this cell spans downwards (a group label beside its group); the rows below leave its column out. */
  rowSpan?: number;
}

export type DocBlock =
  | {
      kind: 'heading';
      level: HeadingLevel;
      /**
       * The roster's side and category lines sit at the top of the outline but
       * print one size smaller, as the minutes write them; every other heading
       * (sections, agenda items, notes) prints at its level.
       */
      look?: 'roster';
      children: DocInline[];
      /** Set on agenda items: a PDF bookmark / Word bookmark target. */
      anchor: string | null;
    }
  | { kind: 'paragraph'; role: ParagraphRole; children: DocInline[] }
  | DocList
  | { kind: 'table'; rows: DocTableCell[][] }
  | { kind: 'quote'; children: DocInline[] };

export interface MinutesDocument {
  /** BCP 47, always Swedish. */
  lang: 'sv-SE';
  /** "Mötesanteckning PSN" – the document's title, also in file metadata. */
  title: string;
  /** The body's full name. */
  subtitle: string;
  /** "Vid anteckningarna", used as the author in file metadata. */
  author: string;
  /** Keywords/subject for metadata: the body's short name and the date. */
  subject: string;
  /** "2026-12-03 Mötesanteckning PSN", without extension. */
  fileBaseName: string;
  /** Printed on every page of a draft, so nobody mistakes it for approved minutes. */
  draftMarker: string | null;
  blocks: DocBlock[];
}
