import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeView } from '../../shared/api/types.ts';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/i18n/languages.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { changeLanguage, followBrowserLanguage } from '../i18n/startI18n.ts';
import { FormError } from '../layout/FormError.tsx';

/** The language of the interface, of Accord's mail and of public pages: saved on the account, switched at once. */
export function LanguageForm({ me }: { me: MeView }) {
  const { t } = useTranslation('language');
  const { refresh } = useSession();
  // The user's choice, else the saved one, derived at render: an effect would undo a choice made meanwhile.
  const [chosen, setChosen] = useState<Language | 'browser' | null>(null);
  const selected = chosen ?? me.user.language ?? 'browser';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const value = event.currentTarget.value;
    const language = isLanguage(value) ? value : null;
    setChosen(language ?? 'browser');
    setBusy(true);
    setError(null);
    try {
      await apiRequest('PUT', '/api/me/language', { language });
      await (language === null ? followBrowserLanguage() : changeLanguage(language));
      await refresh();
    } catch {
      setError(t('form.notSaved'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="language-heading">
      <h2 id="language-heading">{t('form.heading')}</h2>
      <p className="muted small">{t('form.hint')}</p>
      <div className="form">
        <label className="field">
          <span>{t('form.label')}</span>
          <select name="language" value={selected} onChange={handleChange} disabled={busy}>
            <option value="browser">{t('form.browser')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {LANGUAGE_NAMES[language]}
              </option>
            ))}
          </select>
        </label>
        <FormError message={error} />
      </div>
    </section>
  );
}
