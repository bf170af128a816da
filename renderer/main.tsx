import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setAppState } from './app/appState';
import { installRouteLoadingSignal } from './app/router';
import { installAutosaveLifecycle } from './notes/autosave';
import './styles/app.css';

const container = document.getElementById('app');
if (!container) throw new Error('Elementet #app saknas i index.html.');

setAppState('loading');
installAutosaveLifecycle();
installRouteLoadingSignal();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
