import { isSafeLink } from '../security/links';
import type { DocBlock, DocInline, HeadingLevel, ParagraphRole } from './model';

/** Small constructors and text helpers shared by the parts of the document builder. */

export function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

export function text(
  value: string,
  format: { bold?: boolean; italic?: boolean; underline?: boolean; change?: 'added' | 'removed' } = {},
): DocInline {
  const node: DocInline = { kind: 'text', text: value };
  if (format.bold) node.bold = true;
  if (format.italic) node.italic = true;
  if (format.underline) node.underline = true;
  if (format.change) node.change = format.change;
  return node;
}

export function heading(level: HeadingLevel, children: DocInline[], anchor: string | null): DocBlock {
  return { kind: 'heading', level, children, anchor };
}

/** A roster side ("För kommunerna") or category ("Tjänstepersoner"): in the outline, printed smaller. */
export function rosterHeading(level: 1 | 2, children: DocInline[]): DocBlock {
  return { kind: 'heading', level, look: 'roster', children, anchor: null };
}

/** The level below `level`, kept within the outline's four. */
export function levelBelow(level: HeadingLevel): HeadingLevel {
  return level === 4 ? 4 : ((level + 1) as HeadingLevel);
}

export function paragraph(role: ParagraphRole, children: DocInline[]): DocBlock {
  return { kind: 'paragraph', role, children };
}

export function field(label: string, value: string): DocBlock {
  return paragraph('field', [text(`${label}:`, { bold: true }), text(` ${value}`)]);
}

/** "A, B och C". */
export function joinSwedish(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1] ?? ''}`;
}

/** A sentence ends with one full stop. */
export function sentence(value: string): string {
  const trimmed = value.trim();
  return /[.!?:]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Multi-line text as inlines with line breaks. */
export function multiline(value: string, format: { bold?: boolean; italic?: boolean } = {}): DocInline[] {
  const out: DocInline[] = [];
  value
    .trim()
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (index > 0) out.push({ kind: 'break' });
      if (line !== '') out.push(text(line, format));
    });
  return out;
}

/** Adjacent plain texts with the same formatting become one inline. */
export function mergeText(nodes: DocInline[]): DocInline[] {
  const out: DocInline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind === 'text' &&
      node.kind === 'text' &&
      !!last.bold === !!node.bold &&
      !!last.italic === !!node.italic &&
      !!last.underline === !!node.underline &&
      last.change === node.change
    ) {
      out[out.length - 1] = { ...last, text: last.text + node.text };
    } else {
      out.push(node);
    }
  }
  return out;
}

/** A link only to http(s) or mailto; anything else is printed as its text. */
export function linkOrText(url: string, children: DocInline[]): DocInline {
  const label = children.length ? children : [text(url)];
  if (isSafeLink(url)) return { kind: 'link', url: url.trim(), children: label };
  return { kind: 'text', text: plain(label) };
}

/** The text of inlines; a line break becomes `lineBreak` (a space where the text goes on one line). */
export function plain(nodes: DocInline[], lineBreak = ' '): string {
  return nodes
    .map((n) => {
      switch (n.kind) {
        case 'text':
          return n.text;
        case 'break':
          return lineBreak;
        case 'link':
          return plain(n.children, lineBreak);
        default: {
          const never: never = n;
          throw new Error(`Unhandled inline ${JSON.stringify(never)}`);
        }
      }
    })
    .join('');
}

export function hasContent(nodes: DocInline[]): boolean {
  return plain(nodes).trim() !== '';
}
