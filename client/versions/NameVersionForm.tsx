import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useSingleFlight } from '../api/useSingleFlight.ts';
import { FormError } from '../layout/FormError.tsx';

/** Keeps the current text under a name, for good. */
export function NameVersionForm({ statementId, onNamed }: { statementId: string; onNamed(): void }) {
  const { t } = useTranslation('versions');
  const id = useId();
  const [name, setName] = useState('');
  const { busy, run } = useSingleFlight();
  const [error, setError] = useState<string | null>(null);
  const [named, setNamed] = useState<{ number: number; name: string } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(async () => {
      setError(null);
      try {
        const created = await apiRequest<{ number: number }>('POST', `/api/statements/${encodeURIComponent(statementId)}/versions`, { name });
        setNamed({ number: created.number, name: name.trim() });
        setName('');
        onNamed();
      } catch (caught) {
        setError(errorMessage(caught, t('name.failed')));
      }
    });
  }

  return (
    <form className="panel panel--section" onSubmit={(event) => void handleSubmit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('name.title')}</h2>
      <p className="muted small">{t('name.intro')}</p>
      <div className="field">
        <label htmlFor={id}>{t('name.label')}</label>
        <input
          id={id}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={200}
          placeholder={t('name.placeholder')}
        />
      </div>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={busy || name.trim() === ''}>
          {busy ? t('name.busy') : t('name.submit')}
        </button>
      </div>
      {named && (
        <p className="form-success" role="status">
          {t('name.done', { number: named.number, name: named.name })}
        </p>
      )}
      <FormError message={error} />
    </form>
  );
}
