import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeView, StatementView } from '../../shared/api/types.ts';
import { OurSignature } from './OurSignature.tsx';
import type { SignOnRights } from './signOnRights.ts';
import type { Signatures } from './useSignatures.ts';

interface OurSignOnProps {
  me: MeView;
  statement: StatementView;
  rights: SignOnRights;
  signatures: Signatures;
  onWithdrawn(): void;
}

/** In the statement's side panel: where the user's organisation stands, and the way to sign. */
export function OurSignOn({ me, statement, rights, signatures, onWithdrawn }: OurSignOnProps) {
  const { t } = useTranslation('signons');
  const organisation = me.org;
  if (organisation === null || !rights.collecting || signatures.all === null) return null;
  const signPage = `/statements/${encodeURIComponent(statement.id)}/sign`;

  if (signatures.ours) {
    return (
      <div className="our-sign-on">
        <OurSignature statement={statement} signature={signatures.ours} mayWithdraw={rights.mayWithdraw} onWithdrawn={onWithdrawn} />
        <Link className="small" to={signPage}>
          {t('ourSignOn.readSigned', { organisation: organisation.name })}
        </Link>
      </div>
    );
  }
  if (rights.notAllowedBecause === 'membersOnly') return <p className="muted small">{t('rights.membersOnly')}</p>;
  if (!rights.maySign) {
    return rights.mayWithdraw ? <p className="muted small">{t('ourSignOn.signatoriesDecide', { organisation: organisation.name })}</p> : null;
  }
  if (!statement.signOnOpen) return null;
  return (
    <div className="our-sign-on">
      <p className="small">{t('whyNotSigning.notSigned', { organisation: organisation.name })}</p>
      <Link className="button button--primary" to={signPage}>
        {t('sign.signFor', { organisation: organisation.name })}
      </Link>
    </div>
  );
}
