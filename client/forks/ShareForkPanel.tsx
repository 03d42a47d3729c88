import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { FormError } from '../layout/FormError.tsx';

/** Shares the fork with the whole coalition, or makes it private to its organisation again. */
export function ShareForkPanel({ fork, onChanged }: { fork: StatementView; onChanged(): void }) {
  const { t } = useTranslation('forks');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const organisation = fork.ownerOrg?.name ?? t('share.yourOrganisation');

  async function handleChange(shared: boolean) {
    setBusy(true);
    setError(null);
    try {
      await apiRequest('POST', `/api/statements/${encodeURIComponent(fork.id)}/sharing`, { shared });
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught, t('share.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel panel--section" aria-labelledby="share-fork-heading">
      <h2 id="share-fork-heading">{t('share.heading')}</h2>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={fork.shared}
          checked={fork.shared}
          disabled={busy}
          onChange={(event) => void handleChange(event.target.checked)}
        />
        <span>{fork.shared ? t('share.shared') : t('share.private', { organisation })}</span>
      </label>
      <p className="muted small">{fork.shared ? t('share.sharedDetail') : t('share.privateDetail', { organisation })}</p>
      <FormError message={error} />
    </section>
  );
}
