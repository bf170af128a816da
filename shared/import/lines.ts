import type { ImportLine } from './reading';
import { paragraphText, type SourceParagraph, type SourceRun, type SourceTable } from './source';
import { looksLikeRosterText, tableLabelKind } from './words';

/**
 * The source as logical lines in reading order. Paragraphs are lines; tables
 * are read the way minutes use them:
 * - a label table ("Närvarande | names | titles", "Plats: | Digitalt"): the
 *   label first, then each name beside its title, read side by side;
 * - a roster table (one side per column): each column from top to bottom,
 *   never across;
 * - any other table stays a table in the notes, a line per cell.
 */
export function toLines(source: { blocks: readonly (SourceParagraph | SourceTable)[] }): ImportLine[] {
  const lines: ImportLine[] = [];
  const push = (sources: readonly SourceParagraph[], table: ImportLine['table'] = null, runs?: SourceRun[], columns?: string[]) => {
    const first = sources[0];
    if (first === undefined) return;
    const allRuns = runs ?? joinRuns(sources.map((p) => p.runs));
    const text = tidy(allRuns.map((r) => r.text).join(''));
    if (text === '' && table === null) return;
    lines.push({
      index: lines.length,
      sourceIds: sources.map((p) => p.id),
      text,
      runs: allRuns,
      heading: first.heading,
      list: first.list,
      table,
      ...(columns ? { columns } : {}),
    });
  };

  for (const block of source.blocks) {
    if (block.type === 'paragraph') {
      push([block]);
      continue;
    }
    switch (tableReading(block)) {
      case 'labels':
        for (const row of labelGroups(block)) readLabelRow(row, push);
        break;
      case 'columns':
        for (const entry of columnEntries(block)) push(entry, null, joinRuns(entry.map((p) => p.runs), ' '));
        break;
      case 'rows':
        block.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const sources = cell.length > 0 ? cell : [];
            if (sources.length > 0) push(sources, { tableId: block.id, row: r, cell: c }, joinRuns(cell.map((p) => p.runs), '\n'));
            else lines.push(emptyCell(lines.length, block.id, r, c));
          }),
        );
        break;
    }
  }
  return lines;
}

type TableReading = 'labels' | 'columns' | 'rows';

function tableReading(table: SourceTable): TableReading {
  const rows = table.rows.filter((row) => row.some((cell) => cell.length > 0));
  if (rows.length === 0) return 'rows';
  // Rows that start with a label ("Närvarande", "Plats:"); rows with an empty first cell go on the label above.
  const firsts = rows.filter((row) => cellText(row[0] ?? []) !== '');
  const labelled = firsts.filter((row) => row.length >= 2 && tableLabelKind(cellText(row[0] ?? [])) !== null).length;
  if (labelled > 0 && labelled * 2 >= firsts.length) return 'labels';
  const paragraphs = columnEntries(table).map((entry) => entry.map(paragraphText).join(' '));
  const width = Math.max(...rows.map((r) => r.length));
  // A roster table: people, and the short side or category headings above them ("Region", "Kommunpolitiker").
  const people = paragraphs.filter(looksLikeRosterText).length;
  const headings = paragraphs.filter((t) => !looksLikeRosterText(t) && t.length <= 60 && t.split(/\s+/u).length <= 6 && !/[.:]$/u.test(t)).length;
  if (width <= 3 && people >= 2 && people + headings === paragraphs.length && people >= headings) return 'columns';
  return 'rows';
}

/**
 * Each column from top to bottom, as entries: a paragraph, or in a PDF the
 * printed lines of one entry that wrapped ("Anna Ek (S), Sjövikens" over
 * "kommun"), joined again.
 */
function columnEntries(table: SourceTable): SourceParagraph[][] {
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const entries: SourceParagraph[][] = [];
  for (let c = 0; c < width; c++) {
    let previous: SourceParagraph[] | null = null;
    for (const row of table.rows) {
      for (const p of row[c] ?? []) {
        if (paragraphText(p).trim() === '') continue;
        if (previous !== null && isWrappedLine(previous, p)) previous.push(p);
        else entries.push((previous = [p]));
      }
    }
  }
  return entries;
}

/** A printed line that continues the entry above it: it starts in lower case, or the line above stops mid-phrase. */
function isWrappedLine(above: readonly SourceParagraph[], line: SourceParagraph, lowerCaseContinues = true): boolean {
  if (line.page === null) return false;
  const before = above.map(paragraphText).join(' ').trim();
  const text = paragraphText(line).trim();
  const open = (before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0);
  return open || /[,\-–(]$|\boch$/u.test(before) || (lowerCaseContinues && /^[\p{Ll}(]/u.test(text));
}

/**
 * "Närvarande | Anna Ek, ordf. ⏎ Per Berg | Direktör ⏎ Chef": the label, then
 * the names zipped with the titles when both columns have as many paragraphs;
 * "Plats: | Digitalt": one line.
 */
function readLabelRow(
  row: readonly SourceParagraph[][],
  push: (sources: readonly SourceParagraph[], table?: ImportLine['table'], runs?: SourceRun[], columns?: string[]) => void,
): void {
  const [label = [], ...rest] = row;
  const kind = tableLabelKind(cellText(label));
  const values = rest.map((cell) => cell.filter((p) => paragraphText(p).trim() !== ''));
  if (kind === 'field') {
    const all = [...label, ...values.flat()];
    push(all, null, joinRuns(all.map((p) => p.runs), ' '));
    return;
  }
  push(label);
  const [rawNames = [], rawTitles = [], ...more] = values;
  // In a PDF each printed line is a paragraph: the names column's wrapped lines are joined again,
  // and the titles column's lines joined to as many entries as there are names.
  const names = joinWrapped(rawNames);
  const titles = fitTo(joinWrapped(rawTitles, false), names.length);
  if (titles.length === names.length && titles.length > 0) {
    names.forEach((name, i) => {
      const title = titles[i]!;
      push([...name, ...title], null, joinRuns([entryRuns(name), entryRuns(title)], ', '), [entryText(name), entryText(title)]);
    });
  } else {
    for (const entry of [...names, ...titles]) push(entry, null, entryRuns(entry));
  }
  for (const p of more.flat()) push([p]);
}

/** A label table's rows, each label row with the rows under it that have no label of their own (a PDF's printed lines). */
function labelGroups(table: SourceTable): SourceParagraph[][][] {
  const groups: SourceParagraph[][][] = [];
  for (const row of table.rows) {
    const current = groups.at(-1);
    if (cellText(row[0] ?? []) === '' && current) {
      row.slice(1).forEach((cell, i) => (current[i + 1] ??= []).push(...cell));
    } else {
      groups.push(row.map((cell) => [...cell]));
    }
  }
  return groups;
}

/** Paragraphs as entries: each its own, except PDF lines that continue the line above. */
function joinWrapped(paragraphs: readonly SourceParagraph[], lowerCaseContinues = true): SourceParagraph[][] {
  const entries: SourceParagraph[][] = [];
  for (const p of paragraphs) {
    const last = entries.at(-1);
    if (last && isWrappedLine(last, p, lowerCaseContinues)) last.push(p);
    else entries.push([p]);
  }
  return entries;
}

/**
 * Titles printed beside names wrap on their own; when there are more lines
 * than names, the lines most likely to continue the one above are joined
 * (after a comma first, then a line of one word) until the counts agree.
 */
function fitTo(entries: SourceParagraph[][], count: number): SourceParagraph[][] {
  const out = entries.map((e) => [...e]);
  if (count === 0 || out.length <= count || out.some((e) => e.some((p) => p.page === null))) return out;
  const score = (i: number) => {
    const before = entryText(out[i - 1]!);
    const text = entryText(out[i]!);
    return (/,$/u.test(before) ? 4 : 0) + (!text.includes(' ') ? 2 : 0) + (/^\p{Ll}/u.test(text) && !text.includes(',') ? 1 : 0);
  };
  while (out.length > count) {
    let best = 1;
    for (let i = 2; i < out.length; i++) if (score(i) > score(best)) best = i;
    out[best - 1]!.push(...out[best]!);
    out.splice(best, 1);
  }
  return out;
}

const entryText = (entry: readonly SourceParagraph[]) => tidy(entry.map(paragraphText).join(' '));
const entryRuns = (entry: readonly SourceParagraph[]) => joinRuns(entry.map((p) => p.runs), ' ');

function cellText(cell: readonly SourceParagraph[]): string {
  return cell.map(paragraphText).join(' ').trim();
}

function joinRuns(parts: readonly SourceRun[][], separator = ''): SourceRun[] {
  const out: SourceRun[] = [];
  parts.forEach((runs, i) => {
    if (i > 0 && separator !== '') {
      const before = out.at(-1)?.text ?? '';
      const sep = separator === ', ' && /[,;:]\s*$/u.test(before) ? ' ' : separator;
      out.push({ text: sep, bold: false, italic: false, href: null });
    }
    out.push(...runs);
  });
  return out;
}

/** Spaces as one, no invisible characters, no space at the ends. */
export function tidy(text: string): string {
  return text
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[\u00a0\u2007\u202f\t ]+/gu, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

function emptyCell(index: number, tableId: number, row: number, cell: number): ImportLine {
  return { index, sourceIds: [], text: '', runs: [], heading: null, list: null, table: { tableId, row, cell } };
}
