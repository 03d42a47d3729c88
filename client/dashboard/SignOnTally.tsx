import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoundedList, TallySummaryView } from '../../shared/api/dashboard.ts';

/** For the secretariat: how many of the organisations asked have signed each statement in sign-on. */
export function SignOnTally({ tally }: { tally: BoundedList<TallySummaryView> }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="panel dashboard__tally" aria-labelledby="dashboard-tally-heading">
      <h2 id="dashboard-tally-heading">{t('tally.heading')}</h2>
      {tally.total === 0 ? (
        <p className="muted" data-testid="dashboard-tally-empty">
          {t('tally.empty')}
        </p>
      ) : (
        <ul className="dashboard__list">
          {tally.items.map((item) => (
            <li key={item.statement.id} data-testid="dashboard-tally-row">
              <Link to={`/statements/${item.statement.id}`}>{item.statement.title}</Link>
              {': '}
              <strong>{t('tally.signedOfAsked', { signed: item.signed, asked: item.asked })}</strong>
            </li>
          ))}
        </ul>
      )}
      {tally.total > tally.items.length && <p className="muted small">{t('tally.more', { n: tally.total - tally.items.length })}</p>}
    </section>
  );
}
