import {
  AlignmentType,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { DocBlock, DocInline, DocList, DocTableCell, MinutesDocument } from '../../../shared/document/model';
import { AppError } from '../../../shared/ipc/result';
import { coreFieldsOf, corePropertiesXml, xmlSafe } from './docx-core';
import {
  BASE_STYLES_XML,
  PAGE,
  PARAGRAPH_STYLES,
  ROLE_STYLE,
  STYLE,
  TEXT_WIDTH,
  TemplateStylesError,
  mergeTemplateStyles,
} from './docx-styles';
import { columnCount, isCovered, placeCells, type PlacedCell } from '../../../shared/document/table';
import { NUMBERING, numberingOf } from './docx-lists';
import { readTemplate } from './docx-template';

/**
 * The minutes as a Word document. One exhaustive switch over the document
 * model's block and inline kinds (see shared/document/model.ts), written
 * with Word's built-in styles so an organisation can restyle the result, or
 * hand over its own .docx template whose styles then take precedence.
 */

export interface DocxOptions {
  /** An organisation's .docx/.dotx: its styles (fonts, colours, spacing) replace ours where it defines them. */
  templateDocx?: Uint8Array;
  /** Written as created/modified in the document properties; now if not given. */
  now?: Date;
}

export async function renderMinutesDocx(doc: MinutesDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const styles = stylesFor(options.templateDocx);
  const renderer = new DocxRenderer(doc.blocks);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.title, children: renderer.text(doc.title) }),
  ];
  if (doc.subtitle.trim() !== '') children.push(new Paragraph({ style: STYLE.subtitle, children: renderer.text(doc.subtitle) }));
  let previous: DocBlock | undefined;
  for (const block of doc.blocks) {
    // Word puts no space below a table; the paragraph after one gets it.
    children.push(...renderer.block(block, false, previous?.kind === 'table'));
    previous = block;
  }

  const header =
    doc.draftMarker === null
      ? undefined
      : new Header({ children: [new Paragraph({ style: STYLE.draft, alignment: AlignmentType.RIGHT, children: renderer.text(doc.draftMarker) })] });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
  const core = coreFieldsOf(doc, options.now ?? new Date());

  const file = withTemplateErrors(() => new Document({
    title: xmlSafe(core.title),
    subject: xmlSafe(core.subject),
    creator: xmlSafe(core.creator),
    keywords: xmlSafe(core.keywords),
    description: xmlSafe(core.description),
    lastModifiedBy: xmlSafe(core.creator),
    externalStyles: styles.xml,
    styles: { paragraphStyles: styles.paragraphStyles },
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: 709, footer: 709 },
          },
        },
        ...(header === undefined ? {} : { headers: { default: header } }),
        footers: { default: footer },
        children,
      },
    ],
  }));
  const overrides = [{ path: 'docProps/core.xml', data: corePropertiesXml(core) }];
  if (styles.theme !== null) overrides.push({ path: 'word/theme/theme1.xml', data: styles.theme });
  const buffer = await Packer.toBuffer(file, false, overrides);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

interface Look {
  xml: string;
  paragraphStyles: readonly IParagraphStyleOptions[];
  /** The template's theme, written in place of docx's Office theme. */
  theme: string | null;
}

/**
 * Checks a template before it is stored, fully: read, merged, and its styles
 * parsed by the same XML reader the export uses, so a template that would
 * fail at export is refused now with a Swedish message.
 */
export function checkTemplate(templateDocx: Uint8Array): void {
  const look = stylesFor(templateDocx);
  withTemplateErrors(() => new Document({ externalStyles: look.xml, sections: [] }));
}

/** docx's own XML reader refuses a template's styles with an English message: said in Swedish, at the field. */
function withTemplateErrors<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (/XML/i.test(detail)) {
      throw new AppError('validation', 'Mallen kunde inte användas: formatmallarna (word/styles.xml) är inte giltig XML.', 'templateDocx');
    }
    throw error;
  }
}

function stylesFor(templateDocx: Uint8Array | undefined): Look {
  if (templateDocx === undefined) return { xml: BASE_STYLES_XML, paragraphStyles: PARAGRAPH_STYLES, theme: null };
  const template = readTemplate(templateDocx);
  try {
    const merged = mergeTemplateStyles(template.styles);
    return { xml: merged.stylesXml, paragraphStyles: merged.missing, theme: template.theme };
  } catch (error) {
    if (error instanceof TemplateStylesError) throw new AppError('validation', `Mallen kunde inte användas: ${error.message}`, 'templateDocx');
    throw error;
  }
}

// --- Blocks and inlines -----------------------------------------------------------

/** Word bookmark names: a letter first, then letters, digits and _, at most 40 characters. */
function bookmarkName(anchor: string, taken: ReadonlySet<string>): string {
  let base = anchor.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(base)) base = `p_${base}`;
  base = base.slice(0, 40);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 40 - String(n).length - 1)}_${n}`;
  return name;
}

interface Emphasis {
  bold?: boolean;
  italic?: boolean;
}

class DocxRenderer {
  /** Agenda anchors to Word bookmark names, found before rendering so links can point forward. */
  private readonly bookmarks = new Map<string, string>();
  /** Each list is its own numbering instance, so every numbered list counts from its own start. */
  private listInstance = 0;

  constructor(blocks: readonly DocBlock[]) {
    const taken = new Set<string>();
    const visit = (block: DocBlock): void => {
      switch (block.kind) {
        case 'heading':
          if (block.anchor !== null && !this.bookmarks.has(block.anchor)) {
            const name = bookmarkName(block.anchor, taken);
            taken.add(name);
            this.bookmarks.set(block.anchor, name);
          }
          return;
        case 'table':
          for (const row of block.rows) for (const cell of row) cell.blocks.forEach(visit);
          return;
        case 'paragraph':
        case 'list':
        case 'quote':
          return;
        default:
          return unreachable(block);
      }
    };
    blocks.forEach(visit);
  }

  text(text: string, emphasis: Emphasis = {}): ParagraphChild[] {
    return this.inlines([{ kind: 'text', text }], emphasis);
  }

  block(block: DocBlock, inTableHeader: boolean, afterTable = false): (Paragraph | Table)[] {
    const emphasis: Emphasis = inTableHeader ? { bold: true } : {};
    const spacing = afterTable ? { spacing: { before: 240 } } : {};
    switch (block.kind) {
      case 'heading': {
        const runs = this.inlines(block.children, emphasis);
        const name = block.anchor === null ? undefined : this.bookmarks.get(block.anchor);
        return [
          new Paragraph({
            ...(block.look === 'roster' ? { style: STYLE.rosterHeading[block.level === 1 ? 1 : 2] } : { heading: HEADING[block.level] }),
            children: name === undefined ? runs : [new Bookmark({ id: name, children: runs })],
          }),
        ];
      }
      case 'paragraph': {
        const style = ROLE_STYLE[block.role];
        return [new Paragraph({ ...(style === undefined ? {} : { style }), ...spacing, children: this.inlines(block.children, emphasis) })];
      }
      case 'list':
        return this.list(block, 0, emphasis, afterTable);
      case 'table':
        return [this.table(block.rows)];
      case 'quote':
        return [new Paragraph({ style: STYLE.quote, ...spacing, children: this.inlines(block.children, emphasis) })];
      default:
        return unreachable(block);
    }
  }

  private list(list: DocList, level: number, emphasis: Emphasis, afterTable = false): Paragraph[] {
    const instance = ++this.listInstance;
    const reference = numberingOf(list);
    const out: Paragraph[] = [];
    for (const item of list.items) {
      out.push(
        new Paragraph({
          style: STYLE.listParagraph,
          ...(afterTable && out.length === 0 ? { spacing: { before: 240 } } : {}),
          numbering: { reference, level: Math.min(level, 8), instance },
          children: this.inlines(item.children, emphasis),
        }),
      );
      if (item.sublist !== null) out.push(...this.list(item.sublist, level + 1, emphasis));
    }
    return out;
  }

  private table(rows: readonly (readonly DocTableCell[])[]): Table {
    const grid = placeCells(rows);
    const widths = columnWidths(grid);
    const empty: DocTableCell = { header: false, blocks: [] };
    return new Table({
      style: STYLE.table,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      rows: grid.map(
        (row, index) =>
          new TableRow({
            tableHeader: index === 0 && row.length > 0 && row.every(({ cell }) => cell.header),
            // docx itself continues a cell merged down from above into the rows it spans.
            children: widths.flatMap((width, c) => {
              if (isCovered(grid, index, c)) return [];
              const cell = row.find((p) => p.column === c)?.cell ?? empty;
              const content = cell.blocks.flatMap((b) => this.block(b, cell.header));
              // A cell must end with a paragraph.
              if (content.length === 0 || content[content.length - 1] instanceof Table) content.push(new Paragraph({}));
              const span = cell.rowSpan !== undefined && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {};
              return [new TableCell({ width: { size: width, type: WidthType.DXA }, ...span, children: content })];
            }),
          }),
      ),
    });
  }

  inlines(children: readonly DocInline[], emphasis: Emphasis, inLink = false): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    for (const inline of children) {
      switch (inline.kind) {
        case 'text':
          out.push(...this.runs(inline, emphasis, inLink));
          break;
        case 'break':
          out.push(new TextRun({ break: 1 }));
          break;
        case 'link': {
          const runs = this.inlines(inline.children, emphasis, true);
          if (inLink) {
            out.push(...runs);
          } else if (inline.url.startsWith('#')) {
            const name = this.bookmarks.get(inline.url.slice(1));
            out.push(...(name === undefined ? runs : [new InternalHyperlink({ anchor: name, children: runs })]));
          } else {
            out.push(new ExternalHyperlink({ link: xmlSafe(inline.url), children: runs }));
          }
          break;
        }
        default:
          return unreachable(inline);
      }
    }
    return out;
  }

  /** One run per line: a newline inside a text becomes a line break, a tab a Word tab. */
  private runs(inline: Extract<DocInline, { kind: 'text' }>, emphasis: Emphasis, inLink: boolean): TextRun[] {
    const format = {
      ...(inline.bold === true || emphasis.bold === true ? { bold: true } : {}),
      ...(inline.italic === true || emphasis.italic === true ? { italics: true } : {}),
      ...(inline.underline === true ? { underline: {} } : {}),
      // "Ändringar sedan utskick": removed text struck through, added text double underlined.
      ...(inline.change === 'removed' ? { strike: true } : {}),
      ...(inline.change === 'added' ? { underline: { type: UnderlineType.DOUBLE } } : {}),
      ...(inLink ? { style: STYLE.hyperlink } : {}),
    };
    return xmlSafe(inline.text)
      .split(/\r?\n/)
      .map((line, i) => {
        const brk = i > 0 ? { break: 1 } : {};
        if (!line.includes('\t')) return new TextRun({ text: line, ...brk, ...format });
        const parts: (string | Tab)[] = [];
        line.split('\t').forEach((part, j) => {
          if (j > 0) parts.push(new Tab());
          if (part !== '') parts.push(part);
        });
        return new TextRun({ children: parts, ...brk, ...format });
      });
  }
}

/**
 * Column widths in twips over the text width: a column of short labels
 * ("Närvarande") narrow, one of long titles wide, none below an eighth of
 * an even share or above three times it.
 */
function columnWidths(grid: readonly PlacedCell[][]): number[] {
  const columns = columnCount(grid);
  const longest = Array.from({ length: columns }, () => 1);
  for (const row of grid) {
    for (const { cell, column } of row) {
      for (const line of cellLines(cell.blocks)) longest[column] = Math.max(longest[column] ?? 1, Math.min(line.length, 80));
    }
  }
  const even = 1 / columns;
  const total = longest.reduce((a, b) => a + b, 0);
  const shares = longest.map((n) => Math.min(3 * even, Math.max(even / 2, n / total)));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => Math.floor((TEXT_WIDTH * share) / sum));
}

function cellLines(blocks: readonly DocBlock[]): string[] {
  const text = (inlines: readonly DocInline[]): string =>
    inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'link' ? text(i.children) : '\n')).join('');
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        return text(block.children).split('\n');
      case 'list': {
        const items = (list: DocList): string[] => list.items.flatMap((item) => [text(item.children), ...(item.sublist ? items(item.sublist) : [])]);
        return items(block).map((line) => `    ${line}`);
      }
      case 'table':
        return block.rows.flatMap((row) => row.flatMap((cell) => cellLines(cell.blocks)));
      default:
        return unreachable(block);
    }
  });
}

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function unreachable(value: never): never {
  throw new Error(`Okänd del av dokumentet: ${JSON.stringify(value)}`);
}
