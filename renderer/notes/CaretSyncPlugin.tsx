import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, getDOMSelection, type LexicalEditor } from 'lexical';

// Lexical learns where the caret is from the browser's `selectionchange`
// event, which Chromium queues behind input: on a busy machine a key pressed
// right after Ctrl+End or an arrow key (Enter, Tab, a paste) reaches the
// editor before that event, and Lexical acts on the caret's old place — Enter
// splits the paragraph the secretary just left, a paste lands at its start.
// So before a key or a paste, the caret the browser shows is made the
// editor's, when they differ.

/** The browser's caret inside this editor, if it is not the editor's own; run in a read of the current state. */
function $caretToAdopt(editor: LexicalEditor, root: HTMLElement) {
  const dom = getDOMSelection(editor._window);
  if (dom === null || dom.rangeCount === 0 || !root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return null;
  const current = $getSelection();
  // A selected block (a node selection) or none at all is left as Lexical has it.
  if (!$isRangeSelection(current)) return null;
  const shown = $createRangeSelectionFromDom(dom, editor);
  if (shown === null || shown.is(current)) return null;
  return dom;
}

function adoptBrowserCaret(editor: LexicalEditor, root: HTMLElement): void {
  if (editor.isComposing() || !editor.isEditable()) return;
  const pending = editor.getEditorState().read(() => $caretToAdopt(editor, root), { editor });
  if (pending === null) return;
  editor.update(
    () => {
      const shown = $createRangeSelectionFromDom(pending, editor);
      if (shown !== null) $setSelection(shown);
    },
    { discrete: true },
  );
}

const EVENTS = ['keydown', 'paste', 'cut'] as const;

/** Keeps Lexical's caret where the browser shows it before each key, paste and cut. */
export function CaretSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const adopt = (event: Event) => {
      if (event.currentTarget instanceof HTMLElement) adoptBrowserCaret(editor, event.currentTarget);
    };
    return editor.registerRootListener((root, previous) => {
      // Capture, so this runs before Lexical's own listeners on the root.
      for (const type of EVENTS) previous?.removeEventListener(type, adopt, true);
      for (const type of EVENTS) root?.addEventListener(type, adopt, true);
    });
  }, [editor]);
  return null;
}
