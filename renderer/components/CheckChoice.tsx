import type { ReactNode } from 'react';

/** One checkbox in a list of choices: its label, and a quieter line of detail after it. */
export function CheckChoice({
  checked,
  onToggle,
  label,
  detail,
  detailClassName,
  disabled = false,
  autofocus = false,
}: {
  checked: boolean;
  onToggle: (on: boolean) => void;
  label: ReactNode;
  detail?: ReactNode;
  detailClassName: string;
  disabled?: boolean;
  /** The control a dialog focuses first (`data-autofocus`, see useModalDialog). */
  autofocus?: boolean;
}) {
  return (
    <label className="choice">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-autofocus={autofocus || undefined}
        onChange={(e) => onToggle(e.target.checked)}
      />
      <span>
        {label}
        {detail ? <span className={detailClassName}>{detail}</span> : null}
      </span>
    </label>
  );
}
