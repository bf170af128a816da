import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_DOWN_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalNode,
} from 'lexical';
import { $isListItemNode, type ListItemNode } from '@lexical/list';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';

/** What Tab does in the notes, for the item the caret stands in. */
export type ListTabAction = 'indent' | 'outdent' | 'leave';

/**
 * Tab at the very start of a list item indents it and Shift+Tab there
 * outdents a nested one, as in a word processor; anywhere else Tab keeps its
 * ordinary meaning and moves to the next control, so a note that is all list
 * never traps a keyboard user (WCAG 2.1.2). Alt+Shift+→ and ← indent and
 * outdent from anywhere in the item.
 */
export function listTabAction(place: { inListItem: boolean; atItemStart: boolean; nested: boolean }, shift: boolean): ListTabAction {
  if (!place.inListItem || !place.atItemStart) return 'leave';
  if (!shift) return 'indent';
  return place.nested ? 'outdent' : 'leave';
}

function $listItemOf(node: LexicalNode): ListItemNode | null {
  return $findMatchingParent(node, $isListItemNode) as ListItemNode | null;
}

/** Where the caret stands, as `listTabAction` needs it; run in an update or read. */
function $caretPlace(): { inListItem: boolean; atItemStart: boolean; nested: boolean } {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { inListItem: false, atItemStart: false, nested: false };
  const item = $listItemOf(selection.anchor.getNode());
  if (item === null || $listItemOf(selection.focus.getNode()) === null) return { inListItem: false, atItemStart: false, nested: false };
  const first = item.getFirstDescendant();
  const atItemStart =
    selection.isCollapsed() &&
    selection.anchor.offset === 0 &&
    (first === null || selection.anchor.getNode().is(item) || selection.anchor.getNode().is(first));
  // A nested list's items sit in a list that is itself inside a list item.
  const nested = $listItemOf(item.getParentOrThrow()) !== null;
  return { inListItem: true, atItemStart, nested };
}

export function ListTabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event: KeyboardEvent) => {
            const action = listTabAction($caretPlace(), event.shiftKey);
            if (action === 'leave') return false;
            event.preventDefault();
            return editor.dispatchCommand(action === 'indent' ? INDENT_CONTENT_COMMAND : OUTDENT_CONTENT_COMMAND, undefined);
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event: KeyboardEvent) => {
            if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
            if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return false;
            if (!$caretPlace().inListItem) return false;
            event.preventDefault();
            return editor.dispatchCommand(event.key === 'ArrowRight' ? INDENT_CONTENT_COMMAND : OUTDENT_CONTENT_COMMAND, undefined);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
