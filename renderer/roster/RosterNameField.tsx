import type { ReactNode } from 'react';

/** The name of a side or a category, with its label above and its error (if any) below. */
export function RosterNameField({
  id,
  focusKey,
  className,
  label,
  value,
  placeholder,
  error,
  onChange,
  onBlur,
}: {
  id: string;
  focusKey: string;
  className: string;
  label: ReactNode;
  value: string;
  placeholder?: string;
  error?: string;
  onChange: (name: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className={`form-field ${className}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        data-focus-key={focusKey}
        className="field-input"
        type="text"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
