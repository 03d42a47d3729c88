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
  const organisation = me.org;
  if (organisation === null || !rights.collecting || signatures.all === null) return null;
  const signPage = `/statements/${encodeURIComponent(statement.id)}/sign`;

  if (signatures.ours) {
    return (
      <div className="our-sign-on">
        <OurSignature statement={statement} signature={signatures.ours} mayWithdraw={rights.mayWithdraw} onWithdrawn={onWithdrawn} />
        <Link className="small" to={signPage}>
          Read the text {organisation.name} signed
        </Link>
      </div>
    );
  }
  if (rights.notAllowedBecause) return <p className="muted small">{rights.notAllowedBecause}</p>;
  if (!rights.maySign) {
    return rights.mayWithdraw ? <p className="muted small">{organisation.name} has not signed. Its signatories decide whether it signs.</p> : null;
  }
  if (!statement.signOnOpen) return null;
  return (
    <div className="our-sign-on">
      <p className="small">{organisation.name} has not signed this text.</p>
      <Link className="button button--primary" to={signPage}>
        Sign for {organisation.name}
      </Link>
    </div>
  );
}
