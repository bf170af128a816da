import { useEffect, type RefObject } from 'react';

/**
 * Moves focus to a view's main heading when it appears after navigation, so
 * keyboard and screen-reader users land on the new page — unless the
 * secretary is already working inside the view.
 */
export function useFocusHeading(ref: RefObject<HTMLElement | null>, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const heading = ref.current;
    if (!heading) return;
    const active = document.activeElement;
    const main = document.getElementById('main');
    const busyInside = active !== null && active !== document.body && main !== null && main.contains(active) && active !== main;
    if (!busyInside) heading.focus({ preventScroll: true });
  }, [ref, ready]);
}
