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
      setError('Enter the deadline as a date and a time.');
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
      setError(errorMessage(caught, 'The settings could not be saved.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-on-settings" onSubmit={handleSubmit} onChange={() => setSaved(false)} aria-label="Sign-on settings">
      <div className="field">
        <label htmlFor={deadlineId}>
          Sign-on deadline <small className="muted">(your time)</small>
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
              No deadline
            </button>
          )}
        </div>
        <small id={`${deadlineId}-read-back`} className="muted">
          {readBack
            ? `${readBack.utc}${readBack.local === null ? ', the same in your time zone' : ` · your time ${readBack.local}`}`
            : 'No deadline: sign-on stays open until the statement is published.'}
        </small>
      </div>
      <SelectField label="Who may sign" name="whoMaySign" defaultValue={settings.whoMaySign}>
        <option value="members">Member organisations</option>
        <option value="membersAndSupporters">Members, and supporters as supporters</option>
      </SelectField>
      <label className="checkbox-field" htmlFor={openId}>
        <input id={openId} type="checkbox" name="openAfterPublication" defaultChecked={settings.openAfterPublication} />
        <span>Keep sign-on open after publication, for late signatories</span>
      </label>
      <div className="form__actions">
        <button className="button button--small" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        {saved && (
          <span className="form-success" role="status">
            Saved
          </span>
        )}
      </div>
      <FormError message={error} />
    </form>
  );
}
