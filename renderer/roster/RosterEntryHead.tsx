import type { ReactNode } from 'react';
import { LabelledInput } from '../components/LabelledInput';
import { MoveButtons } from '../components/MoveButtons';
import { altArrow, focusKeyOfActive } from './useRosterEditor';

/**
 * The head of a side or a category: its name (label above, error below), the
 * buttons that move it, and the one that removes it. Alt+↑/Alt+↓ anywhere in
 * the head moves it too, keeping focus on the same control.
 */
export function RosterEntryHead({
  className,
  fieldClassName,
  entryKey,
  inputId,
  label,
  value,
  placeholder,
  error,
  onRename,
  onLeave,
  moveLabel,
  first,
  last,
  onMove,
  removeText,
  onRemove,
}: {
  className: string;
  fieldClassName: string;
  /** The side's or category's key: its controls' focus keys start with it. */
  entryKey: string;
  inputId: string;
  label: ReactNode;
  value: string;
  placeholder?: string;
  error?: string;
  onRename: (name: string) => void;
  onLeave: () => void;
  moveLabel: string;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1, focus: string | undefined) => void;
  removeText: string;
  onRemove: () => void;
}) {
  return (
    <div
      className={className}
      onKeyDown={(e) => {
        const delta = altArrow(e);
        if (delta) onMove(delta, focusKeyOfActive());
      }}
    >
      <LabelledInput
        id={inputId}
        className={fieldClassName}
        label={label}
        error={error}
        data-focus-key={`${entryKey}:name`}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onRename(e.target.value)}
        onBlur={onLeave}
      />
      <div className="row-actions">
        <MoveButtons label={moveLabel} focusKey={entryKey} first={first} last={last} onMove={(d, focus) => onMove(d === 'up' ? -1 : 1, focus)} />
        <button type="button" className="button button-quiet button-small danger-quiet" onClick={onRemove}>
          {removeText}
        </button>
      </div>
    </div>
  );
}
