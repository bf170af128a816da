import type { Klass, LexicalNode } from 'lexical';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';

/**
 * The Lexical node kinds of an item's notes, registered alike by the editor
 * (renderer/notes/NotesEditor.tsx) and the Markdown importer
 * (electron/services/meetingfile/lexical.ts). They are exactly the kinds
 * shared/notes/schema.ts accepts and the exporters print: add one only
 * together with the schema.
 */
export const NOTES_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
