import type { ReactNode } from 'react';
import type { IpcError } from '../../shared/ipc/result';

/** A calm message across the top of a view. Errors are always Swedish sentences, never raw data. */
export function ErrorBanner({ error, action }: { error: IpcError | string; action?: ReactNode }) {
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="banner banner-error" role="alert">
      <span className="banner-text">{message || 'Något gick fel.'}</span>
      {action}
    </div>
  );
}

export function InfoBanner({ children }: { children: ReactNode }) {
  return <div className="banner banner-info">{children}</div>;
}
