import { useCallback, useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { PresenceList } from '../collab/PresenceList.tsx';
import { StatementEditor } from '../collab/StatementEditor.tsx';
import { useCollaboration } from '../collab/useCollaboration.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { DraftersPanel } from './DraftersPanel.tsx';
import { formatWhen } from './formatWhen.ts';
import { StageBadge } from './StageBadge.tsx';
import { TitleEditor } from './TitleEditor.tsx';

export function StatementPage({ me }: { me: MeView }) {
  const { id = '' } = useParams();
  const [statement, setStatement] = useState<StatementView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  const load = useCallback(() => {
    apiRequest<StatementView>('GET', `/api/statements/${encodeURIComponent(id)}`).then(
      (loaded) => {
        setStatement(loaded);
        setLoadError(null);
      },
      (caught: unknown) => setLoadError(caught instanceof ApiError ? caught : new ApiError(0, 'network', 'The statement could not be loaded.')),
    );
  }, [id]);

  useEffect(load, [load]);
  const { collaboration, status } = useCollaboration(id, load);

  if (loadError?.status === 401 || status.closeReason === 'unauthorised') {
    return <Navigate to={`/login?next=${encodeURIComponent(`/statements/${id}`)}`} replace />;
  }

  const editable = statement?.access === 'write' && status.link !== 'read-only';
  const isSecretariat = me.user.role === 'secretariat';

  return (
    <>
      <AppHeader me={me} />
      <main className="statement-page">
        <div className="statement-page__bar">
          <Link to="/" className="back-link">← All statements</Link>
          <div className="statement-page__status">
            <PresenceList users={status.present} selfId={me.user.id} />
            <ConnectionStatus link={status.link} save={status.save} />
          </div>
        </div>
        {loadError && loadError.status !== 401 && (
          <div className="notice notice--error" role="alert">{loadError.message}</div>
        )}
        {statement && (
          <div className="statement-layout">
            <article className="statement-sheet">
              <header className="statement-sheet__header">
                <div className="statement-sheet__meta">
                  <StageBadge stage={statement.stage} />
                  <span className="muted small">Updated {formatWhen(statement.updatedAt)}</span>
                  {statement.access === 'read' && <span className="muted small">· You can read this draft; its drafters edit the text.</span>}
                </div>
                <TitleEditor statement={statement} editable={statement.access === 'write'} onRenamed={setStatement} />
              </header>
              {collaboration ? (
                <StatementEditor collaboration={collaboration} user={me.user} editable={editable} />
              ) : (
                <p className="muted" aria-busy="true">Opening the document…</p>
              )}
            </article>
            {isSecretariat && (
              <aside className="statement-side">
                <DraftersPanel statement={statement} onChanged={load} />
              </aside>
            )}
          </div>
        )}
      </main>
    </>
  );
}
