// Renderer entry: opens the database once, applies the UI language before the first paint, wraps the app in the
// top-level error boundary and mounts it.
import { createRoot } from 'react-dom/client';
import { openCaseweaveDatabase } from './data/database.ts';
import { startUiLocale } from './i18n/uiLocale.ts';
import { App } from './shell/App.tsx';
import { AppErrorBoundary } from './shell/AppErrorBoundary.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/tables.css';
import './styles/source.css';
import './styles/transcript.css';
import './styles/dialogs.css';

const container = document.getElementById('root');
if (container === null) throw new Error('Caseweave: the #root element is missing from index.html');

const db = openCaseweaveDatabase();

const mount = (root: HTMLElement): void =>
  createRoot(root).render(
    <AppErrorBoundary>
      <App db={db} />
    </AppErrorBoundary>,
  );

// startUiLocale never rejects (an unreadable choice falls back to the system language), so the app always mounts.
void startUiLocale(db).finally(() => mount(container));
