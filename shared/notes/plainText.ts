import { bold, list, paragraph, tab, text as textNode, type ListEntry } from './build';
import { TEXT_FORMAT, type BlockNodeJson, type InlineNodeJson, type ListNodeJson } from './schema';

/**
 * Plain text pasted into the notes (an e-mail, Notepad), as notes blocks.
 * The rules, in the order they apply to each line:
 *
 * - Blank lines only separate: they end a paragraph and are never kept as
 *   empty paragraphs.
 * - A line that starts with "-", "–", "•", "*" (or Word's "·", "◦", "▪") and a
 *   space is a bullet item; one that starts with a number and "." or ")"
 *   ("1.", "2)") and a space a numbered item. A numbered list starts at the
 *   number of its first item, so "2. Eskaleringsmodell" after a bullet list
 *   prints 2. Items follow each other across blank lines.
 * - An item indented deeper than the item above it is nested under it, at
 *   most `MAX_NESTING` levels deep. (Below the first level a change of marker
 *   stays in the same nested list.)
 * - A line indented under an item, or wrapped (below), continues that item.
 * - Hard-wrapped lines are joined: mail programs break lines at about 72
 *   characters, so a line is joined with the next one when the next line's
 *   first word would not have fitted after it within the paste's longest
 *   line. That width is only trusted from 60 characters on, and lines over
 *   80 characters (a paragraph that was never wrapped) never count, so short
 *   lines (names, a signature, a list of sentences) stay lines. Every other
 *   line break starts a new paragraph, which the toolbar can make a list.
 * - A label: a short line of its own (at most 40 characters and 5 words,
 *   capitalised, nothing like ".", ":" or "," at its end) right before a list
 *   is printed bold, as "Inspel" in real minutes and in the "/" menu's block.
 *
 * Pasted into a list (`into`), each paragraph becomes an item of it.
 *
 * One pass over the lines and over their characters, so a paste of megabytes
 * stays fast.
 */
export function plainTextToNotesBlocks(pasted: string, into: ListType | null = null): BlockNodeJson[] {
  const lines = pasted.split(/\r\n|\r|\n/);
  const blocks = new PlainTextReader(wrapWidth(lines)).read(lines);
  return into === null ? blocks : asItems(blocks, into);
}

type ListType = ListNodeJson['listType'];

/**
 * Pasted into a list, each paragraph is an item of it, as each line was when
 * Lexical pasted plain text: lists of the same kind next to each other are
 * joined into one by the editor.
 */
function asItems(blocks: BlockNodeJson[], listType: ListType): BlockNodeJson[] {
  const out: BlockNodeJson[] = [];
  let items: ListEntry[] = [];
  const flush = () => {
    if (items.length > 0) out.push(list(listType, items));
    items = [];
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      items.push(block.children);
    } else {
      flush();
      out.push(block);
    }
  }
  flush();
  return out;
}

/** Lists nested deeper than this stay at this depth (Word numbers nine levels). */
export const MAX_NESTING = 8;

const BULLET_ITEM = /^([ \t]*)[-–•*·◦▪][ \t]+(?=\S)/;
const NUMBERED_ITEM = /^([ \t]*)(\d{1,3})[.)][ \t]+(?=\S)/;
/** Narrower than this, a paste is not taken for hard-wrapped text. */
const MIN_WRAP = 60;
/** Longer than this, a line was not wrapped by a mail program. */
const MAX_WRAP = 80;

interface Item {
  kind: 'bullet' | 'number';
  /** Columns of indentation before the marker. */
  indent: number;
  start: number;
  /** The text after the marker. */
  text: string;
}

function itemOf(line: string): Item | null {
  const number = NUMBERED_ITEM.exec(line);
  if (number) return { kind: 'number', indent: columns(number[1] ?? ''), start: Number(number[2]), text: line.slice(number[0].length).trim() };
  const bullet = BULLET_ITEM.exec(line);
  if (bullet) return { kind: 'bullet', indent: columns(bullet[1] ?? ''), start: 1, text: line.slice(bullet[0].length).trim() };
  return null;
}

/** The line is a list item by these rules ("- …", "2. …"). */
export function isListItemLine(line: string): boolean {
  return itemOf(line) !== null;
}

function columns(indentation: string): number {
  let n = 0;
  for (const c of indentation) n += c === '\t' ? 4 : 1;
  return n;
}

const isBlank = (line: string): boolean => line.trim() === '';
const leadingSpace = (line: string): number => line.length - line.trimStart().length;

/** The width a mail program wrapped the paste at, or 0 when it does not look wrapped. */
function wrapWidth(lines: readonly string[]): number {
  let widest = 0;
  for (const line of lines) {
    const length = line.trimEnd().length;
    if (length <= MAX_WRAP && length > widest) widest = length;
  }
  return widest >= MIN_WRAP ? widest : 0;
}

function firstWordLength(line: string): number {
  const trimmed = line.trimStart();
  const space = trimmed.search(/\s/);
  return space < 0 ? trimmed.length : space;
}

/** Text with tabs, as text and tab nodes. */
function inlinesOf(value: string): InlineNodeJson[] {
  if (!value.includes('\t')) return value === '' ? [] : [textNode(value)];
  const out: InlineNodeJson[] = [];
  value.split('\t').forEach((part, i) => {
    if (i > 0) out.push(tab());
    if (part !== '') out.push(textNode(part));
  });
  return out;
}

/** An item's lines, or a list nested under the item before it. */
type Entry = { parts: string[] } | { list: ListNodeJson };

interface OpenList {
  kind: Item['kind'];
  indent: number;
  start: number;
  entries: Entry[];
}

class PlainTextReader {
  private readonly out: BlockNodeJson[] = [];
  private paragraph: { parts: string[]; lines: number } | null = null;
  /** The open lists, outermost first. */
  private levels: OpenList[] = [];
  /** The innermost list's last item takes a wrapped line (no blank line since it began). */
  private itemOpen = false;
  /** The line before, when it had text. */
  private previous: string | null = null;
  /** The text of the last block written, when it was a one-line paragraph: a label, if a list comes next. */
  private label: string | null = null;

  constructor(private readonly width: number) {}

  read(lines: readonly string[]): BlockNodeJson[] {
    for (const raw of lines) {
      const line = raw.trimEnd();
      if (isBlank(line)) {
        this.itemOpen = false;
        this.closeParagraph();
        this.previous = null;
        continue;
      }
      const item = itemOf(line);
      if (item) this.addItem(item);
      else this.addLine(line);
      this.previous = line;
    }
    this.closeLists();
    this.closeParagraph();
    return this.out;
  }

  /** A mail program broke the line before this one: the next word would not have fitted. */
  private wrapped(line: string): boolean {
    const before = this.previous;
    if (before === null || this.width === 0) return false;
    if (before.length > this.width || line.length > this.width) return false;
    return before.length + 1 + firstWordLength(line) > this.width;
  }

  private addLine(line: string): void {
    const item = this.lastItem();
    const outer = this.levels[0];
    if (item && outer && this.itemOpen && (leadingSpace(line) > outer.indent || this.wrapped(line))) {
      item.parts.push(line.trim());
      this.itemOpen = true;
      return;
    }
    this.closeLists();
    if (this.paragraph && this.wrapped(line)) {
      this.paragraph.parts.push(line.trim());
      this.paragraph.lines++;
      return;
    }
    this.closeParagraph();
    this.paragraph = { parts: [line.trim()], lines: 1 };
  }

  private addItem(item: Item): void {
    let top = this.levels[this.levels.length - 1];
    if (!top) {
      this.closeParagraph();
      this.markLabel();
      top = this.open(item);
    } else {
      while (this.levels.length > 1 && item.indent < top.indent) {
        this.closeLevel();
        top = this.levels[this.levels.length - 1] ?? top;
      }
      if (item.indent > top.indent && this.levels.length < MAX_NESTING) {
        top = this.open(item);
      } else if (this.levels.length === 1 && item.kind !== top.kind) {
        this.closeLists();
        top = this.open(item);
      }
    }
    top.entries.push({ parts: [item.text] });
    this.itemOpen = true;
  }

  private open(item: Item): OpenList {
    const opened: OpenList = { kind: item.kind, indent: item.indent, start: item.start, entries: [] };
    this.levels.push(opened);
    return opened;
  }

  /** The innermost list's last item, when it is text (not a nested list). */
  private lastItem(): { parts: string[] } | null {
    const top = this.levels[this.levels.length - 1];
    const last = top?.entries[top.entries.length - 1];
    return last && 'parts' in last ? last : null;
  }

  private closeLevel(): void {
    const closed = this.levels.pop();
    const parent = this.levels[this.levels.length - 1];
    if (closed && parent) parent.entries.push({ list: toList(closed) });
  }

  private closeLists(): void {
    this.itemOpen = false;
    while (this.levels.length > 1) this.closeLevel();
    const root = this.levels.pop();
    if (!root) return;
    this.out.push(toList(root));
    this.label = null;
  }

  private closeParagraph(): void {
    if (!this.paragraph) return;
    const joined = this.paragraph.parts.join(' ');
    this.out.push(paragraph(...inlinesOf(joined)));
    this.label = this.paragraph.lines === 1 ? joined : null;
    this.paragraph = null;
  }

  /** A label line right before a list is printed bold. */
  private markLabel(): void {
    if (this.label === null || !isLabel(this.label)) return;
    // Lexical keeps the format of a paragraph's text on the paragraph too.
    this.out[this.out.length - 1] = { ...paragraph(bold(this.label)), textFormat: TEXT_FORMAT.bold };
    this.label = null;
  }
}

function toList(open: OpenList): ListNodeJson {
  const entries = open.entries.map((entry): ListEntry => ('list' in entry ? entry.list : inlinesOf(entry.parts.join(' '))));
  return list(open.kind, entries, open.kind === 'number' ? open.start : 1);
}

/** "Inspel", "Frågor och svar": short, capitalised, no sentence or lead-in punctuation. */
function isLabel(line: string): boolean {
  return line.length <= 40 && line.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(line) && !/[.,:;!?…\-–]$/.test(line) && !line.includes('\t');
}
