import { Trans, useTranslation } from 'react-i18next';
import { useId, useState, type FormEvent } from 'react';
import type { VersionContentView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

interface SignFormProps {
  statementId: string;
  organisation: string;
  /** The version shown above: its hash is what the signature binds to, never "whatever is current". */
  version: VersionContentView;
  /**
   * An earlier final text exists, which the organisation may have signed. The client cannot tell
   * whether it did (that is in the secretariat's tally only), so the words fit both cases.
   */
  afterEarlierFinal: boolean;
  onSigned(): void;
}

/** The signatory says, in so many words, that they read this text and sign it for their organisation. */
export function SignForm({ statementId, organisation, version, afterEarlierFinal, onSigned }: SignFormProps) {
  const [read, setRead] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkboxId = useId();
  const { t } = useTranslation('signons');
  const signLabel = afterEarlierFinal ? t('sign.signVersionFor', { version: version.number, organisation }) : t('sign.signFor', { organisation });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!read) return;
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(statementId)}/signatures`, { hash: version.hash });
      onSigned();
    } catch (caught) {
      setError(errorMessage(caught, t('errors.signatureNotRecorded')));
      setBusy(false);
    }
  }

  return (
    <form className="panel panel--section sign-form" onSubmit={handleSubmit} aria-labelledby={`${checkboxId}-heading`}>
      <h2 id={`${checkboxId}-heading`}>{signLabel}</h2>
      <label className="checkbox-field sign-form__statement" htmlFor={checkboxId}>
        <input id={checkboxId} type="checkbox" checked={read} onChange={(event) => setRead(event.target.checked)} />
        <span>{t('sign.declaration', { organisation })}</span>
      </label>
      <p className="muted small">
        <Trans
          t={t}
          i18nKey="sign.binding"
          values={{ version: version.number, hash: version.hash.slice(0, 12), organisation }}
          components={{ code: <code /> }}
        />
      </p>
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={!read || busy}>
          {busy ? t('sign.signing') : signLabel}
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}
