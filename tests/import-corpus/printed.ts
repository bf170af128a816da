/**
 * A printed document: what a secretary's file shows, before a program
 * writes it. The layout decides the blocks (print.ts); each writer turns
 * them into its own format (the docx package, HTML for LibreOffice,
 * Markdown for pandoc, plain text).
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export interface ListEntry {
  level: number;
  spans: Span[];
}

/** A table cell holds paragraphs. */
export type Cell = Span[][];

export type Printed =
  | { kind: 'title'; spans: Span[] }
  | { kind: 'subtitle'; spans: Span[] }
  /** An item or sub-item heading: `number` is "4." or "a)" (null when unnumbered); level 1 items, 2 sub-items, 3 headings in notes. */
  | { kind: 'heading'; level: 1 | 2 | 3; number: string | null; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; ordered: boolean; entries: ListEntry[] }
  /** labels: "Närvarande | names | titles"; roster: one side per column; data: a table in the notes. */
  | { kind: 'table'; role: 'labels' | 'roster' | 'data'; rows: Cell[][] };

export const plain = (text: string): Span[] => [{ text }];

/** The text of spans without looks. */
export function spanText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('');
}
