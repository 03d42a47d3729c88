import { useTranslation } from 'react-i18next';
import type { MeView } from '../../shared/api/types.ts';
import { StatementSubpage } from '../versions/StatementSubpage.tsx';
import { SignWorkspace } from './SignWorkspace.tsx';

/** `/statements/:id/sign`: a signatory reads the exact final text and signs it for their organisation. */
export function SignPage({ me }: { me: MeView }) {
  const { t } = useTranslation('signons');
  const organisation = me.org?.name ?? t('yourOrganisation');
  return (
    <StatementSubpage
      me={me}
      title={t('sign.signFor', { organisation })}
      intro={me.org ? t('signPage.intro', { organisation: me.org.name }) : t('signPage.introForEveryone')}
    >
      {(statement, reload) => <SignWorkspace me={me} statement={statement} onChanged={reload} />}
    </StatementSubpage>
  );
}
