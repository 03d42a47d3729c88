import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Changes one's own password; the server then signs out every other device. */
export function ChangePasswordForm({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation('account');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = new FormData(form);
    const newPassword = String(fields.get('newPassword') ?? '');
    setDone(false);
    if (newPassword !== fields.get('repeatPassword')) {
      setError(t('password.notSame'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', '/api/me/password', { currentPassword: String(fields.get('currentPassword') ?? ''), newPassword });
      form.reset();
      setDone(true);
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught, t('password.notChanged')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.title')}</h2>
      <p className="muted small">{t('password.intro')}</p>
      <form className="form" onSubmit={handleSubmit}>
        <label className="field">
          <span>{t('password.current')}</span>
          <input name="currentPassword" type="password" autoComplete="current-password" required maxLength={200} />
        </label>
        <div className="field">
          <label htmlFor={`${id}-new`}>{t('password.new')}</label>
          <input
            id={`${id}-new`}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            aria-describedby={`${id}-hint`}
          />
          <small className="muted" id={`${id}-hint`}>
            {t('password.hint')}
          </small>
        </div>
        <label className="field">
          <span>{t('password.repeat')}</span>
          <input name="repeatPassword" type="password" autoComplete="new-password" required minLength={10} maxLength={200} />
        </label>
        <FormError message={error} />
        {done && (
          <p className="form-success" role="status">
            {t('password.changed')}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {busy ? t('password.busy') : t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
