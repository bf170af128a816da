import { z } from 'zod';

/**
 * A document being imported, as the readers hand it over: paragraphs and
 * tables in reading order, with what Word's structure (or a PDF's fonts)
 * says about them. Every reader (DOCX through mammoth, PDF through pdf.js,
 * plain text, a paste) produces this one shape; recognising minutes in it
 * is then the same pure code for all of them (see lines.ts, classify.ts,
 * assemble.ts). Pure data: no DOM, no Node.
 */

export const SOURCE_FORMATS = ['docx', 'pdf', 'txt', 'paste'] as const;
export const sourceFormatSchema = z.enum(SOURCE_FORMATS);
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

/** Larger files are refused before they are read (a Word file of minutes is well below it, even with pictures). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Pasted text longer than this is refused (about 400 pages). */
export const MAX_IMPORT_TEXT = 2_000_000;

/** A stretch of text with one look; `href` is the link target when the run is (part of) a hyperlink. */
export const sourceRunSchema = z.object({
  text: z.string().max(MAX_IMPORT_TEXT),
  bold: z.boolean(),
  italic: z.boolean(),
  href: z.string().max(2000).nullable(),
});
export type SourceRun = z.infer<typeof sourceRunSchema>;

export const sourceListSchema = z.object({
  ordered: z.boolean(),
  /** 0 for the outer list, 1 for a list in it … */
  level: z.number().int().min(0).max(9),
  /**
   * The number Word or the PDF printed before the paragraph when the text
   * itself does not hold it (automatic numbering): "4." or "a)". Empty when
   * unknown or when the marker is part of the text.
   */
  marker: z.string().max(20),
});
export type SourceList = z.infer<typeof sourceListSchema>;

export const sourceParagraphSchema = z.object({
  type: z.literal('paragraph'),
  /** Unique in the document, in reading order (also for paragraphs in table cells). */
  id: z.number().int().nonnegative(),
  runs: z.array(sourceRunSchema),
  /**
   * Outline level from the paragraph's style: 0 for Title, 1 for Heading 1 …;
   * null for body text. A PDF reader guesses it from the font size.
   */
  heading: z.number().int().min(0).max(9).nullable(),
  list: sourceListSchema.nullable(),
  /** 1-based page, when the format has pages. */
  page: z.number().int().positive().nullable(),
});
export type SourceParagraph = z.infer<typeof sourceParagraphSchema>;

export const sourceTableSchema = z.object({
  type: z.literal('table'),
  id: z.number().int().nonnegative(),
  /** Rows of cells; a cell holds its paragraphs in order. */
  rows: z.array(z.array(z.array(sourceParagraphSchema))),
});
export type SourceTable = z.infer<typeof sourceTableSchema>;

export const sourceBlockSchema = z.discriminatedUnion('type', [sourceParagraphSchema, sourceTableSchema]);
export type SourceBlock = z.infer<typeof sourceBlockSchema>;

export const sourceDocumentSchema = z.object({
  /** The file name as the secretary chose it ("PSN 2024-11-25.docx"), or "Inklistrad text". */
  name: z.string().max(300),
  format: sourceFormatSchema,
  blocks: z.array(sourceBlockSchema),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

/** A paragraph's text as written, runs joined. */
export function paragraphText(p: Pick<SourceParagraph, 'runs'>): string {
  return p.runs.map((r) => r.text).join('');
}

/** Every paragraph of the document in reading order, table cells row by row. */
export function allParagraphs(doc: Pick<SourceDocument, 'blocks'>): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'paragraph') out.push(block);
    else for (const row of block.rows) for (const cell of row) out.push(...cell);
  }
  return out;
}

/** A plain run: no bold, italic or link. */
export function plainRun(text: string): SourceRun {
  return { text, bold: false, italic: false, href: null };
}
