/**
 * @module main
 * Entry point: mounts the app. Loaded as a module script from index.html (no inline scripts, as the
 * server's CSP requires).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('sitrep web: index.html has no #root element to mount the app into; rebuild packages/web.');
}
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
