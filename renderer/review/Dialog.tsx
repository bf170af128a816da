import { useId, useRef, type ReactNode, type RefObject } from 'react';
import { useModalDialog } from '../components/useModalDialog';
import { FormError } from '../components/Field';
import { DialogForm, type DialogFormProps } from '../components/DialogField';

/** A modal dialog with a title and a lead (see `useModalDialog` for focus). */
export function Dialog({
  title,
  lead,
  onClose,
  children,
  className = '',
  returnFocus,
}: {
  title: string;
  lead?: ReactNode;
  onClose: () => void;
  children: (ids: { titleId: string }) => ReactNode;
  className?: string;
  /** Where focus goes when the dialog closes, if the control that opened it is gone. */
  returnFocus?: RefObject<HTMLElement | null>;
}) {
  const baseId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, returnFocus);
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-narrow ${className}`.trim()}
      aria-labelledby={`${baseId}-title`}
      aria-describedby={lead ? `${baseId}-lead` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2 id={`${baseId}-title`} className="dialog-title">
          {title}
        </h2>
        {lead && (
          <p id={`${baseId}-lead`} className="dialog-lead">
            {lead}
          </p>
        )}
        {children({ titleId: `${baseId}-title` })}
      </div>
    </dialog>
  );
}

/**
 * A dialog that asks for a few fields and does one named thing with them
 * ("Markera som justerad", "Radera för gott"); "Avbryt" closes it.
 */
export function FormDialog({
  title,
  lead,
  className,
  onClose,
  children,
  ...form
}: {
  title: string;
  lead: ReactNode;
  className: string;
  onClose: () => void;
  children: ReactNode;
} & Omit<DialogFormProps, 'onCancel' | 'children'>) {
  return (
    <Dialog title={title} lead={lead} onClose={onClose} className={className}>
      {() => (
        <DialogForm {...form} onCancel={onClose}>
          {children}
        </DialogForm>
      )}
    </Dialog>
  );
}

/** "Ta bort …?" with a clear, named confirm button. */
export function ConfirmDialog({
  title,
  lead,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  lead: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={title} lead={lead} onClose={onClose}>
      {() => (
        <>
          <FormError error={error} />
          <div className="dialog-actions">
            <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
              {confirmLabel}
            </button>
            <button type="button" className="button button-quiet" onClick={onClose} data-autofocus>
              Avbryt
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

/** A dialog that only shows something: its one way out, "Stäng", focused so Enter or Esc closes it. */
export function CloseActions({ onClose, quiet = true }: { onClose: () => void; quiet?: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" className={quiet ? 'button button-quiet' : 'button'} onClick={onClose} data-autofocus>
        Stäng
      </button>
    </div>
  );
}
