import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode, autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { isSafeLink } from '../../shared/security/links';

/**
 * The notes editor's configuration. The node kinds registered here are
 * exactly the kinds shared/notes/schema.ts accepts and the exporters print;
 * add one only together with the schema.
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

/**
 * Lexical's TRANSFORMERS without those that make nodes or formats we do not
 * register or print: code blocks, inline code, highlight and check lists.
 */
export const NOTES_TRANSFORMERS: Transformer[] = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  LINK,
];

/** The heading level the "Rubrik" button makes: a sub-heading within an item. */
export const NOTES_HEADING_TAG = 'h3';

/** Links may only point to the web or an e-mail address. */
export function validateLinkUrl(url: string): boolean {
  return isSafeLink(url);
}

/** Typed web addresses and e-mail addresses become links by themselves. */
export const AUTO_LINK_MATCHERS: LinkMatcher[] = [
  (text) => {
    // Lexical runs the matchers over every text node on each change and on
    // mount; its patterns backtrack through a whole paragraph. An address
    // needs "http" or "www.", an e-mail address an "@": without them, no regex.
    if (!text.includes('http') && !text.includes('www.')) return null;
    const match = autoLinkUrlMatcher(text);
    return match && isSafeLink(match.url) ? match : null;
  },
  (text) => {
    if (!text.includes('@')) return null;
    const match = autoLinkEmailMatcher(text);
    return match && isSafeLink(match.url) ? match : null;
  },
];

/** Class names for the editor's DOM, styled in styles/notes.css. */
export const NOTES_THEME: EditorThemeClasses = {
  paragraph: 'nt-p',
  quote: 'nt-quote',
  heading: { h1: 'nt-h nt-h1', h2: 'nt-h nt-h2', h3: 'nt-h nt-h3', h4: 'nt-h nt-h4', h5: 'nt-h nt-h5', h6: 'nt-h nt-h6' },
  list: {
    ul: 'nt-ul',
    ol: 'nt-ol',
    listitem: 'nt-li',
    nested: { listitem: 'nt-li-nested' },
    ulDepth: ['nt-ul-1', 'nt-ul-2', 'nt-ul-3'],
    olDepth: ['nt-ol-1', 'nt-ol-2', 'nt-ol-3'],
  },
  link: 'nt-link',
  table: 'nt-table',
  tableRow: 'nt-tr',
  tableCell: 'nt-td',
  tableCellHeader: 'nt-th',
  tableSelection: 'nt-table-selection',
  tableCellSelected: 'nt-cell-selected',
  tableScrollableWrapper: 'nt-table-wrap',
  text: {
    bold: 'nt-bold',
    italic: 'nt-italic',
    underline: 'nt-underline',
    strikethrough: 'nt-strike',
    underlineStrikethrough: 'nt-underline-strike',
  },
};
