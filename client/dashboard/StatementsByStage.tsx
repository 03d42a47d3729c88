import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardView, OrganisationSignOn } from '../../shared/api/dashboard.ts';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { StatementCard } from '../statements/StatementCard.tsx';

/** My statements in three sections: being drafted, in sign-on (what awaits my organisation first), published. */
export function StatementsByStage({ statements, me }: { statements: DashboardView['statements']; me: MeView }) {
  const { t } = useTranslation('dashboard');
  const mayCreate = me.can.includes('statement.create');
  const signOnTag = (status: OrganisationSignOn): ReactNode => {
    switch (status) {
      case 'awaiting':
        return <strong data-testid="my-sign-on">{t('signOn.awaiting')}</strong>;
      case 'signed':
        return <span data-testid="my-sign-on">{t('signOn.signed')}</span>;
      case 'declined':
        return <span data-testid="my-sign-on">{t('signOn.declined')}</span>;
      case null:
        return null;
    }
  };
  return (
    <>
      <StageSection
        id="drafting"
        heading={t('drafting.heading')}
        empty={mayCreate ? t('drafting.emptyCreate') : t('drafting.emptyWait')}
        total={statements.drafting.total}
        items={statements.drafting.items.map((statement) => ({ statement }))}
        me={me}
      />
      <StageSection
        id="sign-on"
        heading={me.org === null ? t('signOn.heading') : t('signOn.headingContact')}
        empty={t('signOn.empty')}
        total={statements.signOn.total}
        items={statements.signOn.items.map(({ statement, myOrganisation }) => ({ statement, extra: signOnTag(myOrganisation) }))}
        me={me}
      />
      <StageSection
        id="published"
        heading={t('published.heading')}
        empty={t('published.empty')}
        total={statements.published.total}
        items={statements.published.items.map((statement) => ({ statement }))}
        me={me}
      />
    </>
  );
}

function StageSection({
  id,
  heading,
  empty,
  total,
  items,
  me,
}: {
  id: string;
  heading: string;
  empty: string;
  total: number;
  items: { statement: StatementView; extra?: ReactNode }[];
  me: MeView;
}) {
  const { t } = useTranslation('dashboard');
  const headingId = `dashboard-${id}-heading`;
  return (
    <section className="dashboard__stage" aria-labelledby={headingId} data-testid={`dashboard-${id}`}>
      <h2 id={headingId}>{heading}</h2>
      {total === 0 ? (
        <p className="muted" data-testid="dashboard-empty">
          {empty} <Link to="/statements">{t('allStatements')}</Link>
        </p>
      ) : (
        <ul className="statement-list">
          {items.map(({ statement, extra }) => (
            <li key={statement.id}>
              <StatementCard statement={statement} me={me} extra={extra} />
            </li>
          ))}
        </ul>
      )}
      {total > items.length && (
        <p>
          <Link to="/statements">{t('more', { n: total - items.length })}</Link>
        </p>
      )}
    </section>
  );
}
