import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, type BaseSelection } from 'lexical';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { toolbarButtons } from './buttons';
import { LinkForm } from './LinkForm';
import { $readToolbarState, INITIAL_TOOLBAR_STATE, sameToolbarState, type ToolbarState } from './toolbarState';
import { useLiveSpellingPreference } from '../../spelling/livePreference';
import { spellingButton, useSpellingUnavailable } from '../../spelling/SpellingToggle';

export interface ToolbarProps {
  /** "4. Färdplan …", for the toolbar's accessible name. */
  itemLabel: string;
  disabled: boolean;
}

/**
 * The notes editor's toolbar: one tab stop (arrow keys move between the
 * buttons, as in a native toolbar), Swedish names, and pressed states that
 * follow the caret.
 */
export function Toolbar({ itemLabel, disabled }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL_TOOLBAR_STATE);
  const [linkOpen, setLinkOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const savedSelection = useRef<BaseSelection | null>(null);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readToolbarState);
        setState((prev) => (sameToolbarState(prev, next) ? prev : next));
      }),
    [editor],
  );

  const openLink = () => {
    if (state.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setLinkOpen(true);
  };
  const [liveSpelling, setLiveSpelling] = useLiveSpellingPreference();
  const spellingUnavailable = useSpellingUnavailable();
  const buttons = [
    ...toolbarButtons(editor, state, { open: linkOpen, run: openLink }),
    spellingButton(liveSpelling, setLiveSpelling, spellingUnavailable),
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = buttons.length;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (focusIndex + 1) % count;
    else if (event.key === 'ArrowLeft') next = (focusIndex - 1 + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonRefs.current[next]?.focus();
  };

  return (
    <div className="notes-toolbar-wrap">
      <div
        className="notes-toolbar"
        role="toolbar"
        aria-label={`Formatering för punkt ${itemLabel}`}
        aria-disabled={disabled || undefined}
        onKeyDown={onKeyDown}
      >
        {buttons.map((b, index) => (
          <button
            key={b.id}
            ref={(el) => {
              buttonRefs.current[index] = el;
            }}
            type="button"
            className={`tb-button tb-${b.id}`}
            aria-label={b.label}
            title={b.shortcut ? `${b.label} (${b.shortcut})` : b.label}
            aria-pressed={b.id === 'table' ? undefined : b.pressed === true}
            aria-expanded={b.id === 'link' ? b.expanded : undefined}
            disabled={disabled || b.disabled}
            tabIndex={index === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(index)}
            // Keep the caret in the editor when a button is clicked with the mouse.
            onMouseDown={(e) => e.preventDefault()}
            onClick={b.run}
          >
            {b.icon}
          </button>
        ))}
      </div>
      {linkOpen && (
        <LinkForm
          editor={editor}
          selection={savedSelection.current}
          onClose={() => {
            setLinkOpen(false);
            savedSelection.current = null;
          }}
        />
      )}
    </div>
  );
}
