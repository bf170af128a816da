import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Printed, Span } from './printed';

/**
 * A Word file written with the docx package, with Word's own structure:
 * Title and Heading styles, items numbered by Word's automatic numbering
 * (when the layout says so: the number is then not in the text), bullet and
 * numbered lists as Word lists, tables, hyperlinks, and a footer with the
 * title and page numbers (which a PDF printed from it carries on every page).
 */

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(spans: readonly Span[]): ParagraphChild[] {
  return spans.map((s) => {
    const run = new TextRun({ text: s.text, bold: s.bold === true, italics: s.italic === true, ...(s.href ? { style: 'Hyperlink' } : {}) });
    return s.href ? new ExternalHyperlink({ link: s.href, children: [run] }) : run;
  });
}

const cellParagraphs = (cell: readonly Span[][]) => (cell.length ? cell.map((p) => new Paragraph({ children: runs(p) })) : [new Paragraph({})]);

export async function writeDocx(blocks: readonly Printed[], autoNumber: boolean, title: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let orderedLists = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.spans) }));
        break;
      case 'subtitle':
        children.push(new Paragraph({ style: 'Subtitle', children: runs(block.spans) }));
        break;
      case 'heading': {
        const numbered = autoNumber && block.number !== null && block.level <= 2;
        const text = !numbered && block.number ? [{ text: `${block.number} ` }, ...block.spans] : block.spans;
        children.push(
          new Paragraph({
            heading: HEADINGS[block.level],
            children: runs(text),
            ...(numbered ? { numbering: { reference: 'items', level: block.level - 1 } } : {}),
          }),
        );
        break;
      }
      case 'paragraph':
        children.push(new Paragraph({ children: runs(block.spans) }));
        break;
      case 'list': {
        const instance = ++orderedLists;
        for (const entry of block.entries) {
          children.push(
            new Paragraph({
              children: runs(entry.spans),
              numbering: block.ordered ? { reference: 'ordered', level: entry.level, instance } : { reference: 'bullets', level: entry.level },
            }),
          );
        }
        break;
      }
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: cellParagraphs(cell) })) })),
          }),
        );
        children.push(new Paragraph({}));
        break;
    }
  }
  const doc = new Document({
    creator: 'Sekreteraren',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
        { reference: 'bullets', levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START })) },
        { reference: 'ordered', levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })) },
      ],
    },
    sections: [
      {
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: [`${title} – sida `, PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
