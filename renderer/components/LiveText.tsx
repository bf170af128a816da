import type { ReactNode } from 'react';

/** A polite live region for short confirmations ("… har lagts till."). */
export function LiveText({ text }: { text: ReactNode }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
