import { plainRun, type SourceBlock, type SourceDocument, type SourceParagraph } from './source';

/**
 * Plain text (a .txt file, or minutes pasted into the app) as a source
 * document: each non-empty line a paragraph, bullet lines ("- ", "• ", "* ")
 * as list items, and runs of tab-separated lines (a table copied from Word
 * or Excel) as a table. Numbered lines keep their number in the text: the
 * recogniser reads "4. Rubrik" the same whether Word or the text wrote it.
 */
export function sourceFromText(text: string, name: string, format: 'txt' | 'paste'): SourceDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: SourceBlock[] = [];
  let nextId = 0;
  const paragraph = (line: string, heading: number | null = null): SourceParagraph => {
    const bullet = /^(\s*)[-•*–▪◦❖]\s+(.*)$/u.exec(line);
    const indent = bullet ? Math.min(9, Math.floor((bullet[1] ?? '').replace(/\t/g, '    ').length / 2)) : 0;
    return {
      type: 'paragraph',
      id: nextId++,
      runs: [plainRun(bullet ? (bullet[2] ?? '') : line.trim())],
      heading,
      list: bullet ? { ordered: false, level: indent, marker: '' } : null,
      page: null,
    };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (line.trim().includes('\t') || /^\t+\S/u.test(line)) {
      const id = nextId++;
      const rows: SourceParagraph[][][] = [];
      while (i < lines.length && (lines[i] ?? '').replace(/^ +| +$/gu, '').includes('\t')) {
        rows.push(
          (lines[i] ?? '')
            .replace(/^ +|\s+$/gu, '')
            .split('\t')
            .map((cell) => (cell.trim() === '' ? [] : [paragraph(cell)])),
        );
        i++;
      }
      i--;
      blocks.push({ type: 'table', id, rows });
      continue;
    }
    blocks.push(paragraph(line.replace(/^#{1,6}\s+/, ''), markdownHeading(line)));
  }
  return { name, format, blocks };
}

function markdownHeading(line: string): number | null {
  const hashes = /^(#{1,6})\s+\S/.exec(line);
  return hashes ? (hashes[1] ?? '').length : null;
}
