import { useId, useState, type FormEvent } from 'react';
import type { EmailFrequency, NotificationSettingsView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { FormError } from '../layout/FormError.tsx';
import { browserTimeZone, timeZones } from '../time/timeZones.ts';

const FREQUENCIES: { value: EmailFrequency; label: string; hint: string }[] = [
  { value: 'immediate', label: 'Right away', hint: 'One mail per event: a reply, a mention, a sign-on request.' },
  { value: 'daily', label: 'Daily digest', hint: 'One mail a day at 08:00 in your time zone.' },
  { value: 'weekly', label: 'Weekly digest', hint: 'One mail a week, Monday at 08:00 in your time zone.' },
  { value: 'off', label: 'Off', hint: 'No notification mail. Invitations and password resets still arrive.' },
];

/** How often Accord mails the user, and the time zone digests and dates follow. */
export function NotificationSettingsForm() {
  const settings = useApiResource<NotificationSettingsView>('/api/me/notifications', 'Your notification settings could not be loaded.');
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
      setError(errorMessage(caught, 'Your notification settings could not be saved.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Notifications</h2>
      <p className="muted small">What Accord sends to your e-mail address, and when.</p>
      <FormError message={settings.error} />
      <form className="form" onSubmit={handleSubmit}>
        {/* Nothing to choose until the saved settings are in: a late answer would undo a choice. */}
        <fieldset className="stack" disabled={settings.data === null}>
          <legend className="field-legend">E-mail</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency.value} className="checkbox-field">
              <input
                type="radio"
                name="email"
                value={frequency.value}
                checked={email === frequency.value}
                onChange={() => {
                  setEmail(frequency.value);
                  setSaved(false);
                }}
              />
              <span>
                {frequency.label}
                <br />
                <small className="muted">{frequency.hint}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Your time zone</span>
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
            Saved. {email === 'off' ? 'Accord will not send you notification mail.' : 'New settings apply to the next mail.'}
          </p>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy || settings.data === null}>
            {busy ? 'Saving…' : 'Save notification settings'}
          </button>
        </div>
      </form>
    </section>
  );
}
