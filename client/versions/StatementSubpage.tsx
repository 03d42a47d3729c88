import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { StatementLinks } from '../statements/StatementLinks.tsx';

interface StatementSubpageProps {
  me: MeView;
  /** What the page is about, e.g. "Versions". */
  title: string;
  intro?: ReactNode;
  /** The page itself, once the statement is loaded; `reload` asks for the statement again after a change. */
  children(statement: StatementView, reload: () => void): ReactNode;
}

/** The frame of a page about one statement's text (its versions, upstream, lineage): header, way back, links. */
export function StatementSubpage({ me, title, intro, children }: StatementSubpageProps) {
  const { t } = useTranslation('versions');
  const { id = '' } = useParams();
  const statement = useApiResource<StatementView>(`/api/statements/${encodeURIComponent(id)}`, t('subpage.notLoaded'));
  const loaded = statement.data;

  return (
    <>
      <AppHeader me={me} />
      <main className="page page--wide statement-subpage">
        <div className="page__heading statement-subpage__heading">
          <Link to={`/statements/${encodeURIComponent(id)}`} className="back-link">
            ← {loaded ? loaded.title : t('subpage.back')}
          </Link>
          <h1>{title}</h1>
          {intro && <p className="muted">{intro}</p>}
          {loaded && <StatementLinks statement={loaded} me={me} />}
        </div>
        <FormError message={statement.error} />
        {loaded
          ? children(loaded, statement.reload)
          : !statement.error && (
              <p className="muted" aria-busy="true">
                {t('subpage.loading')}
              </p>
            )}
      </main>
    </>
  );
}
