// The top-level error boundary: whatever breaks while rendering, the window shows a readable message and a Reload
// button instead of going blank.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { t } from '../../shared/i18n/translate.ts';

type Props = { children: ReactNode };
type State = { error: Error | null };

export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Caseweave crashed while rendering', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <main className="crash-screen" role="alert">
        <h1>{t('app.crash.title')}</h1>
        <p>{t('app.crash.explanation')}</p>
        <pre className="crash-message">{error.message}</pre>
        <button type="button" className="button primary" onClick={() => globalThis.location.reload()}>
          {t('app.crash.reload')}
        </button>
      </main>
    );
  }
}
