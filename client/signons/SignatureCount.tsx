import type { SignatureView, StatementView } from '../../shared/api/types.ts';
import { useApiResource } from '../api/useApiResource.ts';

/**
 * "3 signatures" (and supporters apart) on a statement in sign-on, in the statement list. Asked
 * per statement because the list's statements carry no count; few are in sign-on at any time.
 */
export function SignatureCount({ statement }: { statement: StatementView }) {
  const signatures = useApiResource<SignatureView[]>(`/api/statements/${encodeURIComponent(statement.id)}/signatures`, 'The signatures could not be counted.');
  if (signatures.data === null) return null;
  const members = signatures.data.filter((signature) => signature.as === 'member').length;
  const supporters = signatures.data.length - members;
  return (
    <span data-testid="signature-count">
      {members} signature{members === 1 ? '' : 's'}
      {supporters > 0 && `, ${supporters} supporter${supporters === 1 ? '' : 's'}`}
    </span>
  );
}
