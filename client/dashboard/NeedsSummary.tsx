import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoundedList } from '../../shared/api/dashboard.ts';
import type { NeedView } from '../../shared/api/types.ts';

/** The newest few items of "What needs me", with the way to all of them. */
export function NeedsSummary({ needs }: { needs: BoundedList<NeedView> }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="panel dashboard__needs" aria-labelledby="dashboard-needs-heading">
      <h2 id="dashboard-needs-heading">{t('needs.heading')}</h2>
      {needs.total === 0 ? (
        <p className="muted" data-testid="dashboard-needs-empty">
          {t('needs.empty')}
        </p>
      ) : (
        <>
          <ul className="dashboard__list">
            {needs.items.map((need) => (
              <li key={need.id} data-testid="dashboard-need">
                <Link to={need.url}>{need.title}</Link>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/needs">{t('needs.all', { n: needs.total })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
