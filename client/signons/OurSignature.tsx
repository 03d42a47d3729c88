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
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (announce) message.current?.focus();
  }, [announce]);

  return (
    <div className="our-signature" data-testid="our-signature">
      <p ref={message} className="our-signature__message" role={announce ? 'status' : undefined} tabIndex={announce ? -1 : undefined}>
        Signed for <strong>{signature.org.name}</strong> on <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
        <span className="muted small">
          {' '}
          by {signature.signedBy}, version {signature.version}
        </span>
      </p>
      {mayWithdraw && statement.signOnOpen && (
        <ConfirmButton
          label="Withdraw our signature"
          question={`${signature.org.name} will no longer count as a signatory of this text: the public page lists it under “Withdrawn signatures”, with today's date. You can sign again while sign-on is open. Withdraw?`}
          confirmLabel="Withdraw"
          failure="The signature could not be withdrawn."
          onConfirm={async () => {
            await apiRequest('DELETE', `/api/statements/${encodeURIComponent(statement.id)}/signatures`);
            onWithdrawn();
          }}
        />
      )}
    </div>
  );
}
