import { useEffect, useLayoutEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, COMMAND_PRIORITY_HIGH, KEY_DOWN_COMMAND, $isElementNode, type LexicalNode } from 'lexical';
import { TableNode } from '@lexical/table';
import { $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { noteHeadingOutline } from '../../shared/notes/outline';
import { isInsertStandpointKey, openStandpointPicker } from '../standpoints/store';
import { focusEditorNow, registerNotesFocus } from './focusNotes';

// The notes editor's own small plugins: focus, the standpoint key, and
// following whether the meeting may be written to.

/**
 * Lets others focus these notes at once (focusItemNotes), and focuses them as
 * they mount when asked to: synchronously, in the same commit, so a key typed
 * right after the click or key that brought them lands here.
 */
export function FocusPlugin({ meetingId, itemId, autoFocus }: { meetingId: number; itemId: number; autoFocus: boolean }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => registerNotesFocus(meetingId, itemId, () => focusEditorNow(editor)), [editor, meetingId, itemId]);
  const [focusOnMount] = useState(autoFocus);
  useLayoutEffect(() => {
    if (focusOnMount) focusEditorNow(editor);
  }, [editor, focusOnMount]);
  return null;
}

/** Ctrl+Alt+S (or Alt+S) in the notes opens the item's standpoint picker. */
export function StandpointKeyPlugin({ meetingId, itemId }: { meetingId: number; itemId: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!isInsertStandpointKey(event)) return false;
          if (!openStandpointPicker(meetingId, itemId)) return false;
          event.preventDefault();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor, meetingId, itemId],
  );
  return null;
}

/** Follows the meeting's frozen state (a justerad meeting cannot be edited). */
export function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (editor.isEditable() !== editable) editor.setEditable(editable);
  }, [editor, editable]);
  return null;
}


/**
 * A wide table in read-only notes scrolls sideways inside its frame, and a
 * keyboard user can only scroll what can take focus (WCAG 2.1.1): the frame
 * of each table takes focus and is named while the notes cannot be edited.
 */
export function TableScrollFocusPlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const frame = (key: string): HTMLElement | null => editor.getElementByKey(key)?.closest<HTMLElement>('.nt-table-wrap') ?? null;
    const mark = (key: string) => {
      const wrap = frame(key);
      if (wrap === null) return;
      if (editable) {
        wrap.removeAttribute('tabindex');
        wrap.removeAttribute('role');
        wrap.removeAttribute('aria-label');
      } else {
        wrap.tabIndex = 0;
        wrap.setAttribute('role', 'region');
        wrap.setAttribute('aria-label', 'Tabell');
      }
    };
    return editor.registerMutationListener(
      TableNode,
      (mutations) => {
        for (const [key, mutation] of mutations) if (mutation !== 'destroyed') mark(key);
      },
      { skipInitialization: false },
    );
  }, [editor, editable]);
  return null;
}

/**
 * Headings in the notes sit one level below their item's heading in the
 * app's outline, as in the exports: a screen reader's heading list shows
 * "Rubrik" under its item (`aria-level`; the stored kind stays as it is).
 */
export function NoteHeadingLevelPlugin({ itemLevel }: { itemLevel: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const apply = () =>
      editor.getEditorState().read(() => {
        const headings: HeadingNode[] = [];
        const walk = (node: LexicalNode) => {
          if ($isHeadingNode(node)) headings.push(node);
          else if ($isElementNode(node)) for (const child of node.getChildren()) walk(child);
        };
        walk($getRoot());
        const levelOf = noteHeadingOutline(
          headings.map((h) => h.getTag()),
          itemLevel,
          6,
        );
        for (const h of headings) editor.getElementByKey(h.getKey())?.setAttribute('aria-level', String(levelOf(h.getTag())));
      });
    // Only a heading's coming, going or change can change the levels.
    return editor.registerMutationListener(HeadingNode, apply, { skipInitialization: false });
  }, [editor, itemLevel]);
  return null;
}
