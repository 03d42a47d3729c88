import { useTranslation } from 'react-i18next';
import type { SignatureView } from '../../shared/api/types.ts';
import { formatDateTime } from '../layout/formatDateTime.ts';

/** The organisations that signed the final text, members first and supporters apart, as the public page lists them. */
export function SignatureList({ signatures, heading }: { signatures: readonly SignatureView[]; heading: string }) {
  const { t } = useTranslation('signons');
  const members = signatures.filter((signature) => signature.as === 'member');
  const supporters = signatures.filter((signature) => signature.as === 'supporter');
  const list = (entries: SignatureView[]) => (
    <ul className="signature-list">
      {entries.map((signature) => (
        <li key={signature.org.id}>
          <strong>{signature.org.name}</strong>
          <span className="muted small">
            {signature.signedBy} · <time dateTime={signature.signedAt}>{formatDateTime(signature.signedAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="signatures" data-testid="signatures">
      <h3 className="sign-on-panel__subheading">
        {heading} <span className="muted">({members.length})</span>
      </h3>
      {members.length === 0 ? <p className="muted small">{t('signatures.none')}</p> : list(members)}
      {supporters.length > 0 && (
        <>
          <h3 className="sign-on-panel__subheading">
            {t('signatures.supportedBy')} <span className="muted">({supporters.length})</span>
          </h3>
          {list(supporters)}
        </>
      )}
    </div>
  );
}
