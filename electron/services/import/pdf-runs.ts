import type { SourceRun } from '../../../shared/import/source';
import type { Line, PdfItem, Segment } from './pdf-lines';

/** A PDF's printed pieces of text as runs of a paragraph: spaces between words put back, wrapped lines joined. */

export function segmentRuns(segment: Segment): SourceRun[] {
  const runs: SourceRun[] = [];
  let previous: PdfItem | null = null;
  for (const item of segment.items) {
    if (previous !== null && item.x - (previous.x + previous.width) > 0.15 * item.size && !/\s$/.test(previous.text) && !/^\s/.test(item.text)) {
      push(runs, { text: ' ', bold: previous.bold && item.bold, italic: previous.italic && item.italic, href: previous.href === item.href ? item.href : null });
    }
    push(runs, { text: item.text, bold: item.bold, italic: item.italic, href: item.href });
    previous = item;
  }
  return runs;
}

/** A line's runs; text in separate columns of a lone line (a tab stop) is kept apart by a tab. */
export function lineRuns(line: Line): SourceRun[] {
  const runs: SourceRun[] = [];
  line.segments.forEach((segment, i) => {
    if (i > 0) push(runs, { text: '\t', bold: false, italic: false, href: null });
    for (const run of segmentRuns(segment)) push(runs, run);
  });
  return trimRuns(runs);
}

export function appendLine(runs: SourceRun[], next: SourceRun[]): void {
  const last = runs[runs.length - 1];
  const first = next[0];
  if (last && first) {
    // An address broken at its hyphen or slash goes on as it was ("…/handlingar/10-" over "8776.pdf").
    const address = /(?:https?:\/\/|www\.)\S*[-/_.]$/u.test(last.text) && /^[\p{L}\d]/u.test(first.text);
    if (!address && /\p{L}-$/u.test(last.text) && /^\p{Ll}/u.test(first.text)) last.text = last.text.slice(0, -1);
    else if (!address) push(runs, { text: ' ', bold: last.bold && first.bold, italic: last.italic && first.italic, href: last.href === first.href ? last.href : null });
  }
  for (const run of next) push(runs, run);
}

function push(runs: SourceRun[], run: SourceRun): void {
  const last = runs[runs.length - 1];
  if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
  else if (run.text !== '') runs.push({ ...run });
}

function trimRuns(runs: SourceRun[]): SourceRun[] {
  const first = runs[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  for (const run of runs) run.text = run.text.replace(/ {2,}/g, ' ');
  return runs.filter((run) => run.text !== '');
}

export function stripPrefix(runs: SourceRun[], prefix: RegExp): void {
  const first = runs[0];
  if (first) first.text = first.text.replace(prefix, '');
  if (first && first.text === '') runs.shift();
}
