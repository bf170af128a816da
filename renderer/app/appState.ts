/**
 * The `data-app-state` attribute on `#app`: `loading` while the current view
 * fetches its data, `ready` once it is shown, `error` when loading failed.
 * End-to-end tests wait on it instead of sleeping.
 */
export type AppState = 'loading' | 'ready' | 'error';

export function setAppState(state: AppState): void {
  const root = document.getElementById('app');
  if (root && root.dataset.appState !== state) root.dataset.appState = state;
}
