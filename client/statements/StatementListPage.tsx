import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { usePagedResource } from '../api/usePagedResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { LoadMoreButton } from '../layout/LoadMoreButton.tsx';
import { UpcomingDeadlines } from '../consultations/UpcomingDeadlines.tsx';
import { PurposeBanner } from '../purpose/PurposeBanner.tsx';
import { SignatureCount } from '../signons/SignatureCount.tsx';
import { formatCountdown } from '../time/formatCountdown.ts';
import { formatDeadline } from '../time/formatDeadline.ts';
import { viewerTimeZone } from '../time/viewerTimeZone.ts';
import { formatWhen } from './formatWhen.ts';
import { StageBadge } from './StageBadge.tsx';

export function StatementListPage({ me }: { me: MeView }) {
  const navigate = useNavigate();
  const list = usePagedResource<StatementView>('/api/statements', 'Statements could not be loaded.');
  const statements = list.data;
  const loadError = list.error;
  const [createError, setCreateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mayCreate = me.can.includes('statement.create');

  async function handleCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget).get('title') ?? '');
    setBusy(true);
    setCreateError(null);
    try {
      const created = await apiRequest<{ id: string }>('POST', '/api/statements', { title });
      navigate(`/statements/${created.id}`);
    } catch (caught) {
      setCreateError(caught instanceof ApiError ? caught.message : 'The statement could not be created.');
      setBusy(false);
    }
  }

  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="page__heading">
          <h1>Statements</h1>
          <p className="muted">Drafts the coalition is working on, and what has been published.</p>
        </div>
        <PurposeBanner me={me} />
        <UpcomingDeadlines me={me} />
        {mayCreate && (
          <form className="create-statement" onSubmit={handleCreate}>
            <label className="visually-hidden" htmlFor="new-statement-title">
              Title of the new statement
            </label>
            <input id="new-statement-title" name="title" placeholder="Title of a new statement, e.g. Response to the WSIS+20 review" required maxLength={300} />
            <button className="button button--primary" type="submit" disabled={busy}>
              Create
            </button>
            <FormError message={createError} />
          </form>
        )}
        <FormError message={loadError} />
        {statements === null && !loadError && (
          <p className="muted" aria-busy="true">
            Loading statements…
          </p>
        )}
        {statements !== null && statements.length === 0 && (
          <div className="empty-state">
            <h2>No statements yet</h2>
            <p className="muted">{mayCreate ? 'Open the first one above.' : 'The secretariat has not opened any statement yet.'}</p>
          </div>
        )}
        {statements !== null && statements.length > 0 && (
          <ul className="statement-list">
            {statements.map((statement) => (
              <li key={statement.id}>
                <Link to={`/statements/${statement.id}`} className="statement-card">
                  <span className="statement-card__title">{statement.title}</span>
                  <span className="statement-card__meta">
                    <StageBadge stage={statement.stage} />
                    {statement.stage === 'sign-on' && <SignatureCount statement={statement} />}
                    {statement.threadCounts.total > 0 && (
                      <span data-testid="thread-count" title={`${statement.threadCounts.total} comment threads and suggestions in all`}>
                        {statement.threadCounts.open} open {statement.threadCounts.open === 1 ? 'comment' : 'comments'}
                      </span>
                    )}
                    <span>{statement.access === 'write' ? 'You can edit' : statement.can.includes('statement.comment') ? 'Read, comment' : 'Read only'}</span>
                    {statement.consultation && (
                      <span data-testid="deadline-countdown" title={formatDeadline(statement.consultation.deadline, viewerTimeZone(me))}>
                        Deadline {formatDeadline(statement.consultation.deadline, viewerTimeZone(me), { dateOnly: true })}:{' '}
                        {formatCountdown(statement.consultation.deadline)}
                      </span>
                    )}
                    <span>Updated {formatWhen(statement.updatedAt)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton list={list} what="statements" />
      </main>
    </>
  );
}
