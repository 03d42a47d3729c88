import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { usePagedResource } from '../api/usePagedResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { LoadMoreButton } from '../layout/LoadMoreButton.tsx';
import { PurposeBanner } from '../purpose/PurposeBanner.tsx';
import { WordImport } from '../word/WordImport.tsx';
import { StatementCard } from './StatementCard.tsx';

/** Every statement the caller may read, page by page; the secretariat opens new ones here. */
export function StatementListPage({ me }: { me: MeView }) {
  const { t } = useTranslation('statements');
  const navigate = useNavigate();
  const list = usePagedResource<StatementView>('/api/statements', t('list.loadFailed'));
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
      // The statement page puts the keyboard in the new statement's text once it is open (see StatementPage).
      navigate(`/statements/${created.id}`, { state: { created: true } });
    } catch (caught) {
      setCreateError(caught instanceof ApiError ? caught.message : t('list.createFailed'));
      setBusy(false);
    }
  }

  return (
    <>
      <AppHeader me={me} />
      <main className="page">
        <div className="page__heading">
          <h1>{t('list.title')}</h1>
          <p className="muted">{t('list.intro')}</p>
        </div>
        <PurposeBanner me={me} />
        {mayCreate && (
          <form className="create-statement" onSubmit={handleCreate}>
            <label className="visually-hidden" htmlFor="new-statement-title">
              {t('list.newTitleLabel')}
            </label>
            <input id="new-statement-title" name="title" placeholder={t('list.newTitlePlaceholder')} required maxLength={300} />
            <button className="button button--primary" type="submit" disabled={busy}>
              {t('list.create')}
            </button>
            <FormError message={createError} />
          </form>
        )}
        {mayCreate && (
          <WordImport
            path="/api/statements/import"
            mode="create"
            extraQuery={(file) => `&title=${encodeURIComponent(file.name.replace(/\.docx$/i, '').slice(0, 300) || 'Imported statement')}`}
            onImported={(result) => navigate(`/statements/${result.id}`)}
          />
        )}
        <FormError message={loadError} />
        {statements === null && !loadError && (
          <p className="muted" aria-busy="true">
            {t('list.loading')}
          </p>
        )}
        {statements !== null && statements.length === 0 && (
          <div className="empty-state">
            <h2>{t('list.emptyTitle')}</h2>
            <p className="muted">{mayCreate ? t('list.emptyCreate') : t('list.emptyWait')}</p>
          </div>
        )}
        {statements !== null && statements.length > 0 && (
          <ul className="statement-list">
            {statements.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} me={me} />
              </li>
            ))}
          </ul>
        )}
        <LoadMoreButton list={list} what="statements" />
      </main>
    </>
  );
}
