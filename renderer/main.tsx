// First: zod's settings hold before any schema is made.
import './app/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setAppState } from './app/appState';
import { installRouteLoadingSignal } from './app/router';
import { installMenuCommands } from './api/client';
import { installAutosaveLifecycle } from './notes/autosave';
import { standpointStore } from './standpoints/store';
import './styles/app.css';
import './styles/live.css';
import './styles/narrow.css';

const container = document.getElementById('app');
if (!container) throw new Error('Elementet #app saknas i index.html.');

setAppState('loading');
installAutosaveLifecycle();
// Standpoints typed a moment ago are sent at once when the window is hidden or closed.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') standpointStore.flush();
});
window.addEventListener('pagehide', () => standpointStore.flush());
installRouteLoadingSignal();
installMenuCommands();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
