import type { ReactNode } from 'react';
import { FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { BulletIcon, LinkIcon, NumberIcon, QuoteIcon, TableIcon } from './icons';
import { setBlock, type ToolbarState } from './toolbarState';

export interface ToolbarButton {
  id: string;
  label: string;
  shortcut?: string | undefined;
  icon: ReactNode;
  pressed?: boolean;
  disabled?: boolean;
  /** Opens the link form rather than acting at once. */
  expanded?: boolean;
  run: () => void;
}

/** The letters are the Swedish ones Word shows: F for fet, K for kursiv. */
const TEXT_FORMATS = [
  { id: 'bold', label: 'Fet', shortcut: 'Ctrl+B', glyph: 'F' },
  { id: 'italic', label: 'Kursiv', shortcut: 'Ctrl+I', glyph: 'K' },
  { id: 'underline', label: 'Understruken', shortcut: 'Ctrl+U', glyph: 'U' },
] as const;

/**
 * The toolbar's buttons in their order, pressed as `state` says. `link` is the
 * link button's part: whether its form is open, and what a press does (open
 * the form, or remove the link the caret is in).
 */
export function toolbarButtons(
  editor: LexicalEditor,
  state: ToolbarState,
  link: { open: boolean; run: () => void },
): ToolbarButton[] {
  const blockButton = (kind: 'heading' | 'quote', label: string, icon: ReactNode): ToolbarButton => ({
    id: kind,
    label,
    icon,
    pressed: state.block === kind,
    run: () => setBlock(editor, kind, state.block === kind),
  });
  const listButton = (kind: 'bullet' | 'number', label: string, icon: ReactNode): ToolbarButton => ({
    id: kind,
    label,
    icon,
    pressed: state.block === kind,
    run: () => {
      const insert = kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND;
      editor.dispatchCommand(state.block === kind ? REMOVE_LIST_COMMAND : insert, undefined);
    },
  });
  return [
    blockButton('heading', 'Rubrik', <span className="tb-glyph tb-heading">Rubrik</span>),
    ...TEXT_FORMATS.map(
      (format): ToolbarButton => ({
        id: format.id,
        label: format.label,
        shortcut: format.shortcut,
        icon: <span className={`tb-glyph tb-${format.id}`}>{format.glyph}</span>,
        pressed: state[format.id],
        run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format.id),
      }),
    ),
    listButton('bullet', 'Punktlista', <BulletIcon />),
    listButton('number', 'Numrerad lista', <NumberIcon />),
    blockButton('quote', 'Citat', <QuoteIcon />),
    {
      id: 'link',
      label: 'Länk',
      shortcut: state.link ? 'tryck för att ta bort länken' : undefined,
      icon: <LinkIcon />,
      pressed: state.link,
      expanded: link.open,
      run: link.run,
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
}
