import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { setupI18n } from './i18n/i18n.ts';
import './styles.css';

declare global {
  interface Window {
    /** Set once the app's script runs; index.html shows a "could not load" notice otherwise. */
    __stayflowStarted?: boolean;
  }
}

window.__stayflowStarted = true;
setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
