import { useEffect, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal while the component is shown (focus
 * stays inside, Esc cancels, the page behind is inert). It opens with focus
 * on the control marked `data-autofocus` ("Avbryt" where the dialog's action
 * destroys something), and focus returns to where it was when it closes, or,
 * if that control is gone (a menu that closed), to `fallback`.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, fallback?: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    // Focus already lost to the page (the menu that opened it has closed) counts as nowhere.
    const active = document.activeElement;
    const before = active instanceof HTMLElement && active !== document.body ? active : null;
    const instead = fallback?.current ?? null;
    if (dialog && !dialog.open) dialog.showModal();
    // React's autoFocus runs while the dialog is still closed (and nothing in
    // it can take focus), after which showModal() focuses the first control:
    // the destructive button. So the wanted control is focused here.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      if (before?.isConnected) before.focus();
      else if (instead?.isConnected) instead.focus();
    };
  }, [ref, fallback]);
}
