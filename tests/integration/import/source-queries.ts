import { allParagraphs, paragraphText, type SourceDocument, type SourceParagraph, type SourceTable } from '../../../shared/import/source';

/** What the reader tests look up in a source document: a paragraph by its text, and the tables as text. */

export function byText(doc: SourceDocument, text: string): SourceParagraph {
  const found = allParagraphs(doc).find((p) => paragraphText(p) === text);
  if (!found) throw new Error(`inget stycke "${text}" i ${allParagraphs(doc).map(paragraphText).join(' | ')}`);
  return found;
}

/** Each table as rows of cells, a cell's paragraphs joined by line breaks. */
export function tables(doc: SourceDocument): string[][][] {
  return doc.blocks
    .filter((b): b is SourceTable => b.type === 'table')
    .map((t) => t.rows.map((row) => row.map((cell) => cell.map(paragraphText).join('\n'))));
}
