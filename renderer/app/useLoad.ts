import { useCallback, useEffect, useState, type DependencyList } from 'react';
import type { IpcError, IpcResult } from '../../shared/ipc/result';
import { setAppState } from './appState';

/**
 * Runs an asynchronous load when what it depends on changes, and tells it
 * (`active()`) whether its answer is still wanted: once the view is left or
 * the dependencies change, a late answer must not overwrite a newer one.
 */
export function useLoad(run: (active: () => boolean) => Promise<unknown>, deps: DependencyList): void {
  useEffect(
    () => {
      let cancelled = false;
      void run(() => !cancelled);
      return () => {
        cancelled = true;
      };
    },
    // The caller lists what its load depends on, as it would for useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );
}

/** A page's data: on its way, failed (with the reason), or there. */
export type PageLoad<T extends object> = { state: 'loading' } | { state: 'error'; error: IpcError } | ({ state: 'ready' } & T);

/**
 * The data a page shows, fetched when its dependencies change and again on
 * `reload` ("Försök igen"), with the app's loading signal
 * (`#app[data-app-state]`) kept in step for the end-to-end tests. `update`
 * applies a local change after a save.
 */
export function usePageLoad<T extends object>(
  fetch: () => Promise<IpcResult<T>>,
  deps: DependencyList,
): { load: PageLoad<T>; reload: () => void; update: (change: (value: T) => T) => void } {
  const [load, setLoad] = useState<PageLoad<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useLoad(
    async (active) => {
      setAppState('loading');
      const result = await fetch();
      if (!active()) return;
      if (result.ok) {
        setLoad({ ...result.value, state: 'ready' });
        setAppState('ready');
      } else {
        setLoad({ state: 'error', error: result.error });
        setAppState('error');
      }
    },
    [...deps, attempt],
  );

  const reload = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const update = useCallback((change: (value: T) => T) => {
    setLoad((prev) => (prev.state === 'ready' ? { ...change(prev), state: 'ready' } : prev));
  }, []);

  return { load, reload, update };
}
