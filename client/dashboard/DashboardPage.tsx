import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardView } from '../../shared/api/dashboard.ts';
import type { MeView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { AppHeader } from '../layout/AppHeader.tsx';
import { FormError } from '../layout/FormError.tsx';
import { PurposeBanner } from '../purpose/PurposeBanner.tsx';
import { ComingDeadlines } from './ComingDeadlines.tsx';
import { NeedsSummary } from './NeedsSummary.tsx';
import { RecentActivity } from './RecentActivity.tsx';
import { SignOnTally } from './SignOnTally.tsx';
import { StatementsByStage } from './StatementsByStage.tsx';

/** The home page after signing in: where each of my statements stands, what comes next, what needs me, what happened. */
export function DashboardPage({ me }: { me: MeView }) {
  const { t } = useTranslation('dashboard');
  const dashboard = useApiResource<DashboardView>('/api/dashboard', t('loadFailed'));
  const data = dashboard.data;
  return (
    <>
      <AppHeader me={me} />
      <main className="page dashboard">
        <div className="page__heading">
          <h1>{t('title')}</h1>
          <p className="muted">
            {t('intro', { name: me.user.name })} <Link to="/statements">{t('allStatements')}</Link>
          </p>
        </div>
        <PurposeBanner me={me} />
        <FormError message={dashboard.error} />
        {data === null && dashboard.error === null && (
          <p className="muted" aria-busy="true">
            {t('loading')}
          </p>
        )}
        {data !== null && (
          <div className="dashboard__sections">
            <NeedsSummary needs={data.needs} />
            <ComingDeadlines deadlines={data.deadlines} me={me} />
            <StatementsByStage statements={data.statements} me={me} />
            {data.tally !== null && <SignOnTally tally={data.tally} />}
            <RecentActivity activity={data.activity} />
          </div>
        )}
      </main>
    </>
  );
}
