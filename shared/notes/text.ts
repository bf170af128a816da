import type { BlockNodeJson, InlineNodeJson, ListItemNodeJson, NotesDocument, NotesNode } from './schema';

/** Plain text of a notes document, one block a line (for search, tests and previews). */
export function notesToPlainText(doc: NotesDocument | null): string {
  if (!doc) return '';
  return doc.root.children.map(blockText).join('\n');
}

/** Number of characters the secretary has typed (line structure not counted). */
export function notesCharacterCount(doc: NotesDocument | null): number {
  return notesToPlainText(doc).replace(/\n/g, '').length;
}

export function isNotesEmpty(doc: NotesDocument | null): boolean {
  return notesToPlainText(doc).trim() === '';
}

function blockText(node: BlockNodeJson): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return inlineText(node.children);
    case 'list':
      return node.children.map(listItemText).join('\n');
    case 'table':
      return node.children
        .map((row) => row.children.map((cell) => cell.children.map(blockText).join(' ')).join('\t'))
        .join('\n');
    default:
      return assertNever(node);
  }
}

function listItemText(item: ListItemNodeJson): string {
  const lines: string[] = [];
  let current: InlineNodeJson[] = [];
  for (const child of item.children) {
    if (child.type === 'list' || child.type === 'paragraph') {
      if (current.length) lines.push(inlineText(current));
      current = [];
      lines.push(blockText(child));
    } else {
      current.push(child);
    }
  }
  if (current.length || lines.length === 0) lines.push(inlineText(current));
  return lines.filter((l) => l !== '').join('\n');
}

function inlineText(nodes: InlineNodeJson[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.text;
        case 'linebreak':
          return '\n';
        case 'tab':
          return '\t';
        case 'link':
        case 'autolink':
          return inlineText(node.children);
        default:
          return assertNever(node);
      }
    })
    .join('');
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled notes node: ${JSON.stringify((value as NotesNode | undefined)?.type)}`);
}
