import { useId, useState, type FormEvent } from 'react';
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
  const id = useId();
  const offerable = useApiResource<OfferableChangeView[]>(
    `/api/statements/${encodeURIComponent(fork.id)}/offerable`,
    'The changes to offer could not be loaded.',
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [offered, setOffered] = useState<number | null>(null);
  const changes = offerable.data ?? [];
  // Only what is still offerable: a reload may have taken some away.
  const keys = changes.map((change) => change.key).filter((key) => chosen.has(key));
  const upstreamLink = <Link to={`/statements/${encodeURIComponent(upstream.upstream.id)}`}>“{upstream.upstream.title}”</Link>;

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
      setError(errorMessage(caught, 'The changes could not be offered.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel panel--section" aria-labelledby={`${id}-heading`} onSubmit={(event) => void handleSubmit(event)}>
      <h2 id={`${id}-heading`}>Offer changes back</h2>
      <p className="muted small">
        This fork's changes to passages {upstreamLink} still has. Each one you choose becomes a suggestion there, naming this fork and{' '}
        {fork.ownerOrg?.name ?? 'your organisation'}; its drafters accept or reject it.
      </p>
      {offered !== null && (
        <div className="notice notice--ok" role="status">
          {offered} {offered === 1 ? 'suggestion' : 'suggestions'} opened on {upstreamLink}.
        </div>
      )}
      {upstream.changed && changes.length > 0 && (
        <p className="notice notice--warn small">
          The upstream text changed since your last pull, so these passages also show its new words as yours to undo. Pull first, and each offer holds only your
          own changes.
        </p>
      )}
      <FormError message={offerable.error} />
      {offerable.data === null && !offerable.error && (
        <p className="muted small" aria-busy="true">
          Loading this fork's changes…
        </p>
      )}
      {offerable.data !== null && changes.length === 0 && (
        <p className="muted small">Nothing to offer: every passage this fork shares with the upstream has the same words.</p>
      )}
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
              A note for its drafters <small className="muted">(optional)</small>
            </label>
            <textarea
              id={`${id}-note`}
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="Why these changes would help the coalition text"
            />
          </div>
          <div className="form__actions">
            <button className="button button--primary" type="submit" disabled={busy || keys.length === 0}>
              {busy
                ? 'Offering…'
                : keys.length === 0
                  ? 'Choose changes to offer'
                  : `Offer ${keys.length} ${keys.length === 1 ? 'change' : 'changes'} as suggestions`}
            </button>
          </div>
        </>
      )}
      <FormError message={error} />
    </form>
  );
}
