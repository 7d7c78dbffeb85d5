// Toasts and the write-error banner: every screen reports failures and offers "Undo" through this one context.
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation.ts';
import { describeError } from './errorMessage.ts';

type ToastAction = { label: string; run: () => Promise<void> | void };
type Toast = { id: number; kind: 'info' | 'error'; message: string; action: ToastAction | null };

export type ToastApi = {
  notify: (message: string, action?: ToastAction) => void;
  reportError: (error: unknown) => void;
  /** Runs a data write; a failure becomes an error toast instead of an unhandled rejection. Resolves to undefined on failure. */
  runWrite: <T>(write: () => Promise<T>) => Promise<T | undefined>;
};

const ToastContext = createContext<ToastApi | null>(null);

const INFO_LIFETIME_MS = 10_000;

export const ToastProvider = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const push = useCallback(
    (kind: Toast['kind'], message: string, action: ToastAction | null) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, kind, message, action }]);
      if (kind === 'info') setTimeout(() => dismiss(id), INFO_LIFETIME_MS);
    },
    [dismiss],
  );

  const api = useMemo<ToastApi>(() => {
    const reportError = (error: unknown) => {
      console.error(error);
      push('error', describeError(error), null);
    };
    return {
      notify: (message, action) => push('info', message, action ?? null),
      reportError,
      runWrite: async (write) => {
        try {
          return await write();
        } catch (error) {
          reportError(error);
          return undefined;
        }
      },
    };
  }, [push]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.kind}`} role={toast.kind === 'error' ? 'alert' : 'status'}>
            <span className="toast-message">{toast.message}</span>
            {toast.action !== null && (
              <button
                type="button"
                className="button link"
                onClick={() => {
                  const action = toast.action;
                  dismiss(toast.id);
                  if (action !== null) void api.runWrite(async () => action.run());
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="button icon" aria-label={t('app.toast.dismiss')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
};

export const useToasts = (): ToastApi => {
  const api = useContext(ToastContext);
  if (api === null) throw new Error('useToasts must be used inside <ToastProvider>');
  return api;
};
