/**
 * The page's entry point: installs the theme, registers the components and mounts <dl-app>.
 * Exposes the app as `window.__dlApp` so the end-to-end tests can read its state.
 */
import './ui/app/zodConfig'; // first: before any schema is built
import './ui/app/app.css';
import { adoptThemeStyles } from './ui/theme';
import './ui/app/components/dlApp';
import type { DlApp } from './ui/app/components/dlApp';

declare global {
  interface Window {
    __dlApp?: DlApp;
  }
}

adoptThemeStyles(document);
const app = document.createElement('dl-app');
document.getElementById('app')?.replaceChildren(app);
window.__dlApp = app;
