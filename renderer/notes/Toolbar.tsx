import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  type BaseSelection,
  type LexicalEditor,
  type LexicalNode,
  type TextFormatType,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent } from '@lexical/utils';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
  type ListNode,
} from '@lexical/list';
import { $createLinkNode, $isLinkNode, $toggleLink, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $isTableCellNode, INSERT_TABLE_COMMAND } from '@lexical/table';
import { NOTES_HEADING_TAG, validateLinkUrl } from './config';

/**
 * The notes editor's toolbar: one tab stop (arrow keys move between the
 * buttons, as in a native toolbar), Swedish names, and pressed states that
 * follow the caret.
 */

type BlockKind = 'paragraph' | 'heading' | 'quote' | 'bullet' | 'number' | 'other';

interface ToolbarState {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
  inTable: boolean;
}

const INITIAL: ToolbarState = {
  block: 'paragraph',
  bold: false,
  italic: false,
  underline: false,
  link: false,
  inTable: false,
};

function sameState(a: ToolbarState, b: ToolbarState): boolean {
  return (
    a.block === b.block &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.link === b.link &&
    a.inTable === b.inTable
  );
}

function $topBlock(node: LexicalNode): LexicalNode {
  if ($isRootOrShadowRoot(node)) return node;
  return (
    $findMatchingParent(node, (n) => {
      const parent = n.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node
  );
}

function $readToolbarState(): ToolbarState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return INITIAL;
  const anchor = selection.anchor.getNode();
  const top = $topBlock(anchor);
  let block: BlockKind = 'other';
  if ($isListNode(top)) {
    const nearest = $findMatchingParent(anchor, (n): n is ListNode => $isListNode(n));
    block = (nearest ?? top).getListType() === 'number' ? 'number' : 'bullet';
  } else if ($isHeadingNode(top)) block = 'heading';
  else if ($isQuoteNode(top)) block = 'quote';
  else if (top.getType() === 'paragraph') block = 'paragraph';
  return {
    block,
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $findMatchingParent(anchor, (n) => $isLinkNode(n)) !== null,
    inTable: $findMatchingParent(anchor, (n) => $isTableCellNode(n)) !== null,
  };
}

function setBlock(editor: LexicalEditor, kind: 'heading' | 'quote', active: boolean): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (active) $setBlocksType(selection, () => $createParagraphNode());
    else if (kind === 'heading') $setBlocksType(selection, () => $createHeadingNode(NOTES_HEADING_TAG));
    else $setBlocksType(selection, () => $createQuoteNode());
  });
}

interface ButtonSpec {
  id: string;
  label: string;
  shortcut?: string;
  icon: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  /** Opens the link form rather than acting at once. */
  expanded?: boolean;
  run: () => void;
}

export interface ToolbarProps {
  /** "4. Färdplan …", for the toolbar's accessible name. */
  itemLabel: string;
  disabled: boolean;
}

export function Toolbar({ itemLabel, disabled }: ToolbarProps) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL);
  const [linkOpen, setLinkOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const savedSelection = useRef<BaseSelection | null>(null);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readToolbarState);
        setState((prev) => (sameState(prev, next) ? prev : next));
      }),
    [editor],
  );

  const format = useCallback((type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type), [editor]);

  const openLink = useCallback(() => {
    if (state.link) {
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
      return;
    }
    savedSelection.current = editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
    setLinkOpen(true);
  }, [editor, state.link]);

  const buttons: ButtonSpec[] = [
    {
      id: 'heading',
      label: 'Rubrik',
      icon: <span className="tb-glyph tb-heading">Rubrik</span>,
      pressed: state.block === 'heading',
      run: () => setBlock(editor, 'heading', state.block === 'heading'),
    },
    {
      id: 'bold',
      label: 'Fet',
      shortcut: 'Ctrl+B',
      icon: <span className="tb-glyph tb-bold">F</span>,
      pressed: state.bold,
      run: () => format('bold'),
    },
    {
      id: 'italic',
      label: 'Kursiv',
      shortcut: 'Ctrl+I',
      icon: <span className="tb-glyph tb-italic">K</span>,
      pressed: state.italic,
      run: () => format('italic'),
    },
    {
      id: 'underline',
      label: 'Understruken',
      shortcut: 'Ctrl+U',
      icon: <span className="tb-glyph tb-underline">U</span>,
      pressed: state.underline,
      run: () => format('underline'),
    },
    {
      id: 'bullet',
      label: 'Punktlista',
      icon: <BulletIcon />,
      pressed: state.block === 'bullet',
      run: () =>
        editor.dispatchCommand(
          state.block === 'bullet' ? REMOVE_LIST_COMMAND : INSERT_UNORDERED_LIST_COMMAND,
          undefined,
        ),
    },
    {
      id: 'number',
      label: 'Numrerad lista',
      icon: <NumberIcon />,
      pressed: state.block === 'number',
      run: () =>
        editor.dispatchCommand(state.block === 'number' ? REMOVE_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined),
    },
    {
      id: 'quote',
      label: 'Citat',
      icon: <QuoteIcon />,
      pressed: state.block === 'quote',
      run: () => setBlock(editor, 'quote', state.block === 'quote'),
    },
    {
      id: 'link',
      label: 'Länk',
      shortcut: state.link ? 'tryck för att ta bort länken' : undefined,
      icon: <LinkIcon />,
      pressed: state.link,
      expanded: linkOpen,
      run: openLink,
    },
    {
      id: 'table',
      label: 'Tabell',
      icon: <TableIcon />,
      disabled: state.inTable,
      run: () =>
        editor.dispatchCommand(INSERT_TABLE_COMMAND, {
          rows: '3',
          columns: '3',
          includeHeaders: { rows: true, columns: false },
        }),
    },
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

function LinkForm({
  editor,
  selection,
  onClose,
}: {
  editor: LexicalEditor;
  selection: BaseSelection | null;
  onClose: () => void;
}) {
  const [url, setUrl] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const inputId = useId();

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const close = () => {
    onClose();
    editor.focus();
  };

  const submit = () => {
    const value = url.trim();
    if (!validateLinkUrl(value) || /^(https?:\/\/|mailto:)$/i.test(value)) {
      setError('Länken måste börja med http://, https:// eller mailto: och ha en adress.');
      inputRef.current?.focus();
      return;
    }
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      const current = $getSelection();
      if (!$isRangeSelection(current)) return;
      if (current.isCollapsed()) {
        const link = $createLinkNode(value);
        link.append($createTextNode(value.replace(/^mailto:/i, '')));
        current.insertNodes([link]);
      } else {
        $toggleLink(value);
      }
    });
    close();
  };

  return (
    <form
      className="link-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close();
        }
      }}
    >
      <label htmlFor={inputId} className="link-form-label">
        Länkadress
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="field-input link-form-input"
        type="url"
        inputMode="url"
        spellCheck={false}
        value={url}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setUrl(e.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button button-primary button-small">
        Infoga länk
      </button>
      <button type="button" className="button button-quiet button-small" onClick={close}>
        Avbryt
      </button>
      {error && (
        <p id={errorId} className="field-error link-form-error">
          {error}
        </p>
      )}
    </form>
  );
}

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg className="tb-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

function BulletIcon() {
  return (
    <Svg>
      <circle cx="4" cy="5.5" r="1.4" fill="currentColor" />
      <circle cx="4" cy="10" r="1.4" fill="currentColor" />
      <circle cx="4" cy="14.5" r="1.4" fill="currentColor" />
      <path d="M8 5.5h9M8 10h9M8 14.5h9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Svg>
  );
}

function NumberIcon() {
  return (
    <Svg>
      <text x="1.5" y="7.5" fontSize="6.5" fill="currentColor" fontFamily="inherit">
        1
      </text>
      <text x="1.5" y="16.5" fontSize="6.5" fill="currentColor" fontFamily="inherit">
        2
      </text>
      <path d="M8 5.5h9M8 10h9M8 14.5h9" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Svg>
  );
}

function QuoteIcon() {
  return (
    <Svg>
      <path d="M4 4v12" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      <path d="M8 6.5h9M8 10h9M8 13.5h6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </Svg>
  );
}

function LinkIcon() {
  return (
    <Svg>
      <path
        d="M8.5 11.5a3 3 0 0 0 4.2 0l2.8-2.8a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.8 2.8a3 3 0 0 0 4.2 4.2l1-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      />
    </Svg>
  );
}

function TableIcon() {
  return (
    <Svg>
      <rect x="2.5" y="3.5" width="15" height="13" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M2.5 8h15M2.5 12.2h15M8 8v8.5M12.5 8v8.5" stroke="currentColor" strokeWidth="1.3" />
    </Svg>
  );
}
