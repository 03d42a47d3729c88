import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { MeView, StatementView, VersionContentView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';
import { FormError } from '../layout/FormError.tsx';
import { ActionNotice } from './ActionNotice.tsx';
import { DeclineButton } from './DeclineButton.tsx';
import { FinalText } from './FinalText.tsx';
import { OurSignature } from './OurSignature.tsx';
import { ReconfirmationDiff } from './ReconfirmationDiff.tsx';
import { SignForm } from './SignForm.tsx';
import { SignOnDeadline } from './SignOnDeadline.tsx';
import { signOnRights } from './signOnRights.ts';
import { useEarlierFinal } from './useEarlierFinal.ts';
import { useSignatures } from './useSignatures.ts';
import { whyNotSigning } from './whyNotSigning.ts';

interface SigningAreaProps {
  me: MeView;
  statement: StatementView;
  finalNumber: number;
  onChanged(): void;
}

/**
 * One final version to sign: where the organisation stands, what changed since an earlier final
 * text, the exact text with its hash, then the statement the signatory makes and the sign button.
 */
export function SigningArea({ me, statement, finalNumber, onChanged }: SigningAreaProps) {
  const { t } = useTranslation('signons');
  const rights = signOnRights(me, statement);
  const signatures = useSignatures(me, statement);
  const earlierFinal = useEarlierFinal(statement);
  const version = useApiResource<VersionContentView>(`/api/statements/${encodeURIComponent(statement.id)}/versions/${finalNumber}`, t('errors.finalNotLoaded'));
  const [justSigned, setJustSigned] = useState(false);
  const [withdrawnAt, setWithdrawnAt] = useState<number | null>(null);
  const organisation = me.org?.name ?? t('yourOrganisation');

  const text = version.data;
  const ours = signatures.ours;
  const mayAct = rights.maySign && rights.collecting && statement.signOnOpen;
  // Whether this organisation signed the earlier final text is in the secretariat's tally only:
  // an earlier final version is all the client knows, so the page shows what changed to everyone.
  const afterEarlierFinal = earlierFinal !== null && earlierFinal !== undefined && ours === null;

  function handleSigned() {
    setJustSigned(true);
    setWithdrawnAt(null);
    signatures.reload();
    onChanged();
  }

  function handleWithdrawn() {
    setJustSigned(false);
    setWithdrawnAt(Date.now());
    signatures.reload();
    onChanged();
  }

  return (
    <div className="sign-layout">
      <div className="sign-layout__status">
        <SignOnDeadline statement={statement} />
        <FormError message={signatures.error} />
        {withdrawnAt !== null && (
          <ActionNotice key={withdrawnAt} tone="warn">
            {t('area.withdrawn', { organisation })}
          </ActionNotice>
        )}
        {ours && <OurSignature statement={statement} signature={ours} mayWithdraw={rights.mayWithdraw} announce={justSigned} onWithdrawn={handleWithdrawn} />}
        {!ours && signatures.all !== null && !mayAct && <div className="notice notice--warn">{whyNotSigning(rights, statement, organisation, t)}</div>}
      </div>
      {mayAct && afterEarlierFinal && earlierFinal && <ReconfirmationDiff statement={statement} earlier={earlierFinal} organisation={organisation} />}
      <FormError message={version.error} />
      {text ? (
        <FinalText statement={statement} version={text} />
      ) : (
        !version.error && (
          <p className="muted" aria-busy="true">
            {t('area.loading')}
          </p>
        )
      )}
      {text && mayAct && signatures.all !== null && !ours && (
        <SignForm statementId={statement.id} organisation={organisation} version={text} afterEarlierFinal={afterEarlierFinal} onSigned={handleSigned} />
      )}
      {text && mayAct && signatures.all !== null && (
        <DeclineButton
          statement={statement}
          organisation={organisation}
          signed={ours !== null}
          onDeclined={() => {
            setJustSigned(false);
            signatures.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}
