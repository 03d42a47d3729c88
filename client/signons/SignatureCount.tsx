import { useTranslation } from 'react-i18next';
import type { SignatureView, StatementView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';

/**
 * "3 signatures" (and supporters apart) on a statement in sign-on, in the statement list. Asked
 * per statement because the list's statements carry no count; few are in sign-on at any time.
 */
export function SignatureCount({ statement }: { statement: StatementView }) {
  const { t } = useTranslation('signons');
  const signatures = useApiResource<SignatureView[]>(`/api/statements/${encodeURIComponent(statement.id)}/signatures`, t('errors.signaturesNotCounted'));
  if (signatures.data === null) return null;
  const members = signatures.data.filter((signature) => signature.as === 'member').length;
  const supporters = signatures.data.length - members;
  return (
    <span data-testid="signature-count">
      {supporters > 0 ? t('count.signaturesAndSupporters', { members, supporters }) : t('count.signatures', { members })}
    </span>
  );
}
