import { useTranslation } from 'react-i18next';
import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { ForkUpstream } from './ForkUpstream.tsx';

/** `/statements/:id/upstream`: for a fork, the text it comes from and what changed there. */
export function UpstreamPage({ me }: { me: MeView }) {
  const { t } = useTranslation('forks');
  return (
    <StatementSubpage me={me} title={t('upstreamPage.title')} intro={t('upstreamPage.intro')}>
      {(statement, reload) =>
        statement.forkOf === null ? (
          <div className="empty-state">
            <h2>{t('upstreamPage.notFork')}</h2>
            <p className="muted">{t('upstreamPage.notForkDetail')}</p>
          </div>
        ) : (
          <ForkUpstream fork={statement} me={me} onChanged={reload} />
        )
      }
    </StatementSubpage>
  );
}
