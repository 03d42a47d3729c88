import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Sets or removes the statement's word limit (for whoever may edit its settings); empty means no limit. */
export function WordLimitForm({ statement, onChanged }: { statement: StatementView; onChanged: (statement: StatementView) => void }) {
  const { t } = useTranslation('statements');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get('wordLimit') ?? '').trim();
    setBusy(true);
    setError(null);
    try {
      onChanged(
        await apiRequest<StatementView>('PATCH', `/api/statements/${encodeURIComponent(statement.id)}`, { wordLimit: raw === '' ? null : Number(raw) }),
      );
    } catch (caught) {
      setError(errorMessage(caught, t('limit.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="word-limit-form" onSubmit={handleSubmit}>
      <label htmlFor="word-limit">{t('limit.label')}</label>{' '}
      <input id="word-limit" name="wordLimit" type="number" min={1} max={1_000_000} step={1} defaultValue={statement.wordLimit ?? ''} />{' '}
      <button className="button button--small" type="submit" disabled={busy}>
        {t('limit.save')}
      </button>
      <FormError message={error} />
    </form>
  );
}
