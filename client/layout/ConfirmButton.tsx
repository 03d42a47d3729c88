import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errorMessage.ts';

interface ConfirmButtonProps {
  /** The button, e.g. "Remove". */
  label: string;
  /** Asked before anything happens, e.g. "Remove Bea Drafter?". */
  question: ReactNode;
  /** The button that does it, e.g. "Yes, remove". */
  confirmLabel: string;
  onConfirm(): Promise<void>;
  failure: string;
  /** Accessible name of the first button when `label` alone is ambiguous in a table ("Remove Bea Drafter"). */
  accessibleLabel?: string;
  tone?: 'danger' | 'plain';
  disabled?: boolean;
  /** The confirm button while the server works, e.g. "Publishing…" (default "Working…"). */
  busyLabel?: string;
}

/**
 * An action that cannot be undone, behind a second, explicit click: the button turns into the
 * question with a confirm and a cancel button (Cancel has the focus, so Enter does no harm).
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  failure,
  accessibleLabel,
  tone = 'danger',
  disabled = false,
  busyLabel,
}: ConfirmButtonProps) {
  const { t } = useTranslation('layout');
  const [step, setStep] = useState<'idle' | 'asking' | 'busy'>('idle');
  const [error, setError] = useState<string | null>(null);
  // A double click on the confirm button confirms once: the ref answers before the disabled button re-renders.
  const confirming = useRef(false);
  const toneClass = tone === 'danger' ? 'button--danger' : 'button--primary';

  async function handleConfirm() {
    if (confirming.current) return;
    confirming.current = true;
    setStep('busy');
    setError(null);
    try {
      await onConfirm();
      setStep('idle');
    } catch (caught) {
      setError(errorMessage(caught, failure));
      setStep('asking');
    } finally {
      confirming.current = false;
    }
  }

  if (step === 'idle') {
    return (
      <span className="confirm">
        <button
          className={`button button--small ${toneClass}`}
          type="button"
          aria-label={accessibleLabel}
          disabled={disabled}
          onClick={() => setStep('asking')}
        >
          {label}
        </button>
      </span>
    );
  }

  return (
    <fieldset className="confirm confirm--asking" aria-label={accessibleLabel ?? label} aria-busy={step === 'busy'}>
      <span className="confirm__question">{question}</span>
      <span className="confirm__buttons">
        <button
          className={`button button--small ${tone === 'danger' ? 'button--danger-solid' : 'button--primary'}`}
          type="button"
          disabled={step === 'busy'}
          onClick={() => void handleConfirm()}
        >
          {step === 'busy' ? (busyLabel ?? t('confirm.working')) : confirmLabel}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the button that had focus is gone; the question takes its place like a small dialog, and Cancel is the safe answer */}
        <button className="button button--small button--quiet" type="button" autoFocus disabled={step === 'busy'} onClick={() => setStep('idle')}>
          {t('confirm.cancel')}
        </button>
      </span>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}
