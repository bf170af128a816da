import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { NOTES_NODES } from './nodes';

/**
 * A Lexical editor without a page, with the notes' node kinds: the Markdown
 * import and the tests run Lexical's own conversions in it. An error in an
 * update is thrown rather than logged, so a failed conversion cannot pass
 * for half the notes.
 */
export function createNotesHeadlessEditor(namespace: string): LexicalEditor {
  return createHeadlessEditor({
    namespace,
    nodes: [...NOTES_NODES],
    onError: (error) => {
      throw error;
    },
  });
}
