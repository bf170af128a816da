import type { ReactNode } from 'react';
import { Field, FormError, TextField } from './Field';
import { FormActions, SwedishForm } from './InlineForm';

/**
 * One labelled text field of a dialog form, with its Swedish error under it
 * (tied to the field by aria-describedby, read out when it appears).
 */
export function DialogField({
  id,
  label,
  value,
  error,
  onChange,
  multiline = false,
  autoFocus = false,
  inputMode,
}: {
  id: string;
  label: ReactNode;
  value: string;
  error?: string | null | undefined;
  onChange: (value: string) => void;
  multiline?: boolean;
  autoFocus?: boolean;
  inputMode?: 'text' | 'numeric';
}) {
  if (!multiline) {
    return <TextField id={id} label={label} value={value} error={error} alert data-autofocus={autoFocus || undefined} inputMode={inputMode} onChange={onChange} />;
  }
  return (
    <Field id={id} label={label} error={error} alert>
      {(control) => (
        <textarea
          {...control}
          value={value}
          data-autofocus={autoFocus || undefined}
          className="field-input field-textarea"
          rows={3}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

export interface DialogFormProps {
  onSubmit: () => void;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  danger?: boolean;
  error?: string | null | undefined;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A dialog's form: its fields, the form-wide error, and the named submit
 * button beside "Avbryt". Validation is ours (noValidate), in Swedish.
 */
export function DialogForm({
  onSubmit,
  submitLabel,
  busyLabel,
  busy,
  danger = false,
  error,
  onCancel,
  children,
}: DialogFormProps) {
  return (
    <SwedishForm className="dialog-form" onSubmit={onSubmit}>
      {children}
      <FormError error={error} />
      <FormActions
        className="dialog-actions"
        submitLabel={submitLabel}
        busyLabel={busyLabel}
        busy={busy}
        danger={danger}
        onCancel={onCancel}
      />
    </SwedishForm>
  );
}
