import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HistoryPlugin, createEmptyHistoryState, type HistoryState } from '@lexical/react/LexicalHistoryPlugin';

/** Undo steps kept per item: enough for a meeting, bounded so a long one cannot grow memory without end. */
export const HISTORY_MAX_DEPTH = 300;
/** Changes within this pause merge into one undo step. */
export const HISTORY_MERGE_MS = 300;

/** Drops the oldest undo entries beyond `maxDepth`; true when it trimmed. */
export function trimHistory(state: HistoryState, maxDepth: number): boolean {
  const excess = state.undoStack.length - maxDepth;
  if (excess <= 0) return false;
  state.undoStack.splice(0, excess);
  return true;
}

/**
 * Undo/redo (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z) through Lexical's HistoryPlugin
 * with an explicit history state whose undo stack is capped: after each
 * update the oldest entries beyond HISTORY_MAX_DEPTH are dropped.
 */
export function BoundedHistoryPlugin({ maxDepth = HISTORY_MAX_DEPTH }: { maxDepth?: number }) {
  const [editor] = useLexicalComposerContext();
  const [historyState] = useState(createEmptyHistoryState);
  useEffect(() => editor.registerUpdateListener(() => void trimHistory(historyState, maxDepth)), [editor, historyState, maxDepth]);
  return <HistoryPlugin externalHistoryState={historyState} delay={HISTORY_MERGE_MS} />;
}
