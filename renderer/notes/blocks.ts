import {
  $createParagraphNode,
  $createTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { NOTES_HEADING_TAG } from './config';

/**
 * The blocks of the slash menu, built without React or the DOM so they can be
 * tested in a headless editor. Each builder returns the nodes to put where
 * the empty paragraph was, and the node whose end the caret should go to.
 */

export type SlashBlockId =
  | 'inspel'
  | 'fragor'
  | 'beslutspunkter'
  | 'tabell'
  | 'rubrik'
  | 'punktlista'
  | 'numrerad'
  | 'citat';

export interface SlashBlock {
  id: SlashBlockId;
  label: string;
  /** What the block is, for the menu's second line. */
  hint: string;
  /** Extra words the filter matches. */
  keywords: string[];
}

export const SLASH_BLOCKS: readonly SlashBlock[] = [
  { id: 'inspel', label: 'Inspel', hint: '"Inspel" i fetstil och en punktlista', keywords: ['synpunkter', 'medskick'] },
  { id: 'fragor', label: 'Frågor och svar', hint: 'Fråga: … Svar: …', keywords: ['fråga', 'svar', 'qa'] },
  { id: 'beslutspunkter', label: 'Beslutspunkter', hint: '"… beslutar att" och en numrerad lista', keywords: ['beslut', 'besluta'] },
  { id: 'tabell', label: 'Tabell', hint: '3 × 3 med rubrikrad', keywords: ['table'] },
  { id: 'rubrik', label: 'Rubrik', hint: 'Mellanrubrik i punkten', keywords: ['heading', 'h3'] },
  { id: 'punktlista', label: 'Punktlista', hint: '• punkter', keywords: ['lista', 'bullet', 'ul'] },
  { id: 'numrerad', label: 'Numrerad lista', hint: '1. 2. 3.', keywords: ['lista', 'nummer', 'ol'] },
  { id: 'citat', label: 'Citat', hint: 'Indraget citat', keywords: ['quote'] },
];

/** Blocks whose label or keywords start with (or contain) the typed query. */
export function filterSlashBlocks(query: string): SlashBlock[] {
  const q = query.trim().toLocaleLowerCase('sv');
  if (!q) return [...SLASH_BLOCKS];
  return SLASH_BLOCKS.filter(
    (b) => b.label.toLocaleLowerCase('sv').includes(q) || b.keywords.some((k) => k.startsWith(q)),
  );
}

export interface BuiltBlock {
  nodes: LexicalNode[];
  /** Where the caret goes afterwards (its end). */
  caret: ElementNode;
}

export interface BlockContext {
  /** The body's formal name for "… beslutar att"; a visible gap when unknown. */
  formalName: string;
}

function boldParagraph(text: string): ElementNode {
  return $createParagraphNode().append($createTextNode(text).toggleFormat('bold'));
}

function listWithOneItem(type: 'bullet' | 'number'): { list: ListNode; item: ElementNode } {
  const item = $createListItemNode();
  return { list: $createListNode(type).append(item), item };
}

/** Must run inside an editor update. */
export function $buildSlashBlock(id: SlashBlockId, context: BlockContext): BuiltBlock {
  switch (id) {
    case 'inspel': {
      const { list, item } = listWithOneItem('bullet');
      return { nodes: [boldParagraph('Inspel'), list], caret: item };
    }
    case 'fragor': {
      const question = $createParagraphNode().append($createTextNode('Fråga:').toggleFormat('bold'), $createTextNode(' '));
      const answer = $createParagraphNode().append($createTextNode('Svar:').toggleFormat('bold'), $createTextNode(' '));
      return { nodes: [question, answer], caret: question };
    }
    case 'beslutspunkter': {
      const name = context.formalName.trim() || '[organets formella namn]';
      const { list, item } = listWithOneItem('number');
      return { nodes: [$createParagraphNode().append($createTextNode(`${name} beslutar att`)), list], caret: item };
    }
    case 'tabell': {
      const table = $createTableNodeWithDimensions(3, 3, { rows: true, columns: false });
      const firstCell = table.getFirstChildOrThrow<ElementNode>().getFirstChildOrThrow<ElementNode>();
      const caret = firstCell.getFirstChild<ElementNode>() ?? firstCell;
      // A paragraph after the table, so writing can go on below it.
      return { nodes: [table, $createParagraphNode()], caret };
    }
    case 'rubrik': {
      const heading = $createHeadingNode(NOTES_HEADING_TAG);
      return { nodes: [heading], caret: heading };
    }
    case 'punktlista': {
      const { list, item } = listWithOneItem('bullet');
      return { nodes: [list], caret: item };
    }
    case 'numrerad': {
      const { list, item } = listWithOneItem('number');
      return { nodes: [list], caret: item };
    }
    case 'citat': {
      const quote = $createQuoteNode();
      return { nodes: [quote], caret: quote };
    }
  }
}

/**
 * Replaces `block` (the paragraph the "/" was typed in, now emptied) with the
 * built nodes, or inserts them after it when it still has text. Must run
 * inside an editor update.
 */
export function $placeSlashBlock(block: ElementNode, built: BuiltBlock): void {
  let anchor: LexicalNode = block;
  for (const node of built.nodes) {
    anchor.insertAfter(node);
    anchor = node;
  }
  if (block.getTextContent().trim() === '') block.remove();
  built.caret.selectEnd();
}
