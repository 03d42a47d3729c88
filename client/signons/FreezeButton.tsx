import { useTranslation } from 'react-i18next';
import { useState } from 'react';
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
        <button className="button button--small button--primary" type="button" onClick={() => setStep({ kind: 'asking' })}>
          {t('freeze.button')}
        </button>
      </span>
    );
  }
  const openItems = step.kind === 'openItems' ? step.message : null;
  return (
    <fieldset className="confirm confirm--asking" aria-label={t('freeze.button')}>
      <p className="confirm__question">{openItems ?? t('freeze.question')}</p>
      <FormError message={error} />
      <div className="confirm__buttons">
        {openItems === null ? (
          <button className="button button--small button--primary" type="button" disabled={step.kind === 'busy'} onClick={() => void freeze(false)}>
            {t('freeze.confirm')}
          </button>
        ) : (
          <button className="button button--small button--primary" type="button" disabled={step.kind === 'busy'} onClick={() => void freeze(true)}>
            {t('freeze.carryOver')}
          </button>
        )}
        {/* biome-ignore lint/a11y/noAutofocus: the Freeze button that had focus is gone; the question takes its place like a small dialog, and the safe answer gets focus */}
        <button className="button button--small" type="button" autoFocus disabled={step.kind === 'busy'} onClick={() => setStep({ kind: 'idle' })}>
          {openItems === null ? t('freeze.cancel') : t('freeze.decideFirst')}
        </button>
      </div>
    </fieldset>
  );
}
