import type { SourceParagraph, SourceRun } from '../../../shared/import/source';
import { tableLabelKind } from '../../../shared/import/words';
import { GROUP_HEADINGS } from '../../../shared/roster/paste-words';
import { COLUMN_TOLERANCE, segmentText, type Line, type Segment } from './pdf-lines';
import { appendLine, segmentRuns } from './pdf-runs';

/**
 * A printed table back into the rows and cells it was made of. Each column
 * is read on its own, top to bottom, as the text of a cell flows: a line
 * either carries on the paragraph above it in the same column or starts a
 * new one (a person, a heading). A new row starts where the first column
 * starts a new paragraph, so a label table ("Närvarande | names | titles")
 * comes back as one row whose cells hold one paragraph per person.
 */

type MakeParagraph = (runs: SourceRun[], page: number) => SourceParagraph;

/** A cell's paragraph while the table is read; made a paragraph (with its id) once every row is known. */
interface Draft {
  runs: SourceRun[];
  page: number;
}

interface OpenCell {
  paragraph: Draft;
  /** The paragraph's text so far, to see whether it ends mid-phrase. */
  text: string;
  line: Line;
  segment: Segment;
}

/** Words a wrapped line can end on but a paragraph hardly ever does. */
const MID_PHRASE_END = /(?:[,(&/+–-]|(?<!\p{L})(?:och|samt|eller|i|för|av|med|på|till|vid|hos|från|inom|om|under|mellan))$/iu;
/** "Anna Ek (S)", "Anna Ek, Lerbergs kommun": a new person in a roster. */
const ENTRY_START = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:(?:von|van|af|de|der|den)\s+)?\p{Lu}[\p{L}-]+\s*[(,]/u;

/** "medicinsk rådgivare, …": a title and the organisation after it. */
const TITLE_START = /^\p{Ll}[\p{Ll}\s-]*,/u;

export function tableRows(lines: readonly Line[], columns: readonly number[], pageRight: number, make: MakeParagraph): SourceParagraph[][][] {
  const pitch = linePitch(lines);
  // Where paragraphs are spaced apart, the space is all it takes; where they are not, the text has to tell.
  const spaced =
    lines.filter((line, i) => {
      const previous = lines[i - 1];
      return previous !== undefined && line.page === previous.page && previous.y - line.y > 1.5 * pitch;
    }).length >= 2;
  // A cell ends a little before the next column starts (its padding); the last one at the page's margin.
  const rights = columns.map((_, c) => {
    const next = columns[c + 1];
    return next === undefined ? Math.max(pageRight, ...lines.map((line) => cellOf(line, columns, c)?.xEnd ?? 0)) : next - (lines[0]?.size ?? 10);
  });
  const rows: Draft[][][] = [];
  const rowLines: Line[][] = [];
  const open: (OpenCell | null)[] = columns.map(() => null);
  for (const line of lines) {
    const cells = columns.map((_, c) => cellOf(line, columns, c));
    const starts = cells.map((segment, c) => {
      const before = open[c];
      return segment !== undefined && (before == null || !carriesOn(before, line, segment, pitch, spaced, rights[c] ?? 0));
    });
    if (rows.length === 0 || starts[0] === true) {
      rows.push(columns.map(() => []));
      rowLines.push([]);
    }
    const row = rows[rows.length - 1] as Draft[][];
    rowLines[rowLines.length - 1]?.push(line);
    cells.forEach((segment, c) => {
      if (segment === undefined) return;
      const before = open[c];
      const text = segmentText(segment).trim();
      if (before && !starts[c]) {
        appendLine(before.paragraph.runs, segmentRuns(segment));
        open[c] = { ...before, text: `${before.text} ${text}`, line, segment };
        return;
      }
      const paragraph = { runs: segmentRuns(segment), page: line.page };
      row[c]?.push(paragraph);
      open[c] = { paragraph, text, line, segment };
    });
  }
  return rows.flatMap((row, r) => {
    // Names and titles that do not pair up were split wrongly: the printed lines as they stand, for the recogniser to pair.
    const printed = unpaired(row) ? (rowLines[r] ?? []).map((line) => columns.map((_, c) => draftsOf(cellOf(line, columns, c), line))) : [row];
    return printed.map((cells) => cells.map((cell) => cell.map((d) => make(d.runs, d.page))));
  });
}

/** A label row ("Närvarande | names | titles") whose names and titles differ in number. */
function unpaired(row: readonly Draft[][]): boolean {
  const [label, ...rest] = row;
  if (label?.length !== 1 || rest.length < 2 || tableLabelKind(label[0]?.runs.map((r) => r.text).join('') ?? '') !== 'attendance') return false;
  const counts = rest.map((cell) => cell.length).filter((n) => n > 0);
  return counts.some((n) => n !== counts[0]);
}

function draftsOf(segment: Segment | undefined, line: Line): Draft[] {
  return segment ? [{ runs: segmentRuns(segment), page: line.page }] : [];
}

function cellOf(line: Line, columns: readonly number[], c: number): Segment | undefined {
  const column = columns[c] ?? 0;
  return line.segments.find((s) => Math.abs(s.x - column) <= COLUMN_TOLERANCE);
}

/** The distance from one baseline to the next within a paragraph: the smallest one in the table. */
function linePitch(lines: readonly Line[]): number {
  let pitch = Infinity;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && previous.page === line.page && previous.y - line.y > 0.5 * line.size) pitch = Math.min(pitch, previous.y - line.y);
  });
  return Number.isFinite(pitch) ? pitch : 1.2 * (lines[0]?.size ?? 10);
}

/**
 * Whether a cell's line only carries on the paragraph above it in its
 * column. Tight under it, and either the line above stops mid-phrase, or
 * the line's first word would not have fitted after it (so the text
 * wrapped) and nothing says a new entry starts: a group heading on its own
 * line, a capitalised start after a line that ended on a complete word, a
 * name with its party or organisation.
 */
function carriesOn(above: OpenCell, line: Line, segment: Segment, pitch: number, spaced: boolean, right: number): boolean {
  if (line.page !== above.line.page || Math.abs(line.size - above.line.size) >= 0.5) return false;
  const gap = above.line.y - line.y;
  if (gap > (spaced ? 1.5 : 1.45) * pitch && gap > 1.3 * line.size) return false;
  if (spaced) return true;
  const text = segmentText(segment).trim();
  const previous = above.text;
  if (endsMidPhrase(previous)) return true;
  const firstWord = text.split(' ')[0] ?? '';
  if (/^\p{Lu}/u.test(text) && GROUP_HEADINGS.has(text.toLocaleLowerCase('sv-SE').replace(/[.:]+$/u, ''))) return false;
  const charWidth = (segment.xEnd - segment.x) / Math.max(1, text.length);
  // A character's width of slack: the width of the word is only estimated.
  if (above.segment.xEnd + charWidth * (firstWord.length + 1) <= right - charWidth) return false;
  // "beredning, Region Väst" then "medicinsk rådgivare, …": a list of titles, one "title, organisation" each.
  if (/^\p{Ll}/u.test(previous) && previous.includes(',') && TITLE_START.test(text)) return false;
  if (/^[\p{Ll}\d(]/u.test(text)) return true;
  if (ENTRY_START.test(text)) return false;
  return /\p{Lu}[\p{L}-]*$/u.test(previous);
}

/** Text that stops where a line wrapped rather than where a paragraph ends: "… och", "… kommun,", "Anna Ek (från". */
export function endsMidPhrase(text: string): boolean {
  return MID_PHRASE_END.test(text) || (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}
