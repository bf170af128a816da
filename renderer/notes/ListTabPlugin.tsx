import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
} from 'lexical';
import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';

/**
 * Tab and Shift+Tab indent and outdent list items, as in a word processor.
 * Everywhere else Tab keeps its ordinary meaning (move to the next control),
 * so keyboard users are never trapped in an editor.
 */
export function ListTabPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_TAB_COMMAND,
        (event: KeyboardEvent) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const inList = [selection.anchor.getNode(), selection.focus.getNode()].every(
            (node) => $findMatchingParent(node, $isListItemNode) !== null,
          );
          if (!inList) return false;
          event.preventDefault();
          return editor.dispatchCommand(event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND, undefined);
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
