import type { Cell, Printed, Span } from './printed';

/**
 * Markdown for pandoc (`pandoc -f markdown -o x.docx`), as someone who keeps
 * minutes in Markdown writes them: the title in the metadata block, items
 * as "# 4. Rubrik", lists, grid tables for the roster and the label table.
 */

/** Characters Markdown would read as markup, escaped; a line start that would become a list or heading too. */
function escapeText(text: string): string {
  return text.replace(/([\\*_[\]`<>#|~^$@])/g, '\\$1');
}

function inline(spans: readonly Span[]): string {
  return spans
    .map((s) => {
      const lead = /^\s*/.exec(s.text)?.[0] ?? '';
      const trail = /\s*$/.exec(s.text)?.[0] ?? '';
      const core = s.text.trim();
      if (core === '') return s.text;
      let md = escapeText(core);
      if (s.italic) md = `*${md}*`;
      if (s.bold) md = `**${md}**`;
      if (s.href) md = `[${md}](${s.href})`;
      return `${lead}${md}${trail}`;
    })
    .join('');
}

/** A paragraph whose text would start a list ("4. …", "a) …", "- …") keeps it as text. */
function paragraphLine(spans: readonly Span[]): string {
  return inline(spans).replace(/^(\d+|[a-zA-Z])([.)])/, '$1\\$2').replace(/^([-+])\s/, '\\$1 ');
}

function gridTable(rows: readonly Cell[][], headerRow: boolean): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cellLines = (cell: Cell | undefined): string[] => (cell ?? []).flatMap((p, i) => (i === 0 ? [paragraphLine(p)] : ['', paragraphLine(p)]));
  const widths = Array.from({ length: width }, (_, c) => Math.max(3, ...rows.flatMap((r) => cellLines(r[c]).map((l) => [...l].length))));
  const rule = (ch: string) => `+${widths.map((w) => ch.repeat(w + 2)).join('+')}+`;
  const out = [rule('-')];
  rows.forEach((row, r) => {
    const cells = Array.from({ length: width }, (_, c) => cellLines(row[c]));
    const height = Math.max(1, ...cells.map((c) => c.length));
    for (let i = 0; i < height; i++) {
      out.push(`|${cells.map((c, k) => ` ${(c[i] ?? '').padEnd(widths[k] ?? 0)} `).join('|')}|`);
    }
    out.push(rule(r === 0 && headerRow ? '=' : '-'));
  });
  return out.join('\n');
}

export function writeMarkdown(blocks: readonly Printed[]): string {
  const out: string[] = [];
  const meta: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        meta.push(`title: "${inline(block.spans).replace(/"/g, '\\"')}"`);
        break;
      case 'subtitle':
        meta.push(`subtitle: "${inline(block.spans).replace(/"/g, '\\"')}"`);
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${block.number ? `${block.number} ` : ''}${inline(block.spans)}`);
        break;
      case 'paragraph':
        out.push(paragraphLine(block.spans));
        break;
      case 'list':
        out.push(block.entries.map((e, i) => `${'    '.repeat(e.level)}${block.ordered ? `${i + 1}.` : '-'} ${inline(e.spans)}`).join('\n'));
        break;
      case 'table':
        out.push(gridTable(block.rows, block.role !== 'labels'));
        break;
    }
  }
  return `---\n${meta.join('\n')}\nlang: sv-SE\n---\n\n${out.join('\n\n')}\n`;
}
