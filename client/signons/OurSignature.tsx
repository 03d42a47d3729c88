import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import type { SignatureView, StatementView } from '../../shared/api/types.ts';
import { apiRequest } from '../api/apiRequest.ts';
import { ConfirmButton } from '../layout/ConfirmButton.tsx';
import { formatDateTime } from '../layout/formatDateTime.ts';

interface OurSignatureProps {
  statement: StatementView;
  signature: SignatureView;
  mayWithdraw: boolean;
  /** Just signed: announce it and take the focus from the sign button, which is gone. */
  announce?: boolean;
  onWithdrawn(): void;
}

/** The user's organisation signed the current final text: when and by whom, and the way to withdraw. */
export function OurSignature({ statement, signature, mayWithdraw, announce = false, onWithdrawn }: OurSignatureProps) {
  const { t } = useTranslation('signons');
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announce) message.current?.focus();
  }, [announce]);

  return (
    <div className="our-signature" data-testid="our-signature">
      <p ref={message} className="our-signature__message" role={announce ? 'status' : undefined} tabIndex={announce ? -1 : undefined}>
        <Trans
          t={t}
          i18nKey="signature.signed"
          values={{ organisation: signature.org.name, when: formatDateTime(signature.signedAt), name: signature.signedBy, version: signature.version }}
          components={{ strong: <strong />, time: <time dateTime={signature.signedAt} />, muted: <span className="muted small" /> }}
        />
      </p>
      {mayWithdraw && statement.signOnOpen && (
        <ConfirmButton
          label={t('signature.withdraw')}
          question={t('signature.withdrawQuestion', { organisation: signature.org.name })}
          confirmLabel={t('signature.withdrawConfirm')}
          failure={t('signature.withdrawFailure')}
          onConfirm={async () => {
            await apiRequest('DELETE', `/api/statements/${encodeURIComponent(statement.id)}/signatures`);
            onWithdrawn();
          }}
        />
      )}
    </div>
  );
}
