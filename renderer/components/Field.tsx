import type { InputHTMLAttributes, ReactNode } from 'react';

/**
 * One labelled field of a form: the label (with an optional hint in it), the
 * control, and the Swedish message for bad input right under it, tied to the
 * control by aria-invalid/aria-describedby so a screen reader reads it with
 * the field. The ids follow one rule, `<id>` for the control and
 * `<id>-error` for its message, which the forms use to move focus.
 */

/** What ties a control to its message: nothing while the input is fine. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

export function fieldControl(id: string, error: string | null | undefined): FieldControl {
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? fieldErrorId(id) : undefined,
  };
}

/**
 * The message under a field. `role="alert"` where it appears without the
 * secretary having left the field (a dialog's submit, a row that failed to
 * save), so it is read out at once.
 */
export function FieldError({ id, error, alert = false }: { id: string; error: string | null | undefined; alert?: boolean }) {
  if (!error) return null;
  return (
    <p id={fieldErrorId(id)} className="field-error" role={alert ? 'alert' : undefined}>
      {error}
    </p>
  );
}

export interface FieldProps {
  id: string;
  label: ReactNode;
  /** Shown in the label after its text, in the quieter hint style: "(till exempel PSN)". */
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Read the message out as soon as it appears (see FieldError). */
  alert?: boolean;
  /** The wrapper's classes; "form-field" plus the field's own. */
  className?: string;
}

/** A field around any control (select, textarea, date …): the child gets the id and aria props to spread. */
export function Field({
  id,
  label,
  hint,
  error,
  alert,
  className = 'form-field',
  children,
}: FieldProps & { children: (control: FieldControl) => ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
        {hint !== undefined && (
          <>
            {' '}
            <span className="field-hint">{hint}</span>
          </>
        )}
      </label>
      {children(fieldControl(id, error))}
      <FieldError id={id} error={error} alert={alert ?? false} />
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>;

/** A one-line text field (the common case): `onChange` gets the text as typed. */
export function TextField({
  id,
  label,
  hint,
  error,
  alert,
  className,
  value,
  onChange,
  ...input
}: FieldProps & InputProps & { value: string; onChange: (value: string) => void }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} alert={alert} className={className}>
      {(control) => (
        <input
          className="field-input"
          autoComplete="off"
          {...input}
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A message for the whole form or dialog (the save failed, the list could not be read), read out at once. */
export function FormError({ error, className }: { error: string | null | undefined; className?: string }) {
  if (!error) return null;
  return (
    <p className={className ? `field-error ${className}` : 'field-error'} role="alert">
      {error}
    </p>
  );
}

/** The options of a select over a fixed list of kinds ("Beslut", "Ordförande" …), each under its Swedish name. */
export function KindOptions<K extends string>({ kinds, label }: { kinds: readonly K[]; label: (kind: K) => string }) {
  return kinds.map((kind) => (
    <option key={kind} value={kind}>
      {label(kind)}
    </option>
  ));
}
