import { useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import type { SignOnSettingsView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';
import { SelectField } from '../layout/SelectField.tsx';
import { formatUtcAndLocal } from '../time/formatUtcAndLocal.ts';
import { isoToLocalInput } from './isoToLocalInput.ts';
import { localInputToIso } from './localInputToIso.ts';

/**
 * Secretariat: the sign-on rules. The deadline is entered in the secretariat's own time and sent
 * with its offset; it is read back in UTC and local time so a slip of time zone shows at once.
 */
export function SignOnSettingsForm({ statement, onSaved }: { statement: StatementView; onSaved(): void }) {
  const { t } = useTranslation('signons');
  const { settings } = statement;
  const [deadline, setDeadline] = useState(() => isoToLocalInput(settings.signOnDeadline));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const deadlineId = useId();
  const openId = useId();
  const entered = deadline === '' ? null : localInputToIso(deadline);
  const readBack = entered === null ? null : formatUtcAndLocal(entered);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (deadline !== '' && entered === null) {
      setError(t('settings.badDeadline'));
      return;
    }
    const changes: SignOnSettingsView = {
      signOnDeadline: entered,
      whoMaySign: form.get('whoMaySign') === 'membersAndSupporters' ? 'membersAndSupporters' : 'members',
      openAfterPublication: form.get('openAfterPublication') === 'on',
    };
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await apiRequest('PATCH', `/api/statements/${encodeURIComponent(statement.id)}/settings`, changes);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(errorMessage(caught, t('errors.settingsNotSaved')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-on-settings" onSubmit={handleSubmit} onChange={() => setSaved(false)} aria-label={t('settings.title')}>
      <div className="field">
        <label htmlFor={deadlineId}>
          {t('settings.deadline')} <small className="muted">{t('settings.yourTime')}</small>
        </label>
        <div className="sign-on-settings__deadline">
          <input
            id={deadlineId}
            type="datetime-local"
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            aria-describedby={`${deadlineId}-read-back`}
          />
          {deadline !== '' && (
            <button
              className="button button--quiet button--small"
              type="button"
              onClick={() => {
                setDeadline('');
                setSaved(false);
              }}
            >
              {t('settings.clearDeadline')}
            </button>
          )}
        </div>
        <small id={`${deadlineId}-read-back`} className="muted">
          {readBack
            ? readBack.local === null
              ? t('settings.readBackSameZone', { utc: readBack.utc })
              : t('settings.readBack', { utc: readBack.utc, local: readBack.local })
            : t('settings.noDeadline')}
        </small>
      </div>
      <SelectField label={t('settings.whoMaySign')} name="whoMaySign" defaultValue={settings.whoMaySign}>
        <option value="members">{t('settings.members')}</option>
        <option value="membersAndSupporters">{t('settings.membersAndSupporters')}</option>
      </SelectField>
      <label className="checkbox-field" htmlFor={openId}>
        <input id={openId} type="checkbox" name="openAfterPublication" defaultChecked={settings.openAfterPublication} />
        <span>{t('settings.openAfterPublication')}</span>
      </label>
      <div className="form__actions">
        <button className="button button--small" type="submit" disabled={busy}>
          {busy ? t('settings.saving') : t('settings.save')}
        </button>
        {saved && (
          <span className="form-success" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
      <FormError message={error} />
    </form>
  );
}
