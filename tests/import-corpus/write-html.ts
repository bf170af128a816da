import type { Printed, Span } from './printed';

/**
 * HTML for LibreOffice to turn into a Word file, as a secretary writing in
 * Writer would: the title in direct formatting, items as Heading 2 with the
 * number typed, sub-items Heading 3, real lists and tables.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function inline(spans: readonly Span[]): string {
  return spans
    .map((s) => {
      let html = escape(s.text);
      if (s.italic) html = `<i>${html}</i>`;
      if (s.bold) html = `<b>${html}</b>`;
      if (s.href) html = `<a href="${escape(s.href)}">${html}</a>`;
      return html;
    })
    .join('');
}

export function writeHtml(blocks: readonly Printed[], title: string): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`<p style="font-size:20pt"><b>${inline(block.spans)}</b></p>`);
        break;
      case 'subtitle':
        out.push(`<p style="font-size:14pt">${inline(block.spans)}</p>`);
        break;
      case 'heading': {
        const tag = `h${block.level + 1}`;
        out.push(`<${tag}>${block.number ? `${escape(block.number)} ` : ''}${inline(block.spans)}</${tag}>`);
        break;
      }
      case 'paragraph':
        out.push(`<p>${inline(block.spans)}</p>`);
        break;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        out.push(`<${tag}>${block.entries.map((e) => `<li>${inline(e.spans)}</li>`).join('')}</${tag}>`);
        break;
      }
      case 'table':
        out.push(
          `<table border="1" cellpadding="4">${block.rows
            .map((row) => `<tr>${row.map((cell) => `<td valign="top">${cell.map((p) => `<p>${inline(p)}</p>`).join('')}</td>`).join('')}</tr>`)
            .join('')}</table>`,
        );
        break;
    }
  }
  return `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>\n${out.join('\n')}\n</body></html>\n`;
}
