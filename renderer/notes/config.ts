import type { EditorThemeClasses } from 'lexical';
import { autoLinkEmailMatcher, autoLinkUrlMatcher, type LinkMatcher } from '@lexical/link';
import { isSafeLink } from '../../shared/security/links';

/**
 * The notes editor's own configuration: its theme, links and heading level.
 * The node kinds and Markdown shortcuts it shares with the Markdown importer
 * are in shared/notes/lexical/.
 */

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
