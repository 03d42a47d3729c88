import type { Editor } from '@tiptap/core';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { ApiError } from '../api/ApiError.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx';
import { PresenceList } from '../collab/PresenceList.tsx';
import { StatementEditor } from '../collab/StatementEditor.tsx';
import { useCollaboration } from '../collab/useCollaboration.ts';
import { CommentButtons } from '../comments/CommentButtons.tsx';
import { commentRights } from '../comments/commentRights.ts';
import { ThreadHighlights } from '../comments/ThreadHighlights.ts';
import { ThreadPanel } from '../comments/ThreadPanel.tsx';
import { useComments } from '../comments/useComments.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { formatWhen } from './formatWhen.ts';
import { FrozenStatementText } from './FrozenStatementText.tsx';
import { StageBadge } from './StageBadge.tsx';
import { StageBanner } from './StageBanner.tsx';
import { StatementLinks } from './StatementLinks.tsx';
import { TitleEditor } from './TitleEditor.tsx';
import { WordCounts } from './WordCounts.tsx';
import { WordLimitForm } from './WordLimitForm.tsx';
import { WordImport } from '../word/WordImport.tsx';

// Side panels that are not the text: loaded after the editor, so the editor route stays small.
const SignOnPanel = lazy(() => import('../signons/SignOnPanel.tsx').then((module) => ({ default: module.SignOnPanel })));
const ConsultationPanel = lazy(() => import('../consultations/ConsultationPanel.tsx').then((module) => ({ default: module.ConsultationPanel })));
const DraftersPanel = lazy(() => import('./DraftersPanel.tsx').then((module) => ({ default: module.DraftersPanel })));

// A module constant: the memoised editor must get the same list on every render.
const EDITOR_EXTENSIONS = [ThreadHighlights];

export function StatementPage({ me }: { me: MeView }) {
  const { t } = useTranslation('statements');
  const { id = '' } = useParams();
  const [statement, setStatement] = useState<StatementView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const justCreated = (location.state as { created?: unknown } | null)?.created === true;

  const load = useCallback(() => {
    apiRequest<StatementView>('GET', `/api/statements/${encodeURIComponent(id)}`).then(
      (loaded) => {
        setStatement(loaded);
        setLoadError(null);
      },
      (caught: unknown) => setLoadError(caught instanceof ApiError ? caught : new ApiError(0, 'network', t('page.loadFailed'))),
    );
  }, [id, t]);

  useEffect(load, [load]);
  const { collaboration, status } = useCollaboration(id, load);
  const comments = useComments(id, collaboration?.provider ?? null, editor);
  const rights = statement ? commentRights(me, statement) : null;
  const canComment = rights?.canComment ?? false;
  const canSuggest = rights?.canSuggest ?? false;
  const { compose } = comments;
  // Memoised so the editor does not render again with the page.
  const commentTools = useMemo(
    () => (editor && canComment ? <CommentButtons editor={editor} canSuggest={canSuggest} onCompose={compose} /> : null),
    [editor, canComment, canSuggest, compose],
  );

  const editable = statement?.access === 'write' && status.link !== 'read-only';
  const ready = editor !== null && editable && status.link === 'live';

  // A statement just created from the list: the keyboard goes to its text, where its author writes next (the
  // form they typed the title in is gone). Once, when the text is live; the mark is dropped so a reload does not.
  useEffect(() => {
    if (!justCreated || !ready) return;
    editor.commands.focus('start');
    navigate(location.pathname, { replace: true, state: null });
  }, [justCreated, ready, editor, navigate, location.pathname]);

  if (loadError?.status === 401 || status.closeReason === 'unauthorised') {
    return <Navigate to={`/login?next=${encodeURIComponent(`/statements/${id}`)}`} replace />;
  }

  return (
    <>
      <AppHeader me={me} />
      <main className="statement-page">
        <div className="statement-page__bar">
          <Link to="/statements" className="back-link">
            {t('page.allStatements')}
          </Link>
          <div className="statement-page__status">
            <PresenceList users={status.present} selfId={me.user.id} />
            <ConnectionStatus link={status.link} save={status.save} />
          </div>
        </div>
        {loadError && loadError.status !== 401 && (
          <div className="notice notice--error" role="alert">
            {loadError.message}
          </div>
        )}
        {statement && rights && (
          <div className="statement-layout">
            <article className="statement-sheet">
              <header className="statement-sheet__header">
                <div className="statement-sheet__meta">
                  <StageBadge stage={statement.stage} />
                  <span className="muted small">{t('card.updated', { when: formatWhen(statement.updatedAt) })}</span>
                  {statement.access === 'read' && statement.stage === 'drafting' && (
                    <span className="muted small">· {canComment ? t('page.readAndComment') : t('page.readOnly')}</span>
                  )}
                </div>
                <TitleEditor statement={statement} editable={statement.access === 'write'} onRenamed={setStatement} />
                <StatementLinks statement={statement} me={me} />
                <StageBanner statement={statement} me={me} />
              </header>
              {statement.stage !== 'drafting' && statement.finalVersion !== null ? (
                <FrozenStatementText key={statement.finalVersion.number} statement={statement} finalNumber={statement.finalVersion.number} />
              ) : collaboration ? (
                <StatementEditor
                  collaboration={collaboration}
                  user={me.user}
                  editable={editable}
                  extensions={EDITOR_EXTENSIONS}
                  tools={commentTools}
                  onEditor={setEditor}
                />
              ) : (
                <p className="muted" aria-busy="true">
                  {t('page.opening')}
                </p>
              )}
              {statement.stage === 'drafting' && <WordCounts editor={editor} wordLimit={statement.wordLimit} />}
              {statement.stage === 'drafting' && statement.can.includes('statement.editSettings') && (
                <WordLimitForm statement={statement} onChanged={setStatement} />
              )}
            </article>
            <aside className="statement-side">
              {/* Sign-on and publishing: the coalition's statements only, a fork is its organisation's own. */}
              <Suspense fallback={null}>{statement.ownerOrg === null && <SignOnPanel me={me} statement={statement} onChanged={load} />}</Suspense>
              <Suspense fallback={null}>{statement.ownerOrg === null && <ConsultationPanel me={me} statement={statement} onChanged={setStatement} />}</Suspense>
              <ThreadPanel statementId={statement.id} me={me} rights={rights} comments={comments} />
              {statement.stage === 'drafting' && statement.can.includes('statement.editText') && (
                <WordImport path={`/api/statements/${statement.id}/import`} mode="replace" onImported={() => window.location.reload()} />
              )}
              <Suspense fallback={null}>
                {statement.can.includes('statement.manageDrafters') && <DraftersPanel statement={statement} onChanged={load} />}
              </Suspense>
            </aside>
          </div>
        )}
      </main>
    </>
  );
}
