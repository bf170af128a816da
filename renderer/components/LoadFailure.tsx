import type { IpcError } from '../../shared/ipc/result';
import { ErrorBanner } from './Banner';

/** A view that could not load: a heading that says what, the reason, and "Försök igen" unless the thing is gone. */
export function LoadFailure({
  error,
  notFoundTitle,
  failedTitle,
  onRetry,
}: {
  error: IpcError;
  notFoundTitle: string;
  failedTitle: string;
  onRetry: () => void;
}) {
  const gone = error.code === 'not_found';
  return (
    <>
      <h1 className="page-title">{gone ? notFoundTitle : failedTitle}</h1>
      <ErrorBanner
        error={error}
        action={
          gone ? undefined : (
            <button type="button" className="button button-small" onClick={onRetry}>
              Försök igen
            </button>
          )
        }
      />
    </>
  );
}
