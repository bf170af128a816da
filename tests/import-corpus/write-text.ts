import { spanText, type Printed } from './printed';

/**
 * Plain text, as minutes pasted into Notepad look: one paragraph a line,
 * "- " before list entries, a label table as the label and then one person
 * a line, a roster table column by column, other tables tab-separated.
 */
export function writeText(blocks: readonly Printed[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
      case 'subtitle':
      case 'paragraph':
        lines.push(spanText(block.spans));
        break;
      case 'heading':
        lines.push(block.number ? `${block.number} ${spanText(block.spans)}` : spanText(block.spans));
        break;
      case 'list':
        for (const entry of block.entries) lines.push(`${'  '.repeat(entry.level)}- ${spanText(entry.spans)}`);
        break;
      case 'table':
        switch (block.role) {
          case 'labels':
            for (const [label = [], names = [], details = []] of block.rows) {
              const head = label.map(spanText).join(' ');
              if (names.length === 1 && details.length === 0) {
                lines.push(`${head} ${spanText(names[0] ?? [])}`);
                continue;
              }
              lines.push(head);
              names.forEach((name, i) => {
                const detail = spanText(details[i] ?? []);
                lines.push(detail ? `${spanText(name)}, ${detail}` : spanText(name));
              });
            }
            break;
          case 'roster': {
            const width = Math.max(...block.rows.map((r) => r.length));
            for (let c = 0; c < width; c++) for (const row of block.rows) for (const p of row[c] ?? []) lines.push(spanText(p));
            break;
          }
          case 'data':
            for (const row of block.rows) lines.push(row.map((cell) => cell.map(spanText).join(' ')).join('\t'));
            break;
        }
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}
