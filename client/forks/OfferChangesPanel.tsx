import { useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferableChangeView, StatementView, UpstreamView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { errorMessage } from '../api/errorMessage.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { DiffText } from '../versions/DiffText.tsx';
import { wordDiff } from './wordDiff.ts';

/** Chooses some of the fork's own changes and offers them to the upstream, as suggestions its drafters decide on. */
export function OfferChangesPanel({ fork, upstream }: { fork: StatementView; upstream: UpstreamView }) {
  const { t } = useTranslation('forks');
  const id = useId();
  const offerable = useApiResource<OfferableChangeView[]>(`/api/statements/${encodeURIComponent(fork.id)}/offerable`, t('offer.loadFailed'));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [offered, setOffered] = useState<number | null>(null);
  const changes = offerable.data ?? [];
  // Only what is still offerable: a reload may have taken some away.
  const keys = changes.map((change) => change.key).filter((key) => chosen.has(key));
  const upstreamLink = <Link to={`/statements/${encodeURIComponent(upstream.upstream.id)}`} />;
  const title = upstream.upstream.title;

  function handleToggle(key: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await apiRequest<{ suggestions: string[] }>('POST', `/api/statements/${encodeURIComponent(fork.id)}/offers`, { keys, note });
      setOffered(result.suggestions.length);
      setChosen(new Set());
      setNote('');
      offerable.reload();
    } catch (caught) {
      setError(errorMessage(caught, t('offer.failed')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel panel--section" aria-labelledby={`${id}-heading`} onSubmit={(event) => void handleSubmit(event)}>
      <h2 id={`${id}-heading`}>{t('offer.heading')}</h2>
      <p className="muted small">
        <Trans
          t={t}
          i18nKey="offer.intro"
          values={{ title, organisation: fork.ownerOrg?.name ?? t('offer.yourOrganisation') }}
          components={{ a: upstreamLink }}
        />
      </p>
      {offered !== null && (
        <div className="notice notice--ok" role="status">
          <Trans t={t} i18nKey="offer.offered" values={{ n: offered, title }} components={{ a: upstreamLink }} />
        </div>
      )}
      {upstream.changed && changes.length > 0 && <p className="notice notice--warn small">{t('offer.pullFirst')}</p>}
      <FormError message={offerable.error} />
      {offerable.data === null && !offerable.error && (
        <p className="muted small" aria-busy="true">
          {t('offer.loading')}
        </p>
      )}
      {offerable.data !== null && changes.length === 0 && <p className="muted small">{t('offer.nothing')}</p>}
      {changes.length > 0 && (
        <>
          <ul className="offer-list">
            {changes.map((change) => (
              <li key={change.key}>
                <label className="offer-item">
                  <input type="checkbox" checked={chosen.has(change.key)} onChange={(event) => handleToggle(change.key, event.target.checked)} />
                  <span className="offer-item__text">
                    <DiffText parts={wordDiff(change.before, change.after)} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="field">
            <label htmlFor={`${id}-note`}>
              {t('offer.note')} <small className="muted">{t('offer.optional')}</small>
            </label>
            <textarea
              id={`${id}-note`}
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder={t('offer.notePlaceholder')}
            />
          </div>
          <div className="form__actions">
            <button className="button button--primary" type="submit" disabled={busy || keys.length === 0}>
              {busy ? t('offer.offering') : keys.length === 0 ? t('offer.choose') : t('offer.submit', { n: keys.length })}
            </button>
          </div>
        </>
      )}
      <FormError message={error} />
    </form>
  );
}
