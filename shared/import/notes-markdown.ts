import type { ImportLine } from './reading';
import type { SourceRun } from './source';

/**
 * An item's notes lines as Markdown, which the meeting-file import turns
 * into the editor's notes (headings, lists, tables, links, bold and
 * italic): the one way notes come in from outside, already tested on the
 * file import. Text is escaped so a "*" or "#" the secretary wrote stays
 * a character.
 */
export function notesMarkdown(lines: readonly ImportLine[], headingBase: number | null): string {
  const out: string[] = [];
  let previous: 'list' | 'text' | 'table' | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.table !== null) {
      const tableId = line.table.tableId;
      const cells: ImportLine[] = [];
      while (i < lines.length && lines[i]!.table?.tableId === tableId) cells.push(lines[i++]!);
      i--;
      if (out.length > 0) out.push('');
      out.push(...tableMarkdown(cells));
      previous = 'table';
      continue;
    }
    const inline = runsMarkdown(line.runs);
    if (line.list !== null) {
      if (previous !== 'list' && out.length > 0) out.push('');
      const indent = '   '.repeat(Math.min(line.list.level, 4));
      out.push(`${indent}${line.list.ordered ? '1.' : '-'} ${inline}`);
      previous = 'list';
      continue;
    }
    if (out.length > 0) out.push('');
    if (line.heading !== null && headingBase !== null && line.text.length <= 200) {
      const level = Math.min(6, Math.max(1, line.heading - headingBase));
      out.push(`${'#'.repeat(level)} ${inline}`);
    } else {
      out.push(inline);
    }
    previous = 'text';
  }
  return out.join('\n');
}

function tableMarkdown(cells: readonly ImportLine[]): string[] {
  const rows: string[][] = [];
  for (const cell of cells) {
    const { row, cell: column } = cell.table!;
    const cellsOfRow = (rows[row] ??= []);
    cellsOfRow[column] = cell.runs.length > 0 ? runsMarkdown(cell.runs).replace(/\n/g, ' ').replace(/\|/g, '\\|') : '';
  }
  const width = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const filled = rows.filter((r) => r !== undefined).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  if (filled.length === 0) return [];
  const line = (r: string[]) => `| ${r.map((c) => c || ' ').join(' | ')} |`;
  return [line(filled[0]!), line(filled[0]!.map(() => '---')), ...filled.slice(1).map(line)];
}

/** Runs as Markdown: **bold**, *italic*, [text](url), everything else escaped. */
export function runsMarkdown(runs: readonly SourceRun[]): string {
  const merged: SourceRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged
    .map((run) => {
      const text = run.text.replace(/[\u00a0\t]/gu, ' ');
      if (text.trim() === '') return text;
      const lead = /^\s*/u.exec(text)![0];
      const trail = /\s*$/u.exec(text)![0];
      let core = escapeMarkdown(text.trim());
      if (run.bold) core = `**${core}**`;
      if (run.italic) core = `*${core}*`;
      if (run.href !== null && /^(?:https?:\/\/|mailto:)/iu.test(run.href)) core = `[${core}](${run.href.replace(/[()\s]/g, encodeURIComponent)})`;
      return `${lead}${core}${trail}`;
    })
    .join('')
    .replace(/\n/g, '  \n')
    .trim();
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/^(\d+)\. /u, '$1\\. ').replace(/^([-+]) /u, '\\$1 ');
}
