import type { InputHTMLAttributes, ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'aria-invalid' | 'aria-describedby'>;

/**
 * A one-line text field of a settings form: the label above, the input, then
 * what `after` adds (an example) and the Swedish error, both tied to the input
 * by aria-describedby. `className` is added to "form-field" (its place in the grid).
 */
export function LabelledInput({
  id,
  className,
  label,
  error,
  describedBy,
  after,
  ...input
}: InputProps & {
  id: string;
  className: string;
  label: ReactNode;
  error?: string | undefined;
  /** The id of a text that explains the field, read before the error. */
  describedBy?: string;
  after?: ReactNode;
}) {
  const errorId = `${id}-error`;
  const described = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <div className={`form-field ${className}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className="field-input"
        type="text"
        autoComplete="off"
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {after}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
