import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailFrequency, NotificationSettingsView } from '../../shared/api/types.ts';
import { PRODUCT_NAME } from '../../shared/i18n/productName.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { FormError } from '../layout/FormError.tsx';
import { browserTimeZone, timeZones } from '../time/timeZones.ts';

const FREQUENCIES: EmailFrequency[] = ['immediate', 'daily', 'weekly', 'off'];

/** How often Accord mails the user, and the time zone digests and dates follow. */
export function NotificationSettingsForm() {
  const { t } = useTranslation('account');
  const settings = useApiResource<NotificationSettingsView>('/api/me/notifications', t('notifications.notLoaded'));
  const frequencies: Record<EmailFrequency, { label: string; hint: string }> = {
    immediate: { label: t('notifications.immediate'), hint: t('notifications.immediateHint') },
    daily: { label: t('notifications.daily'), hint: t('notifications.dailyHint') },
    weekly: { label: t('notifications.weekly'), hint: t('notifications.weeklyHint') },
    off: { label: t('notifications.off'), hint: t('notifications.offHint') },
  };
  // The user's choices, null until they choose. The shown value is the choice, else the saved setting: copying
  // the answer into state in an effect would run after paint and undo a choice made in that frame.
  const [chosenEmail, setEmail] = useState<EmailFrequency | null>(null);
  const [chosenTimeZone, setTimeZone] = useState<string | null>(null);
  const email = chosenEmail ?? settings.data?.email ?? 'immediate';
  // Never chosen (the server's UTC default): offer the browser's own zone.
  const savedTimeZone = settings.data && settings.data.timeZone !== 'UTC' ? settings.data.timeZone : browserTimeZone();
  const timeZone = chosenTimeZone ?? savedTimeZone;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const { refresh } = useSession();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await apiRequest<NotificationSettingsView>('PUT', '/api/me/notifications', { email, timeZone });
      setSaved(true);
      // Every date in the app follows the zone just chosen.
      await refresh();
    } catch (caught) {
      setError(errorMessage(caught, t('notifications.notSaved')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('notifications.title')}</h2>
      <p className="muted small">{t('notifications.intro', { product: PRODUCT_NAME })}</p>
      <FormError message={settings.error} />
      <form className="form" onSubmit={handleSubmit}>
        {/* Nothing to choose until the saved settings are in: a late answer would undo a choice. */}
        <fieldset className="stack" disabled={settings.data === null}>
          <legend className="field-legend">{t('notifications.email')}</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency} className="checkbox-field">
              <input
                type="radio"
                name="email"
                value={frequency}
                checked={email === frequency}
                onChange={() => {
                  setEmail(frequency);
                  setSaved(false);
                }}
              />
              <span>
                {frequencies[frequency].label}
                <br />
                <small className="muted">{frequencies[frequency].hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('notifications.timeZone')}</span>
          <select
            disabled={settings.data === null}
            name="timeZone"
            value={timeZone}
            onChange={(event) => {
              setTimeZone(event.target.value);
              setSaved(false);
            }}
          >
            {timeZones(timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <FormError message={error} />
        {saved && (
          <p className="form-success" role="status">
            {email === 'off' ? t('notifications.savedOff', { product: PRODUCT_NAME }) : t('notifications.saved')}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy || settings.data === null}>
            {busy ? t('notifications.busy') : t('notifications.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
