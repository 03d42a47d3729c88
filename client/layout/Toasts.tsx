import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/shell.css';

const VISIBLE_MS = 6_000;

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  /** Offered as an "Undo" button; the toast closes when it is chosen. */
  undo?: () => Promise<void>;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<(toast: ToastInput) => void>(() => {});

/** Shows a short message about an action just done (saved, invited, removed…), optionally with Undo. */
export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}

/**
 * The toast region: confirmations in a polite status region, errors in an alert region. Each toast closes
 * itself after ~6 s, but not while the pointer is over it or focus is inside it; Escape or the close button
 * dismisses it. The live regions are always in the page, so screen readers hear what is added to them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('layout');
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const show = useCallback((toast: ToastInput) => {
    const id = nextId.current++;
    setToasts((shown) => [...shown, { ...toast, id }]);
  }, []);
  const dismiss = useCallback((id: number) => setToasts((shown) => shown.filter((toast) => toast.id !== id)), []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <section className="toasts" aria-label={t('toasts.label')}>
        <div role="status" aria-live="polite" className="toasts__list">
          {toasts
            .filter((toast) => toast.tone !== 'error')
            .map((toast) => (
              <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} onShow={show} />
            ))}
        </div>
        {/* Assertive like an alert, but no role="alert" while empty: a page's own error stays the one alert there is. */}
        <div aria-live="assertive" aria-atomic="false" className="toasts__list">
          {toasts
            .filter((toast) => toast.tone === 'error')
            .map((toast) => (
              <ToastItem key={toast.id} toast={toast} onDismiss={dismiss} onShow={show} />
            ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss, onShow }: { toast: Toast; onDismiss(id: number): void; onShow(toast: ToastInput): void }) {
  const { t } = useTranslation('layout');
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [undoing, setUndoing] = useState(false);

  useEffect(() => {
    if (hovered || focused || undoing) return;
    const timer = setTimeout(() => onDismiss(toast.id), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [hovered, focused, undoing, onDismiss, toast.id]);

  async function handleUndo() {
    if (!toast.undo || undoing) return;
    setUndoing(true);
    try {
      await toast.undo();
      onDismiss(toast.id);
      onShow({ message: t('toasts.undone') });
    } catch {
      onDismiss(toast.id);
      onShow({ message: t('toasts.undoFailed'), tone: 'error' });
    }
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the timer; Escape closes, like the close button
    <div
      className={`toast${toast.tone === 'error' ? ' toast--error' : ''}`}
      data-testid="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss(toast.id);
      }}
    >
      <span className="toast__message">{toast.message}</span>
      {toast.undo && (
        <button type="button" className="button button--small button--quiet" disabled={undoing} onClick={() => void handleUndo()}>
          {t('toasts.undo')}
        </button>
      )}
      <button type="button" className="toast__close" aria-label={t('toasts.dismiss')} onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
