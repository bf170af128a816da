import type { IpcError } from '../../shared/ipc/result';
import { LoadFailure } from './LoadFailure';

/** A page's data on its way: a spinner and what is being fetched. */
export function LoadingBlock({ text }: { text: string }) {
  return (
    <div className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

/** What a page shows until its data is there: the spinner, or why it failed with "Försök igen". */
export function LoadStatus({
  load,
  loadingText,
  notFoundTitle,
  failedTitle,
  onRetry,
}: {
  load: { state: 'loading' } | { state: 'error'; error: IpcError } | { state: 'ready' };
  loadingText: string;
  notFoundTitle: string;
  failedTitle: string;
  onRetry: () => void;
}) {
  if (load.state === 'loading') return <LoadingBlock text={loadingText} />;
  if (load.state === 'error') {
    return <LoadFailure error={load.error} notFoundTitle={notFoundTitle} failedTitle={failedTitle} onRetry={onRetry} />;
  }
  return null;
}
