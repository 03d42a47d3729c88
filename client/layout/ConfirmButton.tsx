import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errorMessage.ts';

interface ConfirmButtonProps {
  /** The button, e.g. "Remove". */
  label: string;
  /** Asked before anything happens, e.g. "Remove Bea Drafter?". */
  question: ReactNode;
  /** The button that does it, e.g. "Yes, remove". */
  confirmLabel: string;
  /**
   * Does it. Resolves to `'askAgain'` to keep the question open, changed by the caller meanwhile (the freeze
   * asks once more when suggestions are still open); throws to keep it open with `failure` or the error's words.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: an async function that returns nothing is a Promise<void>
  onConfirm(): Promise<void | 'askAgain'>;
  /** The button that backs out (default "Cancel"), and what backing out does besides closing the question. */
  cancelLabel?: string;
  onCancel?(): void;
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
 * question with a confirm and a cancel button (Cancel has the focus, so Enter does no harm). The
 * question describes both buttons, so a screen reader says it as focus lands on Cancel; after
 * Cancel, focus goes back to the button that asked.
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
  cancelLabel,
  onCancel,
}: ConfirmButtonProps) {
  const { t } = useTranslation('layout');
  const [step, setStep] = useState<'idle' | 'asking' | 'busy'>('idle');
  const [error, setError] = useState<string | null>(null);
  // A double click on the confirm button confirms once: the ref answers before the disabled button re-renders.
  const confirming = useRef(false);
  const toneClass = tone === 'danger' ? 'button--danger' : 'button--primary';
  const questionId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Focus follows the question like a small dialog: into it on Cancel when it opens (and after an error: the
  // pressed button was disabled meanwhile; and when it asks again); back to the button that asked after Cancel, or
  // when done while this button stays, unless the outcome already took the focus (a notice, another page).
  const asked = useRef(false);
  const askedAgain = useRef(false);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (step === 'busy') return;
    if (step === 'asking') {
      asked.current = true;
      if (focusLost || askedAgain.current) cancelButton.current?.focus();
      askedAgain.current = false;
      return;
    }
    if (!asked.current) return;
    asked.current = false;
    if (focusLost) opener.current?.focus();
  }, [step]);

  async function handleConfirm() {
    if (confirming.current) return;
    confirming.current = true;
    setStep('busy');
    setError(null);
    try {
      const outcome = await onConfirm();
      askedAgain.current = outcome === 'askAgain';
      setStep(outcome === 'askAgain' ? 'asking' : 'idle');
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
          ref={opener}
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
    <fieldset className="confirm confirm--asking" aria-label={accessibleLabel ?? label} aria-describedby={questionId} aria-busy={step === 'busy'}>
      <span className="confirm__question" id={questionId}>
        {question}
      </span>
      <span className="confirm__buttons">
        <button
          className={`button button--small ${tone === 'danger' ? 'button--danger-solid' : 'button--primary'}`}
          type="button"
          disabled={step === 'busy'}
          aria-describedby={questionId}
          onClick={() => void handleConfirm()}
        >
          {step === 'busy' ? (busyLabel ?? t('confirm.working')) : confirmLabel}
        </button>
        <button
          ref={cancelButton}
          className="button button--small button--quiet"
          type="button"
          aria-describedby={questionId}
          disabled={step === 'busy'}
          onClick={() => {
            setStep('idle');
            onCancel?.();
          }}
        >
          {cancelLabel ?? t('confirm.cancel')}
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
