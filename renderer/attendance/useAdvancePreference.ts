import { useCallback, useState } from 'react';

/**
 * "Gå vidare till nästa person": after a status key the focus moves on, so
 * attendance takes one key per person. On unless the secretary turned it
 * off, remembered in this browser (or this app installation) across meetings.
 */

const STORAGE_KEY = 'anteckna.attendance.advance';

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    // Storage can be disabled; then the default holds for this page.
    return true;
  }
}

export function useAdvancePreference(): [boolean, (on: boolean) => void] {
  const [advance, setAdvance] = useState(stored);
  const set = useCallback((on: boolean) => {
    setAdvance(on);
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Not remembered, but still in effect on this page.
    }
  }, []);
  return [advance, set];
}
