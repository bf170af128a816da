import { useEffect } from 'react';
import { clearFlash, useFlashState } from '../app/flash';
import { useHash } from '../app/router';

/** The message left by the previous view; it goes when the secretary moves on or closes it. */
export function Flash() {
  const hash = useHash();
  const flash = useFlashState();
  const here = flash !== null && flash.hash === hash;
  useEffect(() => {
    if (flash !== null && !here) clearFlash();
  }, [flash, here]);
  if (!here) return null;
  return (
    <div className="banner banner-info flash" role="status">
      <span className="banner-text">{flash.text}</span>
      <button type="button" className="button button-quiet button-small" onClick={clearFlash}>
        Stäng
      </button>
    </div>
  );
}
