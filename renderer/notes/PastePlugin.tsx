import { useEffect } from 'react';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { $filterPastedNodes, cleanPastedDocument } from './pasteClean';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** Pasted HTML, parsed in a detached document and cleaned; null when there is none. */
export function parsePastedHtml(html: string): Document {
  // DOMParser documents are inert: no scripts run, no images or styles load.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  cleanPastedDocument(doc);
  return doc;
}

function pasteHtml(editor: LexicalEditor, html: string): void {
  const doc = parsePastedHtml(html);
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const nodes = $filterPastedNodes($generateNodesFromDOM(editor, doc));
    if (nodes.length > 0) selection.insertNodes(nodes);
  }, { tag: 'paste' });
}

/**
 * Paste from Word and web pages, cleaned down to what the notes keep. Plain
 * text (and copies between our own editors) go through Lexical's own paste.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent)) return false;
          const data = event.clipboardData;
          if (!data) return false;
          const types = Array.from(data.types);
          if (types.includes(LEXICAL_MIME) || !types.includes('text/html')) return false;
          const html = data.getData('text/html');
          if (!html.trim()) return false;
          event.preventDefault();
          pasteHtml(editor, html);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
