import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import { $isListNode, type ListNode } from '@lexical/list';
import { $isLinkNode } from '@lexical/link';
import { $isTableCellNode } from '@lexical/table';
import { NOTES_HEADING_TAG } from '../config';

/** What the toolbar's pressed states show: the block and formats where the caret is. */

export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number' | 'other';

export interface ToolbarState {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  inTable: boolean;
}

export const INITIAL_TOOLBAR_STATE: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  link: false,
  inTable: false,
};

/** Whether two states press the same buttons (the toolbar re-renders only when they do not). */
export function sameToolbarState(a: ToolbarState, b: ToolbarState): boolean {
  return (Object.keys(a) as (keyof ToolbarState)[]).every((key) => a[key] === b[key]);
}

function $topBlock(node: LexicalNode): LexicalNode {
  if ($isRootOrShadowRoot(node)) return node;
  return (
    $findMatchingParent(node, (n) => {
      const parent = n.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node
  );
}

/** Read inside `editorState.read`: the state at the caret (the nearest list decides between bullet and number). */
export function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return INITIAL_TOOLBAR_STATE;
  const anchor = selection.anchor.getNode();
  const top = $topBlock(anchor);
  let block: BlockKind = 'other';
  if ($isListNode(top)) {
    const nearest = $findMatchingParent(anchor, (n): n is ListNode => $isListNode(n));
    block = (nearest ?? top).getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(top)) block = 'heading';
  else if ($isQuoteNode(top)) block = 'quote';
  else if (top.getType() === 'paragraph') block = 'paragraph';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, (n) => $isLinkNode(n)) !== null,
    inTable: $findMatchingParent(anchor, (n) => $isTableCellNode(n)) !== null,
  };
}

/** "Rubrik" and "Citat": make the selected blocks a sub-heading or a quote, or, when they already are (`active`), paragraphs again. */
export function setBlock(editor: LexicalEditor, kind: 'heading' | 'quote', active: boolean): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (active) $setBlocksType(selection, () => $createParagraphNode());
    else if (kind === 'heading') $setBlocksType(selection, () => $createHeadingNode(NOTES_HEADING_TAG));
    else $setBlocksType(selection, () => $createQuoteNode());
  });
}
