import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { ForkButton } from '../forks/ForkButton.tsx';
import { ForkOrigin } from '../forks/ForkOrigin.tsx';
import { useUpstreamOf } from '../forks/useUpstreamOf.ts';

/**
 * The ways from a statement to its history and family: versions, lineage, for a fork its upstream
 * changes (with a dot when the upstream changed since the last pull), and the button that forks it
 * for the user's organisation. Self-contained: it asks the server for what it needs.
 */
export function StatementLinks({ statement, me }: { statement: StatementView; me: MeView }) {
  const { t } = useTranslation('statements');
  const upstream = useUpstreamOf(statement);
  const base = `/statements/${encodeURIComponent(statement.id)}`;
  const ownFork = statement.ownerOrg !== null && statement.ownerOrg.id === me.org?.id;
  const organisation = me.org;

  return (
    <div className="statement-links">
      <ForkOrigin statement={statement} upstream={upstream} />
      <div className="statement-links__row">
        <nav className="statement-links__nav" aria-label={t('links.label')}>
          <NavLink to={`${base}/versions`}>{t('links.versions')}</NavLink>
          <NavLink to={`${base}/lineage`}>{t('links.lineage')}</NavLink>
          {statement.forkOf !== null && (
            <NavLink to={`${base}/upstream`}>
              {t('links.upstream')}
              {upstream?.changed && (
                <span className="statement-links__dot" title={t('links.upstreamChanged')}>
                  <span className="visually-hidden"> {t('links.newSincePull')}</span>
                </span>
              )}
            </NavLink>
          )}
        </nav>
        {organisation && statement.can.includes('statement.fork') && !ownFork && <ForkButton statement={statement} organisation={organisation} />}
      </div>
    </div>
  );
}
