import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A form whose checks are ours, in Swedish at the fields: the browser's own
 * validation bubbles are off (noValidate) and submitting never reloads the page.
 */
export function SwedishForm({
  className,
  label,
  labelledBy,
  onSubmit,
  onKeyDown,
  children,
}: {
  className: string;
  /** The form's name when it has no heading of its own. */
  label?: string | undefined;
  /** The id of the heading that names the form. */
  labelledBy?: string | undefined;
  onSubmit: () => void;
  onKeyDown?: (e: KeyboardEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  return (
    <form
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={onKeyDown}
    >
      {children}
    </form>
  );
}

/**
 * A form opened in place on the page ("Nytt möte", "Lägg till gäst"):
 * validation is ours, in Swedish at the fields (noValidate), Enter submits,
 * and Esc closes it as "Avbryt" does.
 */
export function InlineForm({
  className,
  label,
  labelledBy,
  onSubmit,
  onCancel,
  children,
}: {
  className: string;
  /** The form's name when it has no heading of its own. */
  label?: string;
  /** The id of the heading that names the form. */
  labelledBy?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <SwedishForm
      className={className}
      label={label}
      labelledBy={labelledBy}
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {children}
    </SwedishForm>
  );
}

/** The named submit button ("Skapa organ", "Sparar …" while busy) beside "Avbryt". */
export function FormActions({
  submitLabel,
  busyLabel,
  busy,
  danger = false,
  onCancel,
  className = 'form-actions',
}: {
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  danger?: boolean;
  onCancel: () => void;
  /** "form-actions" on the page, "dialog-actions" in a dialog. */
  className?: string;
}) {
  return (
    <div className={className}>
      <button type="submit" className={`button ${danger ? 'button-danger' : 'button-primary'}`} disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      <button type="button" className="button button-quiet" onClick={onCancel}>
        Avbryt
      </button>
    </div>
  );
}
