/**
 * The rows of a Teams report file: tab-separated as Teams writes it, or a
 * copy saved from Excel with commas or semicolons. Quoted fields may hold the
 * separator ("11/25/24, 1:02:11 PM") and doubled quotes.
 */

export type Separator = '\t' | ';' | ',';

/** The separator of the file, judged from its first lines that hold any. */
export function detectSeparator(lines: readonly string[]): Separator {
  const sample = lines.filter((l) => l.trim() !== '').slice(0, 20);
  if (sample.some((l) => l.includes('\t'))) return '\t';
  const outside = (line: string, ch: string) => splitRow(line, ch as Separator).length - 1;
  const semicolons = sample.reduce((n, l) => n + outside(l, ';'), 0);
  const commas = sample.reduce((n, l) => n + outside(l, ','), 0);
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** One line's fields, trimmed, quotes taken off. */
export function splitRow(line: string, separator: Separator): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The file's lines: BOM off, any line ending, quoted line breaks kept inside their field. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let current = '';
  let quotes = 0;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    current = current === '' && quotes % 2 === 0 ? raw : `${current}\n${raw}`;
    quotes += (raw.match(/"/g) ?? []).length;
    if (quotes % 2 === 0) {
      lines.push(current);
      current = '';
      quotes = 0;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}
