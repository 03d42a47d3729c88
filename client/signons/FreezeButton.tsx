import { useTranslation } from 'react-i18next';
import { useEffect, useId, useRef, useState } from 'react';
import type { StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

type Step = { kind: 'idle' } | { kind: 'asking' } | { kind: 'openItems'; message: string } | { kind: 'busy' };

/**
 * Secretariat, while drafting: makes the numbered final version organisations sign. When suggestions
 * or comment threads are still open the server says how many; the secretariat decides them first, or
 * carries them over (they stay open beside the final text, which does not include them).
 */
export function FreezeButton({ statement, onFrozen }: { statement: StatementView; onFrozen(final: { number: number; hash: string }): void }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation('signons');
  const questionId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const safeAnswer = useRef<HTMLButtonElement>(null);
  // Focus follows the question like a small dialog: into it on the safe answer when it opens, or when it
  // changes to the open items, or after an error (the pressed button was disabled meanwhile); back to the
  // Freeze button after Cancel or Decide first, unless the outcome took it.
  const asked = useRef(false);
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (step.kind === 'busy') return;
    if (step.kind !== 'idle') {
      asked.current = true;
      if (focusLost || step.kind === 'openItems') safeAnswer.current?.focus();
      return;
    }
    if (!asked.current) return;
    asked.current = false;
    if (focusLost) opener.current?.focus();
  }, [step.kind]);

  async function freeze(carryOver: boolean) {
    setStep({ kind: 'busy' });
    setError(null);
    try {
      const final = await apiRequest<{ number: number; hash: string }>('POST', `/api/statements/${encodeURIComponent(statement.id)}/freeze`, { carryOver });
      setStep({ kind: 'idle' });
      onFrozen({ number: final.number, hash: final.hash });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'open_items') {
        setStep({ kind: 'openItems', message: caught.message });
        return;
      }
      setError(errorMessage(caught, t('errors.notFrozen')));
      setStep({ kind: 'asking' });
    }
  }

  if (step.kind === 'idle') {
    return (
      <span className="confirm">
        <button ref={opener} className="button button--small button--primary" type="button" onClick={() => setStep({ kind: 'asking' })}>
          {t('freeze.button')}
        </button>
      </span>
    );
  }
  const openItems = step.kind === 'openItems' ? step.message : null;
  return (
    <fieldset className="confirm confirm--asking" aria-label={t('freeze.button')} aria-describedby={questionId}>
      <p className="confirm__question" id={questionId}>
        {openItems ?? t('freeze.question')}
      </p>
      <FormError message={error} />
      <div className="confirm__buttons">
        {openItems === null ? (
          <button
            className="button button--small button--primary"
            type="button"
            disabled={step.kind === 'busy'}
            aria-describedby={questionId}
            onClick={() => void freeze(false)}
          >
            {t('freeze.confirm')}
          </button>
        ) : (
          <button
            className="button button--small button--primary"
            type="button"
            disabled={step.kind === 'busy'}
            aria-describedby={questionId}
            onClick={() => void freeze(true)}
          >
            {t('freeze.carryOver')}
          </button>
        )}
        <button
          ref={safeAnswer}
          className="button button--small"
          type="button"
          aria-describedby={questionId}
          disabled={step.kind === 'busy'}
          onClick={() => setStep({ kind: 'idle' })}
        >
          {openItems === null ? t('freeze.cancel') : t('freeze.decideFirst')}
        </button>
      </div>
    </fieldset>
  );
}
