import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, $setSelection, getDOMSelection, type LexicalEditor } from 'lexical';

// Lexical learns where the caret is from the browser's `selectionchange`
// event, which Chromium queues behind input: on a busy machine a key pressed
// right after Ctrl+End or an arrow key (Enter, Tab, a paste) reaches the
// editor before that event, and Lexical acts on the caret's old place — Enter
// splits the paragraph the secretary just left, a paste lands at its start.
// So before a key or a paste, a caret the secretary has moved since the
// editor last looked is made the editor's.

/** Where the browser's caret is, by DOM node and offset. */
interface DomCaret {
  anchorNode: Node | null;
  anchorOffset: number;
  focusNode: Node | null;
  focusOffset: number;
}

function domCaret(editor: LexicalEditor): DomCaret | null {
  const dom = getDOMSelection(editor._window);
  if (dom === null || dom.rangeCount === 0) return null;
  return { anchorNode: dom.anchorNode, anchorOffset: dom.anchorOffset, focusNode: dom.focusNode, focusOffset: dom.focusOffset };
}

const sameCaret = (a: DomCaret | null, b: DomCaret | null): boolean =>
  a !== null &&
  b !== null &&
  a.anchorNode === b.anchorNode &&
  a.anchorOffset === b.anchorOffset &&
  a.focusNode === b.focusNode &&
  a.focusOffset === b.focusOffset;

/** Whether the browser's caret stands elsewhere than the editor's; run in a read of the current state. */
function $caretMoved(editor: LexicalEditor): boolean {
  const current = $getSelection();
  // A selected block (a node selection) or none at all is left as Lexical has it.
  if (!$isRangeSelection(current)) return false;
  const dom = getDOMSelection(editor._window);
  const shown = dom === null ? null : $createRangeSelectionFromDom(dom, editor);
  // Points only: a format chosen for the next letters (Ctrl+B on a bare caret) is the editor's alone.
  return shown !== null && !(shown.anchor.is(current.anchor) && shown.focus.is(current.focus));
}

/** Keeps Lexical's caret where the browser shows it before each key, paste and cut. */
export function CaretSyncPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The browser's caret as it stood after the editor's last update: Lexical
    // has seen it (or put it there itself), so only a change since is news.
    let seen: DomCaret | null = null;
    const adopt = (event: Event) => {
      const root = event.currentTarget;
      if (!(root instanceof HTMLElement) || editor.isComposing() || !editor.isEditable()) return;
      const now = domCaret(editor);
      if (now === null || sameCaret(now, seen) || !root.contains(now.anchorNode) || !root.contains(now.focusNode)) return;
      if (!editor.getEditorState().read(() => $caretMoved(editor), { editor })) return;
      editor.update(
        () => {
          const dom = getDOMSelection(editor._window);
          const shown = dom === null ? null : $createRangeSelectionFromDom(dom, editor);
          if (shown !== null) $setSelection(shown);
        },
        { discrete: true },
      );
    };
    const stopSeeing = editor.registerUpdateListener(() => {
      seen = domCaret(editor);
    });
    const stopListening = editor.registerRootListener((root, previous) => {
      // Capture, so this runs before Lexical's own listeners on the root.
      for (const type of EVENTS) previous?.removeEventListener(type, adopt, true);
      for (const type of EVENTS) root?.addEventListener(type, adopt, true);
    });
    return () => {
      stopSeeing();
      stopListening();
    };
  }, [editor]);
  return null;
}

const EVENTS = ['keydown', 'paste', 'cut'] as const;
