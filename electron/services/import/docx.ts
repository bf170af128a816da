import { AppError } from '../../../shared/ipc/result';
import type { SourceBlock, SourceDocument, SourceList, SourceParagraph, SourceRun } from '../../../shared/import/source';
import { ListCounter, wrapMammothNumbering, type WordListLevel } from './docx-numbering';
import { gridRows } from './table-grid';

/**
 * A .docx as a source document, read with mammoth's document tree (not its
 * HTML): paragraphs with their style and list level, runs with bold, italic
 * and links, tables cell by cell. Footnotes, endnotes, comments, pictures and
 * text boxes' drawings are left out: minutes keep their content in the body.
 */

/** The parts of mammoth's document tree we read (lib/documents.js). */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: WordListLevel | null;
  isBold?: boolean;
  isItalic?: boolean;
  href?: string;
  breakType?: string;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
}

interface Look {
  bold: boolean;
  italic: boolean;
  href: string | null;
}

const UNREADABLE = 'Filen kunde inte läsas som ett Word-dokument (.docx). Öppna den i Word, spara den som .docx och försök igen.';

export async function readDocx(bytes: Uint8Array, name: string): Promise<SourceDocument> {
  const [mammoth, numberingXml] = await Promise.all([import('mammoth'), import('mammoth/lib/docx/numbering-xml')]);
  wrapMammothNumbering((numberingXml as { default?: unknown }).default ?? numberingXml);
  let tree: MammothNode | null = null;
  try {
    await (mammoth.default ?? mammoth).convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The tree is all we want: an empty document leaves mammoth no HTML to write.
        transformDocument: (document: MammothNode) => {
          tree = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch {
    throw new AppError('validation', UNREADABLE);
  }
  if (tree === null) throw new AppError('validation', UNREADABLE);
  return { name, format: 'docx', blocks: new DocxWalk().blocks((tree as MammothNode).children ?? []) };
}

class DocxWalk {
  private nextId = 0;
  private readonly lists = new ListCounter();

  blocks(nodes: readonly MammothNode[]): SourceBlock[] {
    const out: SourceBlock[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        const paragraph = this.paragraph(node);
        if (paragraph) out.push(paragraph);
      } else if (node.type === 'table') {
        const id = this.nextId++;
        const rows = gridRows(
          (node.children ?? []).filter((row) => row.type === 'tableRow').map((row) =>
            (row.children ?? []).filter((cell) => cell.type === 'tableCell').map((cell) => ({
              colSpan: cell.colSpan ?? 1,
              rowSpan: cell.rowSpan ?? 1,
              content: this.cellParagraphs(cell.children ?? []),
            })),
          ),
        );
        out.push({ type: 'table', id, rows });
      } else if (node.children) {
        out.push(...this.blocks(node.children));
      }
    }
    return out;
  }

  /** A cell's paragraphs; a table nested in a cell gives its paragraphs in reading order. */
  private cellParagraphs(nodes: readonly MammothNode[]): SourceParagraph[] {
    const out: SourceParagraph[] = [];
    for (const block of this.blocks(nodes)) {
      if (block.type === 'paragraph') out.push(block);
      else for (const row of block.rows) for (const cell of row) out.push(...cell);
    }
    return out;
  }

  private paragraph(node: MammothNode): SourceParagraph | null {
    const runs = trimBreaks(mergeRuns(this.runs(node.children ?? [], { bold: false, italic: false, href: null })));
    // The counter moves even for an empty numbered paragraph: Word prints its number too.
    const list = node.numbering ? this.list(node.numbering) : null;
    if (runs.every((run) => run.text.trim() === '')) return null;
    return { type: 'paragraph', id: this.nextId++, runs, heading: headingLevel(node.styleId, node.styleName), list, page: null };
  }

  private list(numbering: WordListLevel): SourceList | null {
    const level = Math.max(0, Math.min(9, Number(numbering.level) || 0));
    const marker = this.lists.marker(numbering, numbering);
    return marker === null ? null : { ordered: numbering.isOrdered, level, marker: marker.slice(0, 20) };
  }

  private runs(nodes: readonly MammothNode[], look: Look): SourceRun[] {
    const out: SourceRun[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push({ text: node.value ?? '', ...look });
          break;
        case 'tab':
          out.push({ text: '\t', ...look });
          break;
        case 'break':
          out.push({ text: '\n', ...look });
          break;
        case 'checkbox':
          out.push({ text: node.checked ? '☒' : '☐', ...look });
          break;
        case 'run':
          out.push(...this.runs(node.children ?? [], { ...look, bold: look.bold || runIsBold(node), italic: look.italic || runIsItalic(node) }));
          break;
        case 'hyperlink':
          out.push(...this.runs(node.children ?? [], { ...look, href: typeof node.href === 'string' && node.href !== '' ? node.href.slice(0, 2000) : look.href }));
          break;
        default:
          // Note and comment references, bookmarks and pictures hold no text of the body.
          if (node.children && node.type !== 'noteReference' && node.type !== 'commentReference') out.push(...this.runs(node.children, look));
      }
    }
    return out;
  }
}

function runIsBold(run: MammothNode): boolean {
  return run.isBold === true || /^(strong|stark|fet|bold)$/i.test(run.styleName ?? '');
}

function runIsItalic(run: MammothNode): boolean {
  return run.isItalic === true || /^(emphasis|betoning|kursiv|italic)$/i.test(run.styleName ?? '');
}

/**
 * The outline level a style name means, in the names Word (English and
 * Swedish) and LibreOffice write: Title/Rubrik → 0, Heading N/Rubrik N → N.
 * Word in Swedish calls the title style "Rubrik" and headings "Rubrik 1".
 */
export function headingLevel(styleId: string | null | undefined, styleName: string | null | undefined): number | null {
  for (const name of [styleName, styleId]) {
    if (!name) continue;
    const compact = name.trim().toLowerCase().replace(/[\s_-]+/g, '');
    if (/^(title|titel|rubrik|dokumenttitel)$/.test(compact)) return 0;
    const numbered = /^(?:heading|rubrik|überschrift|overskrift)([1-9])$/.exec(compact);
    if (numbered) return Number(numbered[1]);
  }
  return null;
}

/** Adjacent runs with one look become one run. */
function mergeRuns(runs: readonly SourceRun[]): SourceRun[] {
  const out: SourceRun[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else if (run.text !== '') out.push({ ...run });
  }
  return out;
}

/** Line breaks at the very start or end of a paragraph (a page break before a heading) print nothing. */
function trimBreaks(runs: SourceRun[]): SourceRun[] {
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\n+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/\n+$/, '');
  return runs.filter((run) => run.text !== '');
}
