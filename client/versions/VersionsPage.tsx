import { useTranslation } from 'react-i18next';
import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from './StatementSubpage.tsx';
import { VersionsWorkspace } from './VersionsWorkspace.tsx';

/** `/statements/:id/versions`: the named versions of a statement, to read, compare and restore. */
export function VersionsPage({ me }: { me: MeView }) {
  const { t } = useTranslation('versions');
  return (
    <StatementSubpage me={me} title={t('page.title')} intro={t('page.intro')}>
      {(statement) => <VersionsWorkspace statement={statement} me={me} />}
    </StatementSubpage>
  );
}
