import { useEffect, useState } from 'react';
import {
  $createTextNode,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $parseSerializedNode,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type SerializedLexicalNode,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { ListNode } from '@lexical/list';
import { $getNearestNodeOfType } from '@lexical/utils';
import { isListItemLine, plainTextToNotesBlocks } from '../../shared/notes/plainText';
import { $blocksProblem, $filterPastedNodes, $pasteProblem, $plainTextProblem, cleanPastedDocument } from './pasteClean';

const LEXICAL_MIME = 'application/x-lexical-editor';

/** Pasted HTML, parsed in a detached document and cleaned; null when there is none. */
export function parsePastedHtml(html: string): Document {
  // DOMParser documents are inert: no scripts run, no images or styles load.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  cleanPastedDocument(doc);
  return doc;
}

/** Says why a paste was refused (null: it was not). */
type Refuse = (message: string | null) => void;

/** Inserts the pasted nodes, or refuses them all when the notes could not keep them. */
function $insertPasted(nodes: LexicalNode[], refuse: Refuse): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const problem = $pasteProblem(nodes);
  refuse(problem);
  if (problem === null && nodes.length > 0) selection.insertNodes(nodes);
}

function pasteHtml(editor: LexicalEditor, html: string, refuse: Refuse): void {
  const doc = parsePastedHtml(html);
  editor.update(() => {
    if (!$isRangeSelection($getSelection())) return;
    $insertPasted($filterPastedNodes($generateNodesFromDOM(editor, doc)), refuse);
  }, { tag: 'paste' });
}

/**
 * Plain text (an e-mail, Notepad) as paragraphs and lists, by the rules of
 * shared/notes/plainText.ts; pasted in a list, its lines are items of it. One
 * line of text goes into the paragraph as it is, unless it is a list item
 * pasted on an empty line.
 */
function pastePlainText(editor: LexicalEditor, text: string, refuse: Refuse): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const problem = $plainTextProblem(text);
    refuse(problem);
    if (problem !== null) return;
    if (!/[\r\n]/.test(text) && !(isListItemLine(text) && $onEmptyParagraph(selection))) {
      selection.insertRawText(text);
      return;
    }
    const list = $getNearestNodeOfType(selection.anchor.getNode(), ListNode);
    const blocks = plainTextToNotesBlocks(text, list === null ? null : list.getListType());
    // Counted before any node is made: 5 MB of e-mail is refused in a moment.
    const tooMany = $blocksProblem(blocks.length);
    refuse(tooMany);
    if (tooMany !== null) return;
    $insertPasted(blocks.map((block) => $parseSerializedNode(block as unknown as SerializedLexicalNode)), refuse);
  }, { tag: 'paste' });
}

function $onEmptyParagraph(selection: RangeSelection): boolean {
  const block = selection.anchor.getNode().getTopLevelElement();
  return $isParagraphNode(block) && block.getTextContentSize() === 0;
}

/** The nodes of Lexical's own clipboard format, or null when it is not that. */
function serializedNodes(text: string): SerializedLexicalNode[] | null {
  try {
    const payload: unknown = JSON.parse(text);
    const nodes = typeof payload === 'object' && payload !== null ? (payload as { nodes?: unknown }).nodes : undefined;
    return Array.isArray(nodes) && nodes.every((n) => typeof n === 'object' && n !== null) ? (nodes as SerializedLexicalNode[]) : null;
  } catch {
    return null;
  }
}

/**
 * Lexical's clipboard JSON can come from any page, not only our editors: its
 * nodes go through the same filter as HTML, or a `javascript:` link would sit
 * in the editor and every save would be refused by the notes schema.
 */
function pasteSerialized(editor: LexicalEditor, serialized: SerializedLexicalNode[], plainText: string, refuse: Refuse): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    let nodes: LexicalNode[];
    try {
      nodes = $filterPastedNodes(serialized.map((node) => $parseSerializedNode(node)));
    } catch {
      // Kinds this editor does not know: the text is still worth keeping.
      nodes = [$createTextNode(plainText)];
    }
    $insertPasted(nodes, refuse);
  }, { tag: 'paste' });
}

/**
 * Paste from Word and web pages, cleaned down to what the notes keep, copies
 * between editors, filtered the same way, and plain text read into
 * paragraphs and lists.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const [refusal, setRefusal] = useState<string | null>(null);
  // The note about a refused paste goes once the secretary writes on.
  useEffect(() => (refusal === null ? undefined : editor.registerTextContentListener(() => setRefusal(null))), [editor, refusal]);
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent)) return false;
          const data = event.clipboardData;
          if (!data) return false;
          const types = Array.from(data.types);
          const serialized = types.includes(LEXICAL_MIME) ? serializedNodes(data.getData(LEXICAL_MIME)) : null;
          if (serialized) {
            event.preventDefault();
            pasteSerialized(editor, serialized, data.getData('text/plain'), setRefusal);
            return true;
          }
          const html = types.includes('text/html') ? data.getData('text/html') : '';
          const text = data.getData('text/plain');
          // Nothing we read (a file, a link only): Lexical's own paste.
          if (!html.trim() && !text) return false;
          event.preventDefault();
          if (html.trim()) pasteHtml(editor, html, setRefusal);
          else pastePlainText(editor, text, setRefusal);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  if (refusal === null) return null;
  return (
    <p className="notes-save-error" role="alert" data-paste-refused>
      {refusal}
    </p>
  );
}
